package org.cepkit.analysis;

/** Why a record was left out of an analysis. */
public enum Exclusion {
    /** The record had an ERROR (told by the caller, who validated it). */
    INVALID("invalid"),
    /** A record of a type the analysis does not count (an operator or a cooperation for the indicators). */
    OTHER_TYPE("otherType"),
    /**
     * A pathway whose beneficiary was under 15 or over 100 at entry: {@code beneficiary.age} makes it an ERROR, so a
     * validated input never has one; a caller who feeds unvalidated records gets it counted here.
     */
    AGE_OUT_OF_RANGE("ageOutOfRange");

    private final String key;

    Exclusion(String key) {
        this.key = key;
    }

    /** The name of the count in the JSON outputs: {@code "otherType"}. */
    public String key() {
        return key;
    }
}
