package org.cepkit.model.cooperation;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The local configuration of a cooperation, after the typology of the Céreq study of six territories.
 */
public enum Configuration implements CodeList {
    REGION_LED_LOCAL_SERVICE("Dynamique multipartite impulsée par la Région (service local de l'orientation animé)"
            , "Region-driven local orientation service"),
    REGION_WITHDRAWN("Région ne faisant plus de l'orientation une priorité"
            , "Region no longer prioritising orientation"),
    LOCAL_COMMON_CAUSE("Partenariat historique autour d'une problématique locale fédératrice"
            , "Long-standing partnership around a shared local issue"),
    OTHER("Autre configuration", "Other configuration");

    private static final String SOURCE = "Céreq Bref n° 383, novembre 2019, « Coopérer pour mieux orienter »";

    private final String labelFr;
    private final String labelEn;

    Configuration(String labelFr, String labelEn) {
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
