package org.cepkit.rules.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;

/**
 * A commune of the embedded COG edition: a current commune, or a municipal arrondissement of Paris, Lyon or
 * Marseille, which cepkit treats as a commune too.
 *
 * <pre>{@code
 * CogCommune paris1 = Referential.embedded().commune("75101").orElseThrow();
 * paris1.kind();    // ARRONDISSEMENT
 * paris1.parent();  // Optional[75056]
 * paris1.epci();    // Optional[200054781] (Métropole du Grand Paris, as Paris)
 * paris1.postalCodes();  // [75001]
 * }</pre>
 *
 * @param code the INSEE code
 * @param name the official name, with its article ({@code "Les Abymes"})
 * @param kind a commune or a municipal arrondissement
 * @param departement the département the COG places the commune in; empty for the communes of the collectivités
 *     d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin), which belong to no département
 * @param region the région of that département; empty where the département is
 * @param epci the EPCI à fiscalité propre the commune belongs to; an arrondissement has its parent's. Empty for
 *     the four island communes that belong to none (Île-de-Bréhat, Île-de-Sein, Ouessant, L'Île-d'Yeu)
 * @param parent for an arrondissement, the commune it divides ({@code 75056}, {@code 69123}, {@code 13055});
 *     empty for a commune
 * @param postalCodes the postal codes La Poste gives the commune (<i>base officielle des codes postaux</i>, as
 *     the referential's source ships them), in order; empty when the referential has none for it
 */
public record CogCommune(CommuneCode code, String name, Kind kind, Optional<DepartementCode> departement,
        Optional<RegionCode> region, Optional<EpciCode> epci, Optional<CommuneCode> parent,
        List<PostalCode> postalCodes) {

    /** What a {@link CogCommune} is in the COG. */
    public enum Kind {
        /** A current commune (COG type {@code COM}). */
        COMMUNE,
        /** A municipal arrondissement of Paris, Lyon or Marseille (COG type {@code ARM}). */
        ARRONDISSEMENT
    }

    public CogCommune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(departement, "departement");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(epci, "epci");
        Objects.requireNonNull(parent, "parent");
        postalCodes = List.copyOf(postalCodes);
        if (region.isPresent() != departement.isPresent()) {
            throw new IllegalArgumentException("commune " + code
                    + ": a région without a département, or the reverse");
        }
        if (parent.isPresent() != (kind == Kind.ARRONDISSEMENT)) {
            throw new IllegalArgumentException("commune " + code + ": an arrondissement, and only an arrondissement, "
                    + "has a parent commune");
        }
    }

    /** A commune whose postal codes the referential does not give. */
    public CogCommune(CommuneCode code, String name, Kind kind, Optional<DepartementCode> departement,
            Optional<RegionCode> region, Optional<EpciCode> epci, Optional<CommuneCode> parent) {
        this(code, name, kind, departement, region, epci, parent, List.of());
    }
}
