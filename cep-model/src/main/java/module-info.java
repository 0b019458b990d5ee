/**
 * The cepkit model: immutable CEP records, code lists, code values with their formats, Jakarta Validation
 * constraints, and the one description of the wire format ({@code org.cepkit.model.wire}).
 */
module org.cepkit.model {
    requires transitive jakarta.validation;
    requires static org.immutables.value.annotations;

    exports org.cepkit.model;
    exports org.cepkit.model.constraints;
    exports org.cepkit.model.cooperation;
    exports org.cepkit.model.operator;
    exports org.cepkit.model.pathway;
    exports org.cepkit.model.territory;
    exports org.cepkit.model.wire;
}
