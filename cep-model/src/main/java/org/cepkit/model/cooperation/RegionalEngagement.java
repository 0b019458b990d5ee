package org.cepkit.model.cooperation;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * How far the Region engages in the <i>service public régional de l'orientation</i> on the territory.
 */
public enum RegionalEngagement implements CodeList {
    STRONG("Forte : animation territoriale du SPRO financée et organisée"
            , "Strong: territorial animation funded and organised"),
    MODERATE("Intermédiaire", "Moderate"),
    WEAK("Faible ou retrait", "Weak or withdrawn");

    private static final String SOURCE = "Céreq Bref n° 383, novembre 2019";

    private final String labelFr;
    private final String labelEn;

    RegionalEngagement(String labelFr, String labelEn) {
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
