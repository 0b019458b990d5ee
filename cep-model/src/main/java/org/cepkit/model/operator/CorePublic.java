package org.cepkit.model.operator;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The public an operator family serves first (Céreq Bref n° 383, box 1). Any operator may serve any
 * <i>actif</i>: the core public guides routing, and serving another public is at most a warning.
 */
public enum CorePublic implements CodeList {
    JOBSEEKERS("Demandeurs d'emploi", "Job seekers"),
    EXECUTIVES("Cadres", "Executives"),
    YOUNG_PEOPLE("Jeunes de 16 à 25 ans révolus (29 ans avec une RQTH)", "Young people aged 16 to 25 (29 with a "
            + "disability recognition)"),
    DISABLED_PEOPLE("Personnes handicapées (RQTH, BOETH)", "Disabled people (RQTH, BOETH)"),
    PRIVATE_SECTOR_WORKERS("Salariés du secteur privé et indépendants", "Private-sector employees and the "
            + "self-employed"),
    /** The Opacif/Fongecif's public (since 1.1; before, {@link #PRIVATE_SECTOR_WORKERS}). */
    PRIVATE_SECTOR_EMPLOYEES("Salariés du secteur privé", "Private-sector employees"),
    /** The public of the regional operators designated by a Région under the law of 2014 (since 1.1). */
    ALL_WORKING_PEOPLE("Tout actif", "Any working person or job seeker");

    private static final String SOURCE = "Céreq Bref n° 383, novembre 2019, encadré 1; Code du travail, art. L5314-2 "
            + "et L6322-1 (congé individuel de formation des salariés); arrêté du 16 juillet 2014 (tout actif)";

    private final String labelFr;
    private final String labelEn;

    CorePublic(String labelFr, String labelEn) {
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
