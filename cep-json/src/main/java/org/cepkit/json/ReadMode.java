package org.cepkit.json;

/** How strictly fields that v1 does not define are judged. */
public enum ReadMode {
    /** An unknown field is {@code format.unknown-field} ERROR: the record is invalid. The default. */
    STRICT,
    /** An unknown field is {@code format.unknown-field} INFO and is ignored. */
    LENIENT
}
