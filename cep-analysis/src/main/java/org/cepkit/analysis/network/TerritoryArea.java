package org.cepkit.analysis.network;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.Referential;

/**
 * A territory as the referential sees it, and which operators are present in it.
 *
 * <h2>The presence rule</h2>
 * An operator is present in a territory when one of its sites is in it, or when it covers one of the régions the
 * territory lies in (a regional operator's coverage). A site is in a territory when its commune is:
 * <ul>
 * <li>a {@code COMMUNE}: that commune, or one of its municipal arrondissements (a site in {@code 75101} is in Paris,
 *     {@code 75056}; a site registered in {@code 75056} is in no single arrondissement);</li>
 * <li>an {@code EPCI}: one of its member communes, or an arrondissement of one;</li>
 * <li>a {@code DEPARTEMENT} or a {@code REGION}: a commune the referential places there (Corsica: {@code 2A} and
 *     {@code 2B} in région {@code 94}; La Réunion: {@code 974} in région {@code 04});</li>
 * <li>a {@code LOCAL_AREA}: one of its listed communes, or an arrondissement of one; a local area may span
 *     several départements and régions, and lies in each région of its communes;</li>
 * <li>an {@code EMPLOYMENT_ZONE}: the referential does not hold the communes of the zones d'emploi, so no site
 *     is known to be in one and no région is known; only the operators a cooperation declares there are in its
 *     network.</li>
 * </ul>
 * A former commune counts as the current commune that now holds it. The rule of
 * {@code cooperation.territory-presence} (cep-rules) is the same, for one cooperation's operators.
 */
final class TerritoryArea {

    private final Set<CommuneCode> communes;
    private final DepartementCode departement;
    private final RegionCode region;
    private final Set<RegionCode> regions;

    private TerritoryArea(Set<CommuneCode> communes, DepartementCode departement, RegionCode region,
            Set<RegionCode> regions) {
        this.communes = communes;
        this.departement = departement;
        this.region = region;
        this.regions = regions;
    }

    /** The area of a territory, or empty when the referential cannot place it (a code it lacks, a zone d'emploi). */
    static Optional<TerritoryArea> of(TerritoryKind kind, String code, List<CommuneCode> localCommunes,
            Referential cog) {
        return switch (kind) {
            case COMMUNE -> cog.commune(code).map(commune -> ofCommunes(List.of(commune.code()), cog));
            case EPCI -> cog.epci(code).map(epci -> ofCommunes(epci.members(), cog));
            case DEPARTEMENT -> cog.departement(code).map(d -> new TerritoryArea(null, d.code(), null,
                    Set.of(d.region())));
            case REGION -> cog.region(code).map(r -> new TerritoryArea(null, null, r.code(), Set.of(r.code())));
            case LOCAL_AREA -> Optional.of(ofCommunes(localCommunes, cog));
            case EMPLOYMENT_ZONE -> Optional.empty();
        };
    }

    static Optional<TerritoryArea> of(Territory territory, Referential cog) {
        return of(territory.getKind(), territory.getCode(), territory.getCommunes(), cog);
    }

    /** The single département the territory lies in, if it lies in one. */
    Optional<DepartementCode> withinDepartement() {
        if (departement != null) {
            return Optional.of(departement);
        }
        if (communes == null || communes.isEmpty()) {
            return Optional.empty();
        }
        Set<Optional<DepartementCode>> departements = new HashSet<>();
        for (CommuneCode commune : communes) {
            departements.add(commune.departement());
        }
        return departements.size() == 1 ? departements.iterator().next() : Optional.empty();
    }

    /** The single région the territory lies in, if it lies in one. */
    Optional<RegionCode> withinRegion() {
        return regions.size() == 1 ? Optional.of(regions.iterator().next()) : Optional.empty();
    }

    private static TerritoryArea ofCommunes(List<CommuneCode> codes, Referential cog) {
        Set<CommuneCode> communes = new HashSet<>();
        Set<RegionCode> regions = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        for (CommuneCode code : codes) {
            Optional<CogCommune> commune = current(code, cog);
            commune.ifPresent(c -> {
                communes.add(c.code());
                c.region().ifPresent(regions::add);
            });
        }
        return new TerritoryArea(Set.copyOf(communes), null, null, Set.copyOf(regions));
    }

    /** The current commune of a code: itself, or the commune that holds a former one. */
    static Optional<CogCommune> current(CommuneCode code, Referential cog) {
        return cog.lookup(code).commune();
    }

    /** The régions the territory lies in. */
    Set<RegionCode> regions() {
        return regions;
    }

    /** Whether the commune (current, from the referential) is in the territory. */
    boolean contains(CogCommune commune) {
        if (departement != null) {
            return commune.departement().equals(Optional.of(departement));
        }
        if (region != null) {
            return commune.region().equals(Optional.of(region));
        }
        return communes.contains(commune.code()) || commune.parent().map(communes::contains).orElse(false);
    }

    /** Whether the operator is present: a site in the territory, or coverage of one of its régions. */
    boolean isPresent(Operator operator, Referential cog) {
        for (RegionCode covered : operator.getCoverage()) {
            if (regions.contains(covered)) {
                return true;
            }
        }
        for (Site site : operator.getSites()) {
            Optional<CogCommune> commune = current(site.getCommune(), cog);
            if (commune.isPresent() && contains(commune.get())) {
                return true;
            }
        }
        return false;
    }
}
