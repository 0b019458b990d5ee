package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The beneficiary's situation observed after the pathway: the <i>impact sur la situation des bénéficiaires</i> that
 * the indicators of the 2014 cahier des charges follow (§4). Since wire format 1.1.
 */
public enum OutcomeSituation implements CodeList {
    EMPLOYMENT("En emploi", "In employment"),
    BUSINESS_CREATION("Création ou reprise d'activité", "Business creation or takeover"),
    TRAINING("En formation", "In training"),
    JOB_SEEKING("En recherche d'emploi", "Seeking a job"),
    OTHER("Autre situation", "Other situation"),
    UNKNOWN("Situation inconnue", "Unknown situation");

    private static final String SOURCE = "Arrêté du 16 juillet 2014, cahier des charges du CEP, §4 (suivi de la mise "
            + "en œuvre : impact sur la situation des bénéficiaires)";

    private final String labelFr;
    private final String labelEn;

    OutcomeSituation(String labelFr, String labelEn) {
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
