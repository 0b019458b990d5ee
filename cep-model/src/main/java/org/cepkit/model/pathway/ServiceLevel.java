package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * A level of CEP service. Levels are not successive steps: a pathway may start at level 2. Level 3 exists
 * only in the cahier des charges of 2014; in 2019 level 2 covers the former levels 2 and 3.
 */
public enum ServiceLevel implements CodeList {
    LEVEL_1("Niveau 1 : accueil individualisé", "Level 1: individual reception"),
    LEVEL_2("Niveau 2 : conseil personnalisé (2014), accompagnement personnalisé (2019)"
            , "Level 2: personalised advice (2014), personalised support (2019)"),
    LEVEL_3("Niveau 3 : accompagnement à la mise en œuvre du projet (2014 uniquement)"
            , "Level 3: support to carry out the project (2014 only)");

    private static final String SOURCE = "Arrêtés du 16 juillet 2014 (§2) et du 29 mars 2019 (§2)";

    private final String labelFr;
    private final String labelEn;

    ServiceLevel(String labelFr, String labelEn) {
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
