package org.cepkit.model.territory;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.constraints.TextLength;
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
@Value.Immutable
@TerritoryCode
public abstract class Territory {

    @NotNull
    public abstract TerritoryKind getKind();

    @NotNull
    public abstract String getCode();

    public abstract Optional<@TextLength(min = 1, max = 200) String> getName();

    /** The communes of a {@link TerritoryKind#LOCAL_AREA}; empty for every other kind. */
    public abstract List<@NotNull CommuneCode> getCommunes();

    public static ImmutableTerritory.Builder builder() {
        return ImmutableTerritory.builder();
    }
}
