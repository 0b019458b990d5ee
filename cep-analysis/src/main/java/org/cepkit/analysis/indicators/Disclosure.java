package org.cepkit.analysis.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Secondary cell suppression by hypercubes, for a table published with all its margin totals. A suppressed cell
 * {@code y} is safe in a measure when it is a corner of a hypercube of suppressed cells: for each dimension, two
 * values, {@code y}'s own and another (another category, or the total); the 2<sup>k</sup> corners of the
 * combinations are suppressed and count something. Adding {@code +t} to the corners of one sign and {@code -t} to
 * the others (a dimension whose pair holds the total gives its two corners the same sign, since the total moves
 * with its part) changes no published value and keeps every margin the sum of its cells, so whoever reads the
 * table cannot tell {@code y} from {@code y + t} for every {@code t} that keeps the corners non-negative. This
 * is the hypercube method that τ-ARGUS offers (GHMITER), on the table with its margins, here with an exact
 * search of the cheapest hypercube; docs/disclosure-control.md tells the method and its sources.
 *
 * <p>The conditions, per measure, from the corners' values: with {@code down} the smallest value among the
 * corners of {@code y}'s sign (y included) and {@code up} the smallest among the others (infinite when there is
 * none, which happens when every pair holds a total: then nothing bounds the cell from above), {@code y} can
 * take at least every value of {@code [y - down, y + up]}. A suppressed cell is protected when that range has a
 * width of at least 1 (it cannot be computed); a cell suppressed for being small is protected in its pathway
 * count when, moreover, {@code y + up} reaches the threshold (nobody can tell it is small). A hypercube made of
 * {@code y} and its own margins (every pair holding the total) always exists and always protects, so the search
 * always ends; the cheapest hypercube, by the pathways of the cells it newly suppresses, is chosen.
 *
 * <p>Cells are keyed by their values, {@link Lattice#TOTAL} for a totalled dimension; each holds the values of
 * the additive measures, the pathway count first. Each measure has its own pattern, which holds the pathway
 * count's: a cell whose pathway count is suppressed has every count suppressed, and a measure whose values are
 * zero where the pathway pattern hides small cells (no referral in the cells of a row) gets more suppressions,
 * of that measure only.
 */
final class Disclosure {

    private static final long INFINITE = Long.MAX_VALUE;

    private final Map<List<String>, long[]> cells;
    private final Set<List<String>> primary;
    private final long minCell;
    private final int dimensions;
    private final List<List<String>> domains = new ArrayList<>();

    private Disclosure(Map<List<String>, long[]> cells, Set<List<String>> primary, long minCell) {
        this.cells = cells;
        this.primary = primary;
        this.minCell = minCell;
        this.dimensions = cells.keySet().iterator().next().size();
        for (int d = 0; d < dimensions; d++) {
            Set<String> values = new TreeSet<>();
            for (List<String> key : cells.keySet()) {
                if (!key.get(d).equals(Lattice.TOTAL)) {
                    values.add(key.get(d));
                }
            }
            List<String> domain = new ArrayList<>(values);
            domain.add(Lattice.TOTAL);
            domains.add(domain);
        }
    }

    /**
     * The suppressed cells of each measure, in the order of the cells' value arrays.
     *
     * @param cells every cell of the table and its margins that counts something, with the values of the
     *     additive measures, the pathway count first
     * @param primary the cells suppressed for being small
     * @param minCell the threshold the primary cells are below
     */
    static List<Set<List<String>>> suppress(Map<List<String>, long[]> cells, Set<List<String>> primary, long minCell) {
        if (cells.isEmpty()) {
            return List.of();
        }
        Disclosure disclosure = new Disclosure(cells, primary, minCell);
        int measures = cells.values().iterator().next().length;
        List<Set<List<String>>> patterns = new ArrayList<>();
        Set<List<String>> pathways = disclosure.protect(0, primary);
        patterns.add(pathways);
        for (int m = 1; m < measures; m++) {
            patterns.add(disclosure.protect(m, pathways));
        }
        return patterns;
    }

    private Set<List<String>> protect(int measure, Set<List<String>> start) {
        Set<List<String>> suppressed = new HashSet<>(start);
        Set<List<String>> safe = new HashSet<>();
        Deque<List<String>> work = new ArrayDeque<>();
        start.stream().sorted(Lattice::compare).forEach(work::add);
        while (!work.isEmpty()) {
            List<String> cell = work.poll();
            if (safe.contains(cell)) {
                continue;
            }
            Search search = new Search(cell, measure, suppressed);
            search.descend(0, List.of(cell), List.of(1), 0, 0);
            List<List<String>> corners = search.bestCorners;
            for (int i = 0; i < corners.size(); i++) {
                List<String> corner = corners.get(i);
                if (suppressed.add(corner)) {
                    work.add(corner);
                }
                if (protects(corners, search.bestSigns, i, measure)) {
                    safe.add(corner);
                }
            }
        }
        return suppressed;
    }

    /** Whether the hypercube of {@code corners} protects its corner {@code index} in {@code measure}. */
    private boolean protects(List<List<String>> corners, List<Integer> signs, int index, int measure) {
        int sign = signs.get(index);
        long down = INFINITE;
        long up = INFINITE;
        for (int i = 0; i < corners.size(); i++) {
            long value = cells.get(corners.get(i))[measure];
            if (signs.get(i) == sign) {
                down = Math.min(down, value);
            } else {
                up = Math.min(up, value);
            }
        }
        if (up != INFINITE && down + up < 1) {
            return false;
        }
        List<String> cell = corners.get(index);
        return measure != 0 || !primary.contains(cell) || up == INFINITE || cells.get(cell)[0] + up >= minCell;
    }

    /** The cheapest hypercube that protects one cell in one measure. */
    private final class Search {
        private final List<String> cell;
        private final int measure;
        private final Set<List<String>> suppressed;
        private long bestCost = INFINITE;
        private int bestNew = Integer.MAX_VALUE;
        private List<List<String>> bestCorners;
        private List<Integer> bestSigns;

        Search(List<String> cell, int measure, Set<List<String>> suppressed) {
            this.cell = cell;
            this.measure = measure;
            this.suppressed = suppressed;
        }

        void descend(int d, List<List<String>> corners, List<Integer> signs, long cost, int added) {
            if (cost > bestCost || (cost == bestCost && added >= bestNew)) {
                return;
            }
            if (d == dimensions) {
                if (protects(corners, signs, 0, measure)) {
                    bestCost = cost;
                    bestNew = added;
                    bestCorners = corners;
                    bestSigns = signs;
                }
                return;
            }
            String own = cell.get(d);
            for (String other : domains.get(d)) {
                if (other.equals(own)) {
                    continue;
                }
                boolean sameSign = own.equals(Lattice.TOTAL) || other.equals(Lattice.TOTAL);
                List<List<String>> next = new ArrayList<>(corners.size() * 2);
                List<Integer> nextSigns = new ArrayList<>(corners.size() * 2);
                next.addAll(corners);
                nextSigns.addAll(signs);
                long nextCost = cost;
                int nextAdded = added;
                boolean complete = true;
                for (int i = 0; i < corners.size(); i++) {
                    List<String> corner = new ArrayList<>(corners.get(i));
                    corner.set(d, other);
                    long[] values = cells.get(corner);
                    if (values == null) {
                        complete = false;
                        break;
                    }
                    List<String> key = List.copyOf(corner);
                    if (!suppressed.contains(key)) {
                        nextCost += values[0];
                        nextAdded++;
                    }
                    next.add(key);
                    nextSigns.add(sameSign ? signs.get(i) : -signs.get(i));
                }
                if (complete) {
                    descend(d + 1, next, nextSigns, nextCost, nextAdded);
                }
            }
        }
    }
}
