package org.cepkit.rules.territory;

import java.util.Objects;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;

/**
 * A département of the embedded COG edition.
 *
 * <pre>{@code Referential.embedded().departement("2A").orElseThrow().name();  // "Corse-du-Sud"}</pre>
 *
 * @param code the INSEE code
 * @param name the official name
 * @param region the région the COG places it in
 */
public record CogDepartement(DepartementCode code, String name, RegionCode region) {

    public CogDepartement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }
}
