package org.cepkit.model;

import java.util.Optional;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;

/** The three kinds of top-level record of the v1 wire format, by their {@code "type"} value. */
public enum RecordType {
    OPERATOR("operator", Operator.class),
    PATHWAY("pathway", Pathway.class),
    COOPERATION("cooperation", Cooperation.class);

    private final String wireName;
    private final Class<? extends CepRecord> modelType;

    RecordType(String wireName, Class<? extends CepRecord> modelType) {
        this.wireName = wireName;
        this.modelType = modelType;
    }

    /** The model type of the records of this type: {@code Pathway.class}. */
    public Class<? extends CepRecord> modelType() {
        return modelType;
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
