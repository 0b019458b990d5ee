package org.cepkit.model.cooperation;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * What a cooperation or a referral serves: removing peripheral barriers (housing, health, mobility…),
 * building the career project, or carrying it out.
 */
public enum CooperationPurpose implements CodeList {
    REMOVE_BARRIERS("Levée des freins périphériques", "Removing peripheral barriers"),
    BUILD_PROJECT("Construction du projet professionnel", "Building the career project"),
    IMPLEMENT_PROJECT("Mise en œuvre du projet", "Carrying out the project");

    private static final String SOURCE = "Céreq, rapport « Professionnalités, systèmes d'acteurs et territoires », "
            + "2019, partie 2";

    private final String labelFr;
    private final String labelEn;

    CooperationPurpose(String labelFr, String labelEn) {
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
