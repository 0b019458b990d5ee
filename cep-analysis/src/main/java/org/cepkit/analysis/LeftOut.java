package org.cepkit.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many records an analysis left out, by reason. A count, never the records: no id of a left-out record is
 * kept, so that nothing of a person travels with it.
 *
 * <pre>{@code
 * LeftOut leftOut = table.leftOut();
 * leftOut.count(Exclusion.INVALID);   // records with an ERROR
 * leftOut.total();
 * }</pre>
 */
public final class LeftOut {

    private final Map<Exclusion, Long> counts;

    private LeftOut(Map<Exclusion, Long> counts) {
        this.counts = counts;
    }

    /** The counts of {@code counts}, which is copied; a reason it lacks counts 0. */
    public static LeftOut of(Map<Exclusion, Long> counts) {
        EnumMap<Exclusion, Long> copy = new EnumMap<>(Exclusion.class);
        for (Exclusion reason : Exclusion.values()) {
            long count = counts.getOrDefault(reason, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("Left-out count of " + reason + " is " + count + ": expected 0 or more");
            }
            copy.put(reason, count);
        }
        return new LeftOut(copy);
    }

    /** The records left out for that reason. */
    public long count(Exclusion reason) {
        return counts.get(Objects.requireNonNull(reason, "reason"));
    }

    /** Every record left out. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeftOut other && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "LeftOut" + counts;
    }

    /** Counts records as they are left out; not thread-safe. */
    public static final class Counter {
        private final EnumMap<Exclusion, Long> counts = new EnumMap<>(Exclusion.class);

        /** A counter of no record left out yet. */
        public Counter() {
        }

        /** One more record left out for {@code reason}. */
        public void add(Exclusion reason) {
            add(reason, 1);
        }

        /** {@code count} more records left out for {@code reason}. */
        public void add(Exclusion reason, long count) {
            Objects.requireNonNull(reason, "reason");
            if (count < 0) {
                throw new IllegalArgumentException("Left-out count " + count + ": expected 0 or more");
            }
            counts.merge(reason, count, Long::sum);
        }

        public LeftOut snapshot() {
            return LeftOut.of(counts);
        }
    }
}
