package org.cepkit.model;

import java.util.Map;

/**
 * The codes and aliases of one code list, found without hashing the whole string: a code read from JSON is a new
 * string each time, whose {@code hashCode} a hash map computes over every character before it looks. Here a slot
 * is chosen from the length and three characters (first, middle, last), which also reject most other strings
 * before any comparison; a candidate is then compared whole. Open addressing, linear probing, at most a quarter
 * full. Measured: code-list look-ups were about 10 % of a validating worker's samples on a million pathways
 * (JFR, 2026-12-02; {@code HashMap.get} through a {@code ClassValue}); see BENCHMARKS.md for the run with this
 * index. Immutable, thread-safe.
 */
final class CodeIndex {

    private final long[] sketches;
    private final String[] keys;
    private final Object[] constants;
    private final int mask;

    CodeIndex(Map<String, Object> byCode) {
        int capacity = Integer.highestOneBit(Math.max(4, byCode.size() * 4 - 1)) << 1;
        sketches = new long[capacity];
        keys = new String[capacity];
        constants = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Object> entry : byCode.entrySet()) {
            String key = entry.getKey();
            long sketch = sketch(key);
            int slot = slot(sketch);
            while (keys[slot] != null) {
                slot = slot + 1 & mask;
            }
            sketches[slot] = sketch;
            keys[slot] = key;
            constants[slot] = entry.getValue();
        }
    }

    /** The constant whose code or alias is {@code code}, or null. */
    Object get(String code) {
        long sketch = sketch(code);
        for (int slot = slot(sketch); keys[slot] != null; slot = slot + 1 & mask) {
            if (sketches[slot] == sketch && keys[slot].equals(code)) {
                return constants[slot];
            }
        }
        return null;
    }

    /** The length and the first, middle and last characters; never zero, even for the empty string. */
    private static long sketch(String s) {
        int n = s.length();
        if (n == 0) {
            return 1L << 63;
        }
        return (long) (n | 0x8000) << 48 | (long) s.charAt(0) << 32 | (long) s.charAt(n >>> 1) << 16 | s.charAt(n - 1);
    }

    /** A slot from the sketch's bits, mixed by a multiplication (the golden ratio's, as in Fibonacci hashing). */
    private int slot(long sketch) {
        long mixed = sketch * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }
}
