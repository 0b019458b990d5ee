package org.cepkit.model.cooperation;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The form of a relation between two operators, in the field actors' own vocabulary.
 */
public enum RelationForm implements CodeList {
    CONTRACTUAL_PARTNERSHIP("Partenariat contractualisé", "Contractual partnership"),
    OCCASIONAL("Relation ponctuelle", "Occasional relation"),
    ADVISER_COLLABORATION("Collaboration entre conseillers", "Adviser-to-adviser collaboration"),
    COORDINATION_BODY("Instance d'animation (cellule d'animation, Cité des métiers)", "Coordination body");

    private static final String SOURCE = "Céreq, rapport « Professionnalités, systèmes d'acteurs et territoires », "
            + "2019, partie 2";

    private final String labelFr;
    private final String labelEn;

    RelationForm(String labelFr, String labelEn) {
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
