package org.cepkit.rules.cooperation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.Referential;

/**
 * {@code cooperation.territory-presence}: an operator that cooperates on a territory receives the public there
 * (a site in it) or covers it (a regional operator whose coverage includes its région). The cahier des charges
 * of 2019 asks for a service close to the <i>bassins de vie et d'emploi</i> (§3.1). Needs the registry: an
 * operator the registry lacks is {@code reference.unknown-operator}'s business. Silent for an employment zone,
 * whose member communes the embedded referential does not hold, and for a territory code that is malformed or
 * absent from the COG. A commune of a collectivité d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy,
 * Saint-Martin) lies in no région: there only a site in the territory counts, never a coverage.
 */
public final class CooperationTerritoryPresence extends CooperationRule {

    public static final String ID = "cooperation.territory-presence";

    public CooperationTerritoryPresence() {
        super(List.of("/territory", "/operators/*/id"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        if (context.registry().isEmpty()) {
            return;
        }
        Optional<Area> area = Area.of(cooperation.getTerritory(), context.referential());
        if (area.isEmpty()) {
            return;
        }
        for (int i = 0; i < cooperation.getOperators().size(); i++) {
            Optional<Operator> operator = context.registry().get().find(cooperation.getOperators().get(i).getId());
            if (operator.isPresent() && !area.get().servedBy(operator.get(), context.referential())) {
                context.report(ID, "/operators/" + i, Map.of("operator", operator.get().getId()));
            }
        }
    }

    /**
     * A territory as the COG tells it: the régions it lies in, and whether a site's commune is inside it (an
     * arrondissement counts as inside its commune).
     */
    private record Area(Set<RegionCode> regions, Predicate<CogCommune> inside) {

        static Optional<Area> of(Territory territory, Referential cog) {
            String code = territory.getCode();
            if (!territory.getKind().codeFormat().matches(code)) {
                return Optional.empty();
            }
            return switch (territory.getKind()) {
                case COMMUNE -> cog.commune(code).map(commune -> ofCommunes(List.of(commune.code()), cog));
                case EPCI -> cog.epci(code).map(epci -> ofCommunes(epci.members(), cog));
                case DEPARTEMENT -> cog.departement(code).map(departement -> new Area(Set.of(departement.region()),
                        site -> site.departement().equals(Optional.of(departement.code()))));
                case REGION -> cog.region(code).map(region -> new Area(
                        Set.of(region.code()), site -> site.region().equals(Optional.of(region.code()))));
                case LOCAL_AREA -> Optional.of(ofCommunes(territory.getCommunes(), cog));
                case EMPLOYMENT_ZONE -> Optional.empty();
            };
        }

        private static Area ofCommunes(List<CommuneCode> codes, Referential cog) {
            Set<CommuneCode> communes = Set.copyOf(codes);
            Set<RegionCode> regions = new HashSet<>();
            for (CommuneCode code : communes) {
                cog.commune(code).flatMap(CogCommune::region).ifPresent(regions::add);
            }
            return new Area(Set.copyOf(regions), site -> communes.contains(site.code())
                    || site.parent().map(communes::contains).orElse(false));
        }

        boolean servedBy(Operator operator, Referential cog) {
            for (RegionCode region : operator.getCoverage()) {
                if (regions.contains(region)) {
                    return true;
                }
            }
            for (Site site : operator.getSites()) {
                Optional<CogCommune> commune = cog.commune(site.getCommune());
                if (commune.isPresent() && inside.test(commune.get())) {
                    return true;
                }
            }
            return false;
        }
    }
}
