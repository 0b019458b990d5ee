package org.cepkit.model.pathway;

import org.cepkit.model.CodeList;

/**
 * The beneficiary's sex, as recorded for the CEP indicators.
 */
public enum Sex implements CodeList {
    FEMALE("Femme", "Female"),
    MALE("Homme", "Male"),
    UNDISCLOSED("Non communiqué", "Undisclosed");

    private final String labelFr;
    private final String labelEn;

    Sex(String labelFr, String labelEn) {
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
}
