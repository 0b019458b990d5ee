package org.cepkit.rules.territory;

import java.util.List;
import java.util.Objects;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;

/**
 * A région of the embedded COG edition.
 *
 * <pre>{@code Referential.embedded().region("94").orElseThrow().departements();  // [2A, 2B]}</pre>
 *
 * @param code the INSEE code
 * @param name the official name
 * @param departements its départements, in code order
 */
public record CogRegion(RegionCode code, String name, List<DepartementCode> departements) {

    public CogRegion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        departements = List.copyOf(departements);
    }
}
