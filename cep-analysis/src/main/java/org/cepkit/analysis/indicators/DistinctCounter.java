package org.cepkit.analysis.indicators;

import java.util.Arrays;

/**
 * The number of distinct beneficiary ids of a cell in bounded memory: the ids' 64-bit hashes kept exactly up to
 * {@link #EXACT_LIMIT}, then a HyperLogLog sketch of 2<sup>{@value #PRECISION}</sup> one-byte registers (Flajolet,
 * Fusy, Gandouet and Meunier, "HyperLogLog: the analysis of a near-optimal cardinality estimation algorithm",
 * AofA 2007), with the linear-counting correction for small ranges (Heule, Nunkesser and Hall, "HyperLogLog in
 * practice", EDBT 2013). Up to 512 ids the count is exact but for 64-bit hash collisions (one chance in about
 * 10<sup>14</sup> for 512 ids); above it the relative standard error is 1.04 / √4096 ≈ 1.6 %. The memory of a
 * counter is at most 4 KiB, whatever the number of ids. Counters merge (the union of their ids), which is how
 * the margin totals are counted.
 */
final class DistinctCounter {

    static final int PRECISION = 12;
    static final int EXACT_LIMIT = 512;
    private static final int REGISTERS = 1 << PRECISION;
    private static final long EMPTY = 0L;

    /** The hashes while exact: an open-addressing set whose empty slot is 0 (a hash of 0 is stored as 1). */
    private long[] hashes = new long[8];
    private int size;
    private byte[] registers;

    void add(long hash) {
        if (registers != null) {
            addToSketch(hash);
            return;
        }
        long h = hash == EMPTY ? 1 : hash;
        int mask = hashes.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == h) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        size++;
        if (size > EXACT_LIMIT) {
            toSketch();
        } else if (size * 2 > hashes.length) {
            grow();
        }
    }

    /** Adds every id of {@code other}. */
    void merge(DistinctCounter other) {
        if (other.registers == null) {
            for (long h : other.hashes) {
                if (h != EMPTY) {
                    add(h);
                }
            }
            return;
        }
        if (registers == null) {
            toSketch();
        }
        for (int i = 0; i < REGISTERS; i++) {
            registers[i] = (byte) Math.max(registers[i], other.registers[i]);
        }
    }

    long estimate() {
        if (registers == null) {
            return size;
        }
        double sum = 0;
        int zeros = 0;
        for (byte register : registers) {
            sum += Math.scalb(1.0, -register);
            if (register == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / REGISTERS);
        double raw = alpha * REGISTERS * (double) REGISTERS / sum;
        if (raw <= 2.5 * REGISTERS && zeros > 0) {
            return Math.round(REGISTERS * Math.log((double) REGISTERS / zeros));
        }
        return Math.round(raw);
    }

    private void grow() {
        long[] old = hashes;
        hashes = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != EMPTY) {
                add(h);
            }
        }
    }

    private void toSketch() {
        registers = new byte[REGISTERS];
        for (long h : hashes) {
            if (h != EMPTY) {
                addToSketch(h);
            }
        }
        hashes = null;
    }

    private void addToSketch(long hash) {
        int index = (int) (hash >>> (64 - PRECISION));
        int rank = Long.numberOfLeadingZeros((hash << PRECISION) | (1L << (PRECISION - 1))) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    /**
     * A 64-bit hash of an id: FNV-1a over its characters, then the finalizer of MurmurHash3 (fmix64) so that every
     * bit depends on every character, which HyperLogLog needs.
     */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public String toString() {
        return "DistinctCounter[" + (registers == null ? "exact " + size : "sketch " + Arrays.hashCode(registers)) + "]";
    }
}
