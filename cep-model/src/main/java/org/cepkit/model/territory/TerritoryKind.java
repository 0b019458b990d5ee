package org.cepkit.model.territory;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeList;
import org.cepkit.model.RecordId;

/**
 * The kind of territory a cooperation covers, which decides the format of the territory's code.
 */
public enum TerritoryKind implements CodeList {
    COMMUNE("Commune", "Commune", CommuneCode.FORMAT, "format.commune"),
    EPCI("Établissement public de coopération intercommunale", "Inter-municipal body (EPCI)", EpciCode.FORMAT,
            "format.epci"),
    DEPARTEMENT("Département", "Département", DepartementCode.FORMAT, "format.departement"),
    REGION("Région", "Région", RegionCode.FORMAT, "format.region"),
    EMPLOYMENT_ZONE("Zone d'emploi 2020", "Employment zone 2020", EmploymentZoneCode.FORMAT,
            "format.employment-zone"),
    LOCAL_AREA("Bassin défini localement par ses communes", "Local area defined by its communes", RecordId.FORMAT,
            "format.identifier");

    private static final String SOURCE = "INSEE, Code officiel géographique; INSEE/DARES, zones d'emploi 2020";

    private final String labelFr;
    private final String labelEn;
    private final CodeFormat codeFormat;
    private final String formatRule;

    TerritoryKind(String labelFr, String labelEn, CodeFormat codeFormat, String formatRule) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.codeFormat = codeFormat;
        this.formatRule = formatRule;
    }

    /** The format of a territory code of this kind; a local area's code is a local identifier. */
    public CodeFormat codeFormat() {
        return codeFormat;
    }

    /** The id of the rule a malformed code of this kind breaks ({@code format.commune}…). */
    public String formatRule() {
        return formatRule;
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
