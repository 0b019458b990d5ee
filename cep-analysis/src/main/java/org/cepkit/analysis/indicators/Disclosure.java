package org.cepkit.analysis.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * is the hypercube method that τ-ARGUS offers (GHMITER), on the table with its margins, here with a search of
 * the cheapest hypercube among a bounded set of candidates; docs/disclosure-control.md tells the method and its
 * sources.
 *
 * <p>The conditions, per measure, from the corners' values: with {@code down} the smallest value among the
 * corners of {@code y}'s sign (y included) and {@code up} the smallest among the others (infinite when there is
 * none, which happens when every pair holds a total: then nothing bounds the cell from above), {@code y} can
 * take at least every value of {@code [y - down, y + up]}. A suppressed cell is protected when that range has a
 * width of at least 1 (it cannot be computed); a cell suppressed for being small is protected in its pathway
 * count when, moreover, {@code y + up} reaches the threshold (nobody can tell it is small). A hypercube made of
 * {@code y} and its own margins (every pair holding the total) always exists and always protects, so the search
 * always ends; the cheapest hypercube found, by the pathways of the cells it newly suppresses, is chosen.
 *
 * <p>Cells are keyed by their values, {@link Lattice#TOTAL} for a totalled dimension; each holds the values of
 * the additive measures, the pathway count first. Each measure has its own pattern, which holds the pathway
 * count's: a cell whose pathway count is suppressed has every count suppressed, and a measure whose values are
 * zero where the pathway pattern hides small cells (no referral in the cells of a row) gets more suppressions,
 * of that measure only.
 *
 * <p>Inside, a cell is a number, its place in the order of {@link Lattice#compare}, and a code: the index of its
 * value in each dimension (the total last), in mixed radix. The corner of a hypercube along a dimension is then one
 * addition away, which keeps the search of a table of thousands of cells to seconds.
 */
final class Disclosure {

    private static final long INFINITE = Long.MAX_VALUE;
    /** Codes up to this many are looked up in an array, the others in a map. */
    private static final long DENSE = 1 << 22;
    /**
     * The values of a dimension the search tries for one corner: the cheapest that count something, and as many
     * of the cheapest that count at least the threshold (cells big enough to hide a small one), besides the total
     * and the witness's value. A narrower search may miss the cheapest hypercube, never safety (every hypercube it
     * takes protects).
     */
    static final int BREADTH = 6;

    private final List<List<String>> keys;
    private final long[][] values;
    private final boolean[] primary;
    private final long minCell;
    private final int dimensions;
    /** For each dimension, the number of values, the total included (the last index). */
    private final int[] sizes;
    private final long[] strides;
    private final int[][] places;
    private final long[] codes;
    private final int[] dense;
    private final Map<Long, Integer> sparse;
    /** For each cell, an interior cell under it: its margins make a hypercube that always exists. */
    private final int[] witnesses;
    /** The hypercube that protects each cell's pathway count, tried first for the other measures. */
    private final Hypercube[] protectors;
    private final int grandTotal;

    private Disclosure(Map<List<String>, long[]> cells, Set<List<String>> primaryCells, long minCell) {
        this.minCell = minCell;
        this.keys = cells.keySet().stream().sorted(Lattice::compare).toList();
        int count = keys.size();
        this.dimensions = keys.get(0).size();
        List<Map<String, Integer>> indexes = new ArrayList<>();
        this.sizes = new int[dimensions];
        this.strides = new long[dimensions];
        long stride = 1;
        for (int d = 0; d < dimensions; d++) {
            Set<String> domain = new TreeSet<>();
            for (List<String> key : keys) {
                if (!key.get(d).equals(Lattice.TOTAL)) {
                    domain.add(key.get(d));
                }
            }
            Map<String, Integer> index = new HashMap<>();
            domain.forEach(value -> index.put(value, index.size()));
            index.put(Lattice.TOTAL, index.size());
            indexes.add(index);
            sizes[d] = index.size();
            strides[d] = stride;
            try {
                stride = Math.multiplyExact(stride, sizes[d]);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("a table whose dimensions have too many values to code", e);
            }
        }
        this.values = new long[count][];
        this.places = new int[count][dimensions];
        this.codes = new long[count];
        this.primary = new boolean[count];
        this.dense = stride <= DENSE ? new int[(int) stride] : null;
        this.sparse = dense == null ? new HashMap<>() : null;
        if (dense != null) {
            Arrays.fill(dense, -1);
        }
        for (int id = 0; id < count; id++) {
            List<String> key = keys.get(id);
            values[id] = cells.get(key);
            long code = 0;
            for (int d = 0; d < dimensions; d++) {
                places[id][d] = indexes.get(d).get(key.get(d));
                code += places[id][d] * strides[d];
            }
            codes[id] = code;
            if (dense != null) {
                dense[(int) code] = id;
            } else {
                sparse.put(code, id);
            }
        }
        Map<List<String>, Integer> ids = new HashMap<>();
        for (int id = 0; id < count; id++) {
            ids.put(keys.get(id), id);
        }
        for (List<String> cell : primaryCells) {
            Integer id = ids.get(cell);
            if (id == null) {
                throw new IllegalArgumentException("a small cell that is not in the table: " + cell);
            }
            primary[id] = true;
        }
        this.witnesses = new int[count];
        Arrays.fill(witnesses, -1);
        for (int id = 0; id < count; id++) {
            if (Lattice.isMargin(keys.get(id))) {
                continue;
            }
            for (int mask = 0; mask < 1 << dimensions; mask++) {
                long code = codes[id];
                for (int d = 0; d < dimensions; d++) {
                    if ((mask & (1 << d)) != 0) {
                        code += (sizes[d] - 1 - places[id][d]) * strides[d];
                    }
                }
                int margin = id(code);
                if (margin >= 0 && witnesses[margin] < 0) {
                    witnesses[margin] = id;
                }
            }
        }
        long grand = 0;
        for (int d = 0; d < dimensions; d++) {
            grand += (sizes[d] - 1) * strides[d];
        }
        this.grandTotal = id(grand);
        this.protectors = new Hypercube[count];
    }

    /** A hypercube: its corners, the cell it was searched for first, and their signs. */
    private record Hypercube(int[] corners, int[] signs) {
        int indexOf(int cell) {
            for (int i = 0; i < corners.length; i++) {
                if (corners[i] == cell) {
                    return i;
                }
            }
            return -1;
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
        boolean[] pathways = disclosure.protect(0, disclosure.primary);
        patterns.add(disclosure.keysOf(pathways));
        for (int m = 1; m < measures; m++) {
            patterns.add(disclosure.keysOf(disclosure.protect(m, pathways)));
        }
        return patterns;
    }

    private Set<List<String>> keysOf(boolean[] cells) {
        Set<List<String>> result = new HashSet<>();
        for (int id = 0; id < cells.length; id++) {
            if (cells[id]) {
                result.add(keys.get(id));
            }
        }
        return result;
    }

    /** The cell of a code, or -1 when it counts nothing. */
    private int id(long code) {
        if (dense != null) {
            return dense[(int) code];
        }
        Integer id = sparse.get(code);
        return id == null ? -1 : id;
    }

    private boolean[] protect(int measure, boolean[] start) {
        boolean[] suppressed = start.clone();
        boolean[] safe = new boolean[keys.size()];
        Deque<Integer> work = new ArrayDeque<>();
        for (int id = 0; id < start.length; id++) {
            if (start[id]) {
                work.add(id);
            }
        }
        while (!work.isEmpty()) {
            int cell = work.poll();
            if (safe[cell]) {
                continue;
            }
            Hypercube hypercube = protectors[cell];
            if (measure == 0 || hypercube == null || !allOf(hypercube.corners(), suppressed)
                    || !protects(hypercube.corners(), hypercube.signs(), hypercube.corners().length,
                            hypercube.indexOf(cell), measure)) {
                Search search = new Search(cell, measure, suppressed, true);
                search.descend(0, 0, 0);
                if (search.bestCorners == null || (grandTotal >= 0 && contains(search.bestCorners, grandTotal))) {
                    // the bounded candidates found nothing better than the grand total: try every value
                    Search wide = new Search(cell, measure, suppressed, false);
                    wide.descend(0, 0, 0);
                    search = wide;
                }
                if (search.bestCorners == null) {
                    throw new IllegalStateException("no hypercube protects " + keys.get(cell)
                            + ", not even its margins");
                }
                hypercube = new Hypercube(search.bestCorners, search.bestSigns);
            }
            int[] corners = hypercube.corners();
            for (int i = 0; i < corners.length; i++) {
                int corner = corners[i];
                if (!suppressed[corner]) {
                    suppressed[corner] = true;
                    work.add(corner);
                }
                if (protects(corners, hypercube.signs(), corners.length, i, measure)) {
                    safe[corner] = true;
                    if (measure == 0 && protectors[corner] == null) {
                        protectors[corner] = hypercube;
                    }
                }
            }
        }
        return suppressed;
    }

    private static boolean allOf(int[] cells, boolean[] set) {
        for (int cell : cells) {
            if (!set[cell]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] cells, int cell) {
        for (int c : cells) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }

    /** Whether the hypercube of the first {@code count} corners protects its corner {@code index} in {@code measure}. */
    private boolean protects(int[] corners, int[] signs, int count, int index, int measure) {
        int sign = signs[index];
        long down = INFINITE;
        long up = INFINITE;
        for (int i = 0; i < count; i++) {
            long value = values[corners[i]][measure];
            if (signs[i] == sign) {
                down = Math.min(down, value);
            } else {
                up = Math.min(up, value);
            }
        }
        if (up != INFINITE && down + up < 1) {
            return false;
        }
        int cell = corners[index];
        return measure != 0 || !primary[cell] || up == INFINITE || values[cell][0] + up >= minCell;
    }

    /** The cheapest hypercube that protects one cell in one measure, among bounded candidates. */
    private final class Search {
        private final int cell;
        private final int measure;
        private final boolean[] suppressed;
        private final boolean bounded;
        private final int[][] candidates = new int[dimensions][];
        /** The corners and signs of each depth of the search: 2<sup>d</sup> of them at depth {@code d}. */
        private final int[][] corners = new int[dimensions + 1][];
        private final int[][] signs = new int[dimensions + 1][];
        private long bestCost = INFINITE;
        private int bestNew = Integer.MAX_VALUE;
        private int[] bestCorners;
        private int[] bestSigns;

        Search(int cell, int measure, boolean[] suppressed, boolean bounded) {
            this.cell = cell;
            this.measure = measure;
            this.suppressed = suppressed;
            this.bounded = bounded;
            for (int d = 0; d < dimensions; d++) {
                candidates[d] = candidates(d);
            }
            for (int d = 0; d <= dimensions; d++) {
                corners[d] = new int[1 << d];
                signs[d] = new int[1 << d];
            }
            corners[0][0] = cell;
            signs[0][0] = 1;
        }

        /**
         * The values tried for dimension {@code d}: every other value; when bounded, the total, the witness's
         * value, the {@link #BREADTH} cheapest others whose corner in line with the cell counts something (those
         * already suppressed cost nothing), and the {@link #BREADTH} cheapest of those whose corner counts at
         * least the threshold.
         */
        private int[] candidates(int d) {
            int own = places[cell][d];
            int total = sizes[d] - 1;
            if (!bounded) {
                int[] all = new int[sizes[d] - 1];
                for (int v = 0, i = 0; v < sizes[d]; v++) {
                    if (v != own) {
                        all[i++] = v;
                    }
                }
                return all;
            }
            List<long[]> ranked = new ArrayList<>();
            for (int v = 0; v < total; v++) {
                if (v == own) {
                    continue;
                }
                int corner = id(codes[cell] + (v - own) * strides[d]);
                if (corner >= 0) {
                    ranked.add(new long[] {v, suppressed[corner] ? 0 : values[corner][0], values[corner][0]});
                }
            }
            ranked.sort((a, b) -> Long.compare(a[1], b[1]));
            Set<Integer> chosen = new LinkedHashSet<>();
            for (int i = 0; i < Math.min(BREADTH, ranked.size()); i++) {
                chosen.add((int) ranked.get(i)[0]);
            }
            int added = 0;
            for (int i = 0; i < ranked.size() && added < BREADTH; i++) {
                if (ranked.get(i)[2] >= minCell) {
                    chosen.add((int) ranked.get(i)[0]);
                    added++;
                }
            }
            int witness = witnesses[cell];
            if (witness >= 0 && places[witness][d] != own) {
                chosen.add(places[witness][d]);
            }
            if (own != total) {
                chosen.add(total);
            }
            return chosen.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Tries every value of dimension {@code d} and on, from the 2<sup>d</sup> corners of depth {@code d}. */
        void descend(int d, long cost, int added) {
            if (bestNew == 0 || cost > bestCost || (cost == bestCost && added >= bestNew)) {
                return;
            }
            int size = 1 << d;
            if (d == dimensions) {
                if (protects(corners[d], signs[d], size, 0, measure)) {
                    bestCost = cost;
                    bestNew = added;
                    bestCorners = corners[d].clone();
                    bestSigns = signs[d].clone();
                }
                return;
            }
            int own = places[cell][d];
            int total = sizes[d] - 1;
            int[] from = corners[d];
            int[] fromSigns = signs[d];
            int[] next = corners[d + 1];
            int[] nextSigns = signs[d + 1];
            for (int other : candidates[d]) {
                boolean sameSign = own == total || other == total;
                long shift = (other - own) * strides[d];
                long nextCost = cost;
                int nextAdded = added;
                boolean complete = true;
                for (int i = 0; i < size; i++) {
                    int corner = id(codes[from[i]] + shift);
                    if (corner < 0) {
                        complete = false;
                        break;
                    }
                    if (!suppressed[corner]) {
                        nextCost += values[corner][0];
                        nextAdded++;
                    }
                    next[i] = from[i];
                    nextSigns[i] = fromSigns[i];
                    next[size + i] = corner;
                    nextSigns[size + i] = sameSign ? fromSigns[i] : -fromSigns[i];
                }
                if (complete) {
                    descend(d + 1, nextCost, nextAdded);
                }
            }
        }
    }
}
