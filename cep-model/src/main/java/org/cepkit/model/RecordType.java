package org.cepkit.model;

import java.util.Optional;

/** The three kinds of top-level record of the v1 wire format, by their {@code "type"} value. */
public enum RecordType {
    OPERATOR("operator"),
    PATHWAY("pathway"),
    COOPERATION("cooperation");

    private final String wireName;

    RecordType(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the record's {@code "type"} field: {@code "pathway"}. */
    public String wireName() {
        return wireName;
    }

    /** The record type whose wire name is {@code text}, or empty. */
    public static Optional<RecordType> fromWireName(String text) {
        for (RecordType type : values()) {
            if (type.wireName.equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
