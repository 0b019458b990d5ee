package org.cepkit.analysis.network;

import java.util.Objects;

/**
 * Two operators, by id, the smaller first.
 *
 * @param first the smaller id
 * @param second the other
 */
public record OperatorPair(String first, String second) implements Comparable<OperatorPair> {

    public OperatorPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("An operator pair is two ids in order, not " + first + " and " + second);
        }
    }

    /** The pair of two distinct ids, in either order. */
    public static OperatorPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new OperatorPair(a, b) : new OperatorPair(b, a);
    }

    @Override
    public int compareTo(OperatorPair other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : second.compareTo(other.second);
    }
}
