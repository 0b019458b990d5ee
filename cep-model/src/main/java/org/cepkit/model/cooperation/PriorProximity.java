package org.cepkit.model.cooperation;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The proximity between the local actors of social and professional insertion before the CEP.
 */
public enum PriorProximity implements CodeList {
    LONG_STANDING("Forte, historique", "Strong, long-standing"),
    OCCASIONAL("Ponctuelle", "Occasional"),
    WEAK("Faible", "Weak");

    private static final String SOURCE = "Céreq Bref n° 383, novembre 2019";

    private final String labelFr;
    private final String labelEn;

    PriorProximity(String labelFr, String labelEn) {
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
