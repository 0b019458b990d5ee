package org.cepkit.model.cooperation;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * A member of the <i>service public régional de l'orientation</i> that is not a CEP operator.
 */
public enum PartnerKind implements CodeList {
    CITE_DES_METIERS("Cité des métiers", "Cité des métiers"),
    CIO("Centre d'information et d'orientation", "Guidance and information centre (CIO)"),
    INFORMATION_JEUNESSE("Réseau Information Jeunesse (CRIJ, BIJ, PIJ)", "Youth information network"),
    CARIF_OREF("Carif-Oref", "Regional training and employment observatory (Carif-Oref)"),
    PLIE("Plan local pour l'insertion et l'emploi", "Local plan for insertion and employment (PLIE)"),
    MAISON_DE_L_EMPLOI("Maison de l'emploi", "Employment house"),
    CHAMBER("Chambre consulaire (CCI, CMA, chambre d'agriculture)", "Chamber of commerce, trades or agriculture"),
    AFPA("Afpa", "Afpa (national adult vocational training agency)"),
    REGION("Conseil régional", "Regional council"),
    OTHER("Autre", "Other"),
    /** Since 1.1: they monitor the CEP regionally, whatever the operator (Code du travail, art. L6323-17-6). */
    TRANSITIONS_PRO("Transitions Pro (CPIR)", "Transitions Pro (joint interprofessional regional commission)"),
    /** Since 1.1. */
    E2C("École de la deuxième chance", "Second-chance school (E2C)"),
    /** Since 1.1. */
    EPIDE("Établissement pour l'insertion dans l'emploi (Epide)", "Public institution for insertion into "
            + "employment (Epide)"),
    /** Since 1.1. */
    UNIVERSITY("Université", "University");

    private static final String SOURCE = "Code du travail, art. L6111-3 et L6323-17-6; Céreq Bref n° 383, novembre "
            + "2019";

    private final String labelFr;
    private final String labelEn;

    PartnerKind(String labelFr, String labelEn) {
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
