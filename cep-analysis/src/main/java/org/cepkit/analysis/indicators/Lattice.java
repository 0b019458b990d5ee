package org.cepkit.analysis.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The cells of a table and all its margin totals: for a table of {@code k} dimensions, every cell with any of its
 * dimensions replaced by {@link #TOTAL}, the 2<sup>k</sup> − 1 margin tables (each one-way, two-way… total and the
 * grand total). Only the cells that count something are kept: an absent cell is a zero.
 */
final class Lattice {

    /** The value of a dimension in a margin total: every value of that dimension. */
    static final String TOTAL = "*";

    private Lattice() {
    }

    /**
     * The interior cells with every margin total added, each merged from the interior cells it totals with
     * {@code merge} into a fresh {@code empty} value. The interior values are reused as they are.
     */
    static <T> Map<List<String>, T> withMargins(Map<List<String>, T> interior, int dimensions, Supplier<T> empty,
            BiConsumer<T, T> merge) {
        Map<List<String>, T> all = new HashMap<>(interior);
        for (int mask = 1; mask < 1 << dimensions; mask++) {
            for (Map.Entry<List<String>, T> cell : interior.entrySet()) {
                List<String> key = new ArrayList<>(cell.getKey());
                for (int d = 0; d < dimensions; d++) {
                    if ((mask & (1 << d)) != 0) {
                        key.set(d, TOTAL);
                    }
                }
                merge.accept(all.computeIfAbsent(List.copyOf(key), k -> empty.get()), cell.getValue());
            }
        }
        return all;
    }

    /** Whether {@code key} totals at least one dimension. */
    static boolean isMargin(List<String> key) {
        return key.contains(TOTAL);
    }

    /** Keys ordered dimension by dimension, each dimension's values in text order and its total last. */
    static int compare(List<String> a, List<String> b) {
        for (int d = 0; d < a.size(); d++) {
            String x = a.get(d);
            String y = b.get(d);
            if (!x.equals(y)) {
                if (x.equals(TOTAL)) {
                    return 1;
                }
                if (y.equals(TOTAL)) {
                    return -1;
                }
                return x.compareTo(y);
            }
        }
        return 0;
    }
}
