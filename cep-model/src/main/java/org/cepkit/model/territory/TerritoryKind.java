package org.cepkit.model.territory;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.RecordId;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.ValueTypeSelector;

/**
 * The kind of territory a cooperation covers, which decides the format of the territory's code.
 */
public enum TerritoryKind implements ValueTypeSelector {
    COMMUNE("Commune", "Commune", CommuneCode.class),
    EPCI("Établissement public de coopération intercommunale", "Inter-municipal body (EPCI)", EpciCode.class),
    DEPARTEMENT("Département", "Département", DepartementCode.class),
    REGION("Région", "Région", RegionCode.class),
    EMPLOYMENT_ZONE("Zone d'emploi 2020", "Employment zone 2020", EmploymentZoneCode.class),
    LOCAL_AREA("Bassin défini localement par ses communes", "Local area defined by its communes", RecordId.class);

    private static final String SOURCE = "INSEE, Code officiel géographique; INSEE/DARES, zones d'emploi 2020";

    private final String labelFr;
    private final String labelEn;
    private final Class<? extends CodeValue> valueType;

    TerritoryKind(String labelFr, String labelEn, Class<? extends CodeValue> valueType) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.valueType = valueType;
    }

    /** The type of a territory code of this kind; a local area's code is a local identifier ({@code RecordId}). */
    @Override
    public Class<? extends CodeValue> valueType() {
        return valueType;
    }

    /** The format of a territory code of this kind. */
    public CodeFormat codeFormat() {
        return ValueType.of(valueType).format();
    }

    /** The id of the rule a malformed code of this kind breaks ({@code format.commune}…). */
    public String formatRule() {
        return ValueType.of(valueType).rule();
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
