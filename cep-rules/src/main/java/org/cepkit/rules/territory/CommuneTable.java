package org.cepkit.rules.territory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Values keyed by commune code in a flat array: a commune code is two characters of département ({@code 0}–{@code 9},
 * then {@code 0}–{@code 9}, {@code A} or {@code B}) and three digits, so each code has its own slot among 120,000,
 * and a lookup is one array read, with no hashing nor comparison of strings. The COG is looked up once or more for
 * every record validated, and a hash map of its 39,000 codes is larger than a processor's cache.
 *
 * <p>A slot holds the line of the referential's text that describes its code, and the value is read from that line
 * on the first look-up of the code, then kept: a run that validates records looks up some hundreds or thousands of
 * communes, and reading the 39,000 lines at once took 0.3 to 0.4 s while a run starts, before the JIT has compiled
 * anything (BENCHMARKS.md). Safe for concurrent look-ups: two threads that read the same line at once keep the first
 * value stored, so a code always gives the same instance; the values are immutable records, which their final
 * fields publish safely.
 */
final class CommuneTable<V> {

    static final int SLOTS = 10 * 12 * 1000;

    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(Object[].class);

    /** Reads the value of a line, given as {@link #add} was. */
    @FunctionalInterface
    interface LineReader<V> {
        V read(int line);
    }

    private final int[] lines = new int[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private final LineReader<V> reader;

    CommuneTable(LineReader<V> reader) {
        this.reader = reader;
    }

    /** Gives {@code slot} its line, any int but 0; false, and nothing changed, when the slot has one already. */
    boolean add(int slot, int line) {
        if (lines[slot] != 0) {
            return false;
        }
        lines[slot] = line;
        return true;
    }

    /**
     * Every value, in the order of the codes: the slots are in that order, since {@code 0}–{@code 9} come before
     * {@code A} and {@code B} in the characters' order too. Reads every line not read yet.
     */
    List<V> values() {
        List<V> list = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            V value = get(slot);
            if (value != null) {
                list.add(value);
            }
        }
        return List.copyOf(list);
    }

    /** The value of {@code code}, or null when there is none or the text is not shaped as a commune code. */
    V get(String code) {
        int slot = slot(code);
        return slot < 0 ? null : get(slot);
    }

    /** The value of a slot, or null when there is none. */
    @SuppressWarnings("unchecked")
    V get(int slot) {
        Object value = values[slot];
        if (value == null) {
            int line = lines[slot];
            if (line == 0) {
                return null;
            }
            V read = reader.read(line);
            Object before = VALUES.compareAndExchange(values, slot, null, read);
            value = before == null ? read : before;
        }
        return (V) value;
    }

    /** The slot of a text shaped as a commune code, or -1. */
    static int slot(String code) {
        if (code.length() != 5) {
            return -1;
        }
        return slot(code.charAt(0), code.charAt(1), code.charAt(2), code.charAt(3), code.charAt(4));
    }

    /** The slot of the five characters of a code, or -1 when they are not shaped as one. */
    static int slot(int c0, int c1, int c2, int c3, int c4) {
        int first = c0 - '0';
        int second = c1 >= '0' && c1 <= '9' ? c1 - '0' : c1 == 'A' ? 10 : c1 == 'B' ? 11 : -1;
        int a = c2 - '0';
        int b = c3 - '0';
        int d = c4 - '0';
        if (first < 0 || first > 9 || second < 0 || (a | b | d) < 0 || a > 9 || b > 9 || d > 9) {
            return -1;
        }
        return (first * 12 + second) * 1000 + a * 100 + b * 10 + d;
    }

    /** The code of a slot: the reverse of {@link #slot(String)}. */
    static String code(int slot) {
        int prefix = slot / 1000;
        int rest = slot % 1000;
        int second = prefix % 12;
        char[] code = {(char) ('0' + prefix / 12), (char) (second < 10 ? '0' + second : 'A' + second - 10),
            (char) ('0' + rest / 100), (char) ('0' + rest / 10 % 10), (char) ('0' + rest % 10)};
        return new String(code);
    }
}
