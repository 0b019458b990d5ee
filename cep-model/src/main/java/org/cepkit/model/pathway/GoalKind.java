package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * What a goal of the action plan aims at: the aims of the strategy listed by the cahier des charges of 2019.
 */
public enum GoalKind implements CodeList {
    CAREER_DEVELOPMENT("Évolution professionnelle, insertion", "Career development or insertion"),
    SKILLS_OR_CERTIFICATION("Développement des compétences, certification", "Skills development or certification"),
    MOBILITY("Mobilité interne ou externe", "Internal or external mobility"),
    RETRAINING("Reconversion, transition professionnelle", "Retraining or career transition"),
    BUSINESS_CREATION("Reprise ou création d'activité", "Business takeover or creation");

    private static final String SOURCE = "Arrêté du 29 mars 2019, cahier des charges du CEP, §1";

    private final String labelFr;
    private final String labelEn;

    GoalKind(String labelFr, String labelEn) {
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
