package org.cepkit.model.territory;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.wire.FormatFrom;
import org.cepkit.model.wire.RequiredWhen;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * The territory of a cooperation: a commune, an EPCI, a département, a région, an employment zone, or a local
 * area (<i>bassin</i>) defined by its communes. The format of {@link #getCode()} depends on the kind
 * ({@link TerritoryKind#codeFormat()}); a local area's code is a local identifier.
 *
 * <pre>{@code
 * Territory bassin = Territory.builder()
 *         .kind(TerritoryKind.LOCAL_AREA)
 *         .code("bassin-balagne")
 *         .addCommunes(CommuneCode.parse("2B050"), CommuneCode.parse("2B134"))
 *         .build();
 * }</pre>
 */
@WireObject(description = "The territory of a cooperation: a commune, an EPCI, a département, a région, an "
        + "employment zone, or a local area (bassin) defined by its communes. The format of code depends on kind; "
        + "communes (1 or more) is required for a LOCAL_AREA.")
@Value.Immutable
@TerritoryCode
public abstract class Territory {
    /** Built by its generated builder, {@code ImmutableTerritory}. */
    Territory() {
    }

    @WireProperty(order = 1)
    @NotNull
    public abstract TerritoryKind getKind();

    @WireProperty(order = 2, description = "The territory's code, in the format of its kind: a commune, EPCI "
            + "(SIREN), département, région or employment zone code, or a local identifier for a LOCAL_AREA.")
    @FormatFrom("kind")
    @NotNull
    public abstract String getCode();

    @WireProperty(order = 3)
    public abstract Optional<@TextLength(min = 1, max = 200) String> getName();

    @WireProperty(order = 4, description = "The communes of a LOCAL_AREA (1 or more, required for it).",
            table = "local_area_communes")
    @RequiredWhen(property = "kind", codes = "LOCAL_AREA")
    public abstract List<@NotNull CommuneCode> getCommunes();

    public static ImmutableTerritory.Builder builder() {
        return ImmutableTerritory.builder();
    }
}
