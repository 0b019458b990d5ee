package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The highest certification held, in the <i>cadre national des certifications professionnelles</i> of 2019
 * (8 levels aligned on the EQF; old levels V, IV, III, II, I are 3, 4, 5, 6, 7–8).
 */
public enum QualificationLevel implements CodeList {
    NONE("Sans qualification", "No qualification"),
    LEVEL_1("Niveau 1 (savoirs de base)", "Level 1 (basic knowledge)"),
    LEVEL_2("Niveau 2 (activités simples)", "Level 2 (simple activities)"),
    LEVEL_3("Niveau 3 (CAP, BEP)", "Level 3 (vocational upper-secondary certificate)"),
    LEVEL_4("Niveau 4 (baccalauréat)", "Level 4 (baccalauréat)"),
    LEVEL_5("Niveau 5 (bac+2 : BTS, DUT)", "Level 5 (two years of higher education)"),
    LEVEL_6("Niveau 6 (licence, BUT, bac+3/4)", "Level 6 (bachelor)"),
    LEVEL_7("Niveau 7 (master, bac+5)", "Level 7 (master)"),
    LEVEL_8("Niveau 8 (doctorat)", "Level 8 (doctorate)");

    private static final String SOURCE = "Décret n° 2019-14 du 8 janvier 2019 (Code du travail, art. D6113-18 à "
            + "D6113-20)";

    private final String labelFr;
    private final String labelEn;

    QualificationLevel(String labelFr, String labelEn) {
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
