package org.cepkit.model.operator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The families of CEP operators named by the Code du travail (art. L6111-6), each with its core public.
 * {@code POLE_EMPLOI} is accepted as input for {@link #FRANCE_TRAVAIL} (renamed on 1 January 2024).
 * {@link #OPACIF_FONGECIF} delivered the CEP for employees until the end of 2019; the
 * {@link #REGIONAL_OPERATOR}s selected by France compétences took over from 1 January 2020. Under the law of 2014,
 * from 2015 to 2019, a Région could also designate regional CEP operators of its own
 * ({@link #REGION_DESIGNATED_OPERATOR}, since wire format 1.1).
 *
 * <pre>{@code
 * OperatorFamily.MISSION_LOCALE.corePublic();  // YOUNG_PEOPLE
 * OperatorFamily.REGIONAL_OPERATOR.activeFrom();  // Optional[2020-01-01]
 * }</pre>
 */
public enum OperatorFamily implements CodeList {
    FRANCE_TRAVAIL("France Travail (ex-Pôle emploi)", "France Travail (formerly Pôle emploi)",
            CorePublic.JOBSEEKERS, null, null, List.of("POLE_EMPLOI"),
            "Code du travail, art. L6111-6; loi n° 2023-1196 du 18 décembre 2023"),
    APEC("Association pour l'emploi des cadres (Apec)", "Executive employment association (Apec)",
            CorePublic.EXECUTIVES, null, null, List.of(), "Code du travail, art. L6111-6"),
    CAP_EMPLOI("Cap emploi", "Cap emploi (disability employment network)",
            CorePublic.DISABLED_PEOPLE, null, null, List.of(), "Code du travail, art. L6111-6 et L5311-4"),
    MISSION_LOCALE("Mission locale", "Mission locale (local youth mission)",
            CorePublic.YOUNG_PEOPLE, null, null, List.of(), "Code du travail, art. L6111-6 et L5314-1"),
    REGIONAL_OPERATOR("Opérateur régional du CEP (France compétences)",
            "Regional CEP operator (France compétences)", CorePublic.PRIVATE_SECTOR_WORKERS,
            LocalDate.of(2020, 1, 1), null, List.of(), "Code du travail, art. L6111-6 et L6123-5, 4°"),
    OPACIF_FONGECIF("Opacif / Fongecif (historique, jusqu'en 2019)", "Opacif / Fongecif (historical, until 2019)",
            CorePublic.PRIVATE_SECTOR_EMPLOYEES, null, LocalDate.of(2019, 12, 31), List.of(),
            "Céreq Bref n° 383, novembre 2019"),
    REGION_DESIGNATED_OPERATOR("Opérateur régional du CEP désigné par la Région (historique, 2015 à 2019)",
            "Regional CEP operator designated by the Région (historical, 2015 to 2019)", CorePublic.ALL_WORKING_PEOPLE,
            LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), List.of(),
            "Code du travail, art. L6111-6 (rédaction de la loi n° 2014-288 du 5 mars 2014), désignation par la Région "
                    + "après avis du bureau du CREFOP; arrêté du 16 juillet 2014");

    private final String labelFr;
    private final String labelEn;
    private final CorePublic corePublic;
    private final LocalDate activeFrom;
    private final LocalDate activeUntil;
    private final List<String> aliases;
    private final String source;

    OperatorFamily(String labelFr, String labelEn, CorePublic corePublic, LocalDate activeFrom,
            LocalDate activeUntil, List<String> aliases, String source) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.corePublic = corePublic;
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
        this.aliases = aliases;
        this.source = source;
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
        return Optional.of(source);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The public the family serves first. */
    public CorePublic corePublic() {
        return corePublic;
    }

    /** The first day the family could deliver the CEP, when it is bounded ({@code 2020-01-01} for regional operators). */
    public Optional<LocalDate> activeFrom() {
        return Optional.ofNullable(activeFrom);
    }

    /** The last day the family could deliver the CEP, when it is bounded ({@code 2019-12-31} for Opacif/Fongecif). */
    public Optional<LocalDate> activeUntil() {
        return Optional.ofNullable(activeUntil);
    }

    /** Whether the family could deliver the CEP on {@code date}. */
    public boolean isActiveOn(LocalDate date) {
        return (activeFrom == null || !date.isBefore(activeFrom)) && (activeUntil == null || !date.isAfter(activeUntil));
    }
}
