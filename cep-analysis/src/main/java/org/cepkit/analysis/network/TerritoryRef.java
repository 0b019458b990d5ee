package org.cepkit.analysis.network;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.territory.TerritoryKind;

/**
 * A territory of a network: its kind, its code and, when known, its name (from a cooperation's territory, or
 * the referential's name of a département or région).
 *
 * @param kind the kind of territory
 * @param code its code: a COG code, a SIREN for an EPCI, a local identifier for a local area
 * @param name its name, when known
 */
public record TerritoryRef(TerritoryKind kind, String code, Optional<String> name) {

    /** Régions first, then départements, then the smaller kinds; by code within a kind. */
    static final Comparator<TerritoryRef> ORDER = Comparator.comparing((TerritoryRef t) -> rank(t.kind()))
            .thenComparing(TerritoryRef::code);

    public TerritoryRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** The kind and code, as {@code --territory} takes them: {@code DEPARTEMENT:2A}. */
    public String key() {
        return kind.name() + ":" + code;
    }

    private static int rank(TerritoryKind kind) {
        return switch (kind) {
            case REGION -> 0;
            case DEPARTEMENT -> 1;
            case EMPLOYMENT_ZONE -> 2;
            case EPCI -> 3;
            case LOCAL_AREA -> 4;
            case COMMUNE -> 5;
        };
    }
}
