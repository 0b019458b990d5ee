package org.cepkit.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;

/**
 * The operators of a generated dataset, as written when valid, indexed by the régions they serve: a regional
 * operator serves its coverage, any other operator the région of its sites. The generator keeps these, and only
 * these, in memory.
 */
final class OperatorSet {

    private final List<Operator> all;
    private final Map<RegionCode, Map<OperatorFamily, List<Operator>>> serving = new LinkedHashMap<>();
    private final Map<RegionCode, List<Operator>> present = new LinkedHashMap<>();

    OperatorSet(List<Operator> operators) {
        this.all = List.copyOf(operators);
        for (Operator operator : all) {
            for (RegionCode region : servedRegions(operator)) {
                serving.computeIfAbsent(region, r -> new EnumMap<>(OperatorFamily.class))
                        .computeIfAbsent(operator.getFamily(), f -> new ArrayList<>()).add(operator);
            }
            operator.getSites().stream().map(OperatorSet::region).distinct()
                    .forEach(region -> present.computeIfAbsent(region, r -> new ArrayList<>()).add(operator));
        }
    }

    /** Every operator, in writing order. */
    List<Operator> all() {
        return all;
    }

    /** The operators of that family serving the région, whatever their period of activity. */
    List<Operator> serving(RegionCode region, OperatorFamily family) {
        return serving.getOrDefault(region, Map.of()).getOrDefault(family, List.of());
    }

    /** The operators of that family serving the région on {@code date}. */
    List<Operator> serving(RegionCode region, OperatorFamily family, LocalDate date) {
        List<Operator> active = new ArrayList<>();
        for (Operator operator : serving(region, family)) {
            if (activeBetween(operator, date, date)) {
                active.add(operator);
            }
        }
        return active;
    }

    /** The operators with a site in the région. */
    List<Operator> present(RegionCode region) {
        return present.getOrDefault(region, List.of());
    }

    /** Whether the operator is active on every day from {@code from} to {@code to}. */
    static boolean activeBetween(Operator operator, LocalDate from, LocalDate to) {
        return operator.getActiveFrom().map(start -> !start.isAfter(from)).orElse(true)
                && operator.getActiveTo().map(end -> !end.isBefore(to)).orElse(true);
    }

    static RegionCode region(Site site) {
        return site.getCommune().region().orElseThrow();
    }

    static DepartementCode departement(Site site) {
        return site.getCommune().departement().orElseThrow();
    }

    /** The département of the operator's first site: where a local operator serves, where a regional one has its seat. */
    static DepartementCode home(Operator operator) {
        return departement(operator.getSites().get(0));
    }

    private static List<RegionCode> servedRegions(Operator operator) {
        if (!operator.getCoverage().isEmpty()) {
            return operator.getCoverage();
        }
        return operator.getSites().stream().map(OperatorSet::region).distinct().toList();
    }
}
