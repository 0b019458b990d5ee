package org.cepkit.model.operator;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * How a service is delivered (<i>modalité d'accueil</i>): in person by default, remotely by phone or
 * video with the same requirements (cahier des charges of 29 March 2019, §3.1).
 */
public enum DeliveryMode implements CodeList {
    IN_PERSON("En présentiel", "In person"),
    REMOTE("À distance", "Remote");

    private static final String SOURCE = "Arrêté du 29 mars 2019, cahier des charges du CEP, §3.1";

    private final String labelFr;
    private final String labelEn;

    DeliveryMode(String labelFr, String labelEn) {
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
