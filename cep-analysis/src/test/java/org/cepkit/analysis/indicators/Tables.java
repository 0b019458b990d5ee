package org.cepkit.analysis.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random tables of counts for the disclosure tests: interior cells with the six additive measures (pathways
 * first, the others at most the pathways), their margins, their small cells.
 */
final class Tables {

    /** A table with its margins, and the cells under the threshold. */
    record Table(Map<List<String>, long[]> cells, Set<List<String>> small, long minCell, String shape) {

        List<Set<List<String>>> suppress() {
            return Disclosure.suppress(cells, small, minCell);
        }

        @Override
        public String toString() {
            return shape + " of " + cells.size() + " cells and margins, " + small.size() + " small";
        }
    }

    /** How the cells of a random table are drawn. */
    enum Style {
        /** Most cells present, counts from 1 to 200. */
        DENSE,
        /** A third of the cells present. */
        SPARSE,
        /** Most cells present, counts from 1 to 15: many under the threshold. */
        MANY_SMALL,
        /** Measures other than pathways zero in whole rows, so that their margins are zero. */
        ZERO_MARGINS
    }

    private Tables() {
    }

    static Table random(long seed, int dimensions, Style style, long minCell) {
        int most = dimensions == 1 ? 9 : dimensions == 2 ? 6 : 4;
        int[] fewest = new int[dimensions];
        int[] mosts = new int[dimensions];
        Arrays.fill(fewest, 2);
        Arrays.fill(mosts, most);
        return random(seed, fewest, mosts, style, minCell);
    }

    /**
     * A random table whose dimension {@code d} has {@code fewest[d]} to {@code most[d] - 1} values: with more
     * than {@link Disclosure#BREADTH} values, the search for hypercubes tries only some of them.
     */
    static Table random(long seed, int[] fewest, int[] most, Style style, long minCell) {
        SplittableRandom random = new SplittableRandom(seed);
        int dimensions = fewest.length;
        List<Integer> sizes = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            sizes.add(random.nextInt(fewest[d], most[d]));
        }
        double presence = style == Style.SPARSE ? 0.35 : 0.9;
        Map<List<String>, long[]> interior = new HashMap<>();
        int zeroRow = random.nextInt(sizes.get(0));
        for (List<String> key : keys(sizes)) {
            if (random.nextDouble() >= presence) {
                continue;
            }
            long pathways = style == Style.MANY_SMALL ? random.nextLong(1, 16)
                    : random.nextDouble() < 0.3 ? random.nextLong(1, 11) : random.nextLong(1, 201);
            long[] values = new long[CellStats.ADDITIVE.size()];
            values[0] = pathways;
            for (int m = 1; m < values.length; m++) {
                boolean zero = style == Style.ZERO_MARGINS && key.get(0).equals("v" + zeroRow)
                        || random.nextDouble() < 0.2;
                values[m] = zero ? 0 : random.nextLong(0, pathways + 1);
            }
            interior.put(key, values);
        }
        if (interior.isEmpty()) {
            interior.put(keys(sizes).get(0), new long[] {3, 1, 0, 0, 2, 0});
        }
        return of(interior, dimensions, minCell,
                dimensions + "-dimension " + style.name().toLowerCase() + " table " + sizes);
    }

    static Table of(Map<List<String>, long[]> interior, int dimensions, long minCell, String shape) {
        Map<List<String>, long[]> cells = Lattice.withMargins(interior, dimensions,
                () -> new long[CellStats.ADDITIVE.size()], (total, part) -> {
                    for (int m = 0; m < total.length; m++) {
                        total[m] += part[m];
                    }
                });
        Set<List<String>> small = new HashSet<>();
        cells.forEach((key, values) -> {
            if (values[0] < minCell) {
                small.add(key);
            }
        });
        return new Table(cells, small, minCell, shape);
    }

    private static List<List<String>> keys(List<Integer> sizes) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (int size : sizes) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : keys) {
                for (int v = 0; v < size; v++) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add("v" + v);
                    next.add(List.copyOf(key));
                }
            }
            keys = next;
        }
        return keys;
    }
}
