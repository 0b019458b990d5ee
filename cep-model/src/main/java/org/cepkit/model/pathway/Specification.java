package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The <i>cahier des charges</i> of the CEP in force for a pathway: 2014 (in force from 1 January 2015) or 2019
 * (in force from 1 January 2020).
 */
public enum Specification implements CodeList {
    CDC_2014("Cahier des charges du 16 juillet 2014", "Specification of 16 July 2014"),
    CDC_2019("Cahier des charges du 29 mars 2019", "Specification of 29 March 2019");

    private static final String SOURCE = "Arrêté du 16 juillet 2014 (JO 24 juillet 2014); arrêté du 29 mars 2019 (JO "
            + "30 mars 2019)";

    private final String labelFr;
    private final String labelEn;

    Specification(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    @Override
    public Optional<String> source() {
        return Optional.of(SOURCE);
    }
}
