/**
 * The cepkit validator: {@code CepValidator}, its profile, catalogue and report, and the territorial referential
 * (the embedded COG). The rules live in non-exported packages; {@code org.cepkit.rules.internal} is for cepkit's own
 * modules.
 */
module org.cepkit.rules {
    requires transitive org.cepkit.model;
    requires org.hibernate.validator;

    exports org.cepkit.rules;
    exports org.cepkit.rules.territory;
    exports org.cepkit.rules.internal to org.cepkit.json;
}
