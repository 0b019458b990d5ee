package org.cepkit.rules.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Values keyed by commune code in a flat array: a commune code is two characters of département ({@code 0}–{@code 9},
 * then {@code 0}–{@code 9}, {@code A} or {@code B}) and three digits, so each code has its own slot among 120,000,
 * and a lookup is one array read, with no hashing nor comparison of strings. The COG is looked up once or more for
 * every record validated, and a hash map of its 37,000 codes is larger than a processor's cache. Immutable.
 */
final class CommuneTable<V> {

    private static final int SLOTS = 10 * 12 * 1000;

    private final Object[] values = new Object[SLOTS];

    CommuneTable(Map<String, V> byCode) {
        byCode.forEach((code, value) -> {
            int slot = slot(code);
            if (slot < 0) {
                throw new IllegalArgumentException("not a commune code: '" + code + "'");
            }
            values[slot] = value;
        });
    }

    /**
     * Every value, in the order of the codes: the slots are in that order, since {@code 0}–{@code 9} come before
     * {@code A} and {@code B} in the characters' order too.
     */
    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> list = new ArrayList<>();
        for (Object value : values) {
            if (value != null) {
                list.add((V) value);
            }
        }
        return List.copyOf(list);
    }

    /** The value of {@code code}, or null when there is none or the text is not shaped as a commune code. */
    @SuppressWarnings("unchecked")
    V get(String code) {
        int slot = slot(code);
        return slot < 0 ? null : (V) values[slot];
    }

    /** The slot of a text shaped as a commune code, or -1. */
    static int slot(String code) {
        if (code.length() != 5) {
            return -1;
        }
        int first = code.charAt(0) - '0';
        char c = code.charAt(1);
        int second = c >= '0' && c <= '9' ? c - '0' : c == 'A' ? 10 : c == 'B' ? 11 : -1;
        int a = code.charAt(2) - '0';
        int b = code.charAt(3) - '0';
        int d = code.charAt(4) - '0';
        if (first < 0 || first > 9 || second < 0 || (a | b | d) < 0 || a > 9 || b > 9 || d > 9) {
            return -1;
        }
        return (first * 12 + second) * 1000 + a * 100 + b * 10 + d;
    }
}
