package org.cepkit.rules.internal;

/**
 * The sizes of the open-addressing tables behind the dataset rules ({@link IdSet}, {@link BeneficiaryFingerprints}),
 * which hold an entry for every record of a stream and so decide how long a stream fits in a small heap. A table
 * grows by half its size when it is four fifths full, where a table of a power of two slots that doubles at three
 * quarters holds up to 2.7 slots an entry (a million entries: 2<sup>21</sup> slots) and, while it doubles, three
 * times that: this one holds at most 1.9 slots an entry (a million: 1,513,342 slots). For a million pathways the two
 * tables take 19.7 MB instead of 27.3 MB, which is what decides whether they validate in {@code -Xmx64m} at full
 * speed or with the collector running most of the time (BENCHMARKS.md): with the id set alone still doubling, they
 * ran out of heap there. The cost: the id set, whose slots hold no hash, hashes every id's bytes again at each
 * growth, and grows more often; adding a million ids took about half as long again (some 0.1 s on one thread). A
 * slot is found from the hash by a multiplication (Lemire's "fast range"), which needs no power of two; probing is
 * linear.
 */
final class TableSizes {

    /** The slots of a new table. */
    static final int INITIAL = 1 << 10;

    /** The largest table: beyond it, the next size would not fit an array. */
    private static final int MAX = (Integer.MAX_VALUE - 8) / 3 * 2;

    private TableSizes() {
    }

    /** Whether a table of {@code capacity} slots must grow once it holds {@code size} entries. */
    static boolean full(int size, int capacity) {
        return size * 5L > capacity * 4L;
    }

    /** The size a table of {@code capacity} slots grows to. */
    static int grown(int capacity) {
        if (capacity > MAX) {
            throw new IllegalStateException("more entries than a table of the dataset rules can hold");
        }
        return capacity + (capacity >> 1);
    }

    /** The first slot to probe for a well-mixed 32-bit {@code hash} in a table of {@code capacity} slots. */
    static int slot(int hash, int capacity) {
        return (int) ((hash & 0xffffffffL) * capacity >>> 32);
    }

    /** The slot probed after {@code slot}. */
    static int next(int slot, int capacity) {
        int next = slot + 1;
        return next == capacity ? 0 : next;
    }
}
