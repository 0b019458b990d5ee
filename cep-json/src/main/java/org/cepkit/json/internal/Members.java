package org.cepkit.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The members of one JSON object as read, in their order: names and values in two arrays, looked up by a scan
 * while the object is small (a record's objects have up to ten members; the names are compared by {@code equals},
 * which a name that is the very same string answers at once), through a hash index beyond {@link #INDEXED}, so that
 * a hostile object of many thousand members costs no quadratic time. A {@code LinkedHashMap} an object cost an entry
 * object a member and its hash table.
 */
public final class Members {

    /** Objects larger than this get a hash index. */
    static final int INDEXED = 16;

    private String[] names = new String[8];
    private JValue[] values = new JValue[8];
    private int size;
    private Map<String, Integer> index;
    /** Whether every name was put by {@link #putCanonical}. */
    private boolean canonical = true;

    int size() {
        return size;
    }

    String name(int i) {
        return names[i];
    }

    JValue value(int i) {
        return values[i];
    }

    /** The value of {@code name}, or null. */
    JValue get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    /**
     * As {@link #get}, for a name that the caller knows canonical (see {@link #putCanonical}): when every name of
     * the object is too, a name absent is known absent once no member is that very instance. A record's optional
     * properties, absent, were each compared with every member's name (reading a line 3.10 -> 3.02 us without it,
     * BENCHMARKS.md).
     */
    JValue getCanonical(String name) {
        if (!canonical || index != null) {
            return get(name);
        }
        int i = indexOfInstance(name);
        return i < 0 ? null : values[i];
    }

    /** Sets {@code name} to {@code value}; returns whether the object already had that name (its place is kept). */
    public boolean put(String name, JValue value) {
        canonical = false;
        return put(name, value, indexOf(name));
    }

    /**
     * As {@link #put}, for a name that the caller makes canonical: a member equal to it can only be this very
     * instance, so that it is looked for by identity alone (in an object too small for the hash index).
     */
    public boolean putCanonical(String name, JValue value) {
        return put(name, value, index != null ? indexOf(name) : indexOfInstance(name));
    }

    private boolean put(String name, JValue value, int i) {
        if (i >= 0) {
            values[i] = value;
            return true;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size == INDEXED) {
            index = new HashMap<>();
            for (int k = 0; k <= size; k++) {
                index.put(names[k], k);
            }
        }
        size++;
        return false;
    }

    /**
     * The place of {@code name}, or -1. The very instance is looked for first: the wire format's names, as the
     * plain-line parser gives them and as the reader asks for them, are the same strings.
     */
    private int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        int i = indexOfInstance(name);
        return i >= 0 ? i : indexOfEqual(name);
    }

    private int indexOfInstance(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfEqual(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
