package org.cepkit.rules;

import java.util.Arrays;

/**
 * A set of record ids kept compact for {@code dataset.duplicate-id} over long streams: ids are stored as
 * UTF-8 bytes in one growing byte array, indexed by an open-addressing table of offsets, so that a million
 * ids of 12 characters take about 24 MB instead of the 80 MB or so of a {@code HashSet<String>}. Exact: no id
 * is ever mistaken for another. Not thread-safe.
 */
public final class IdSet {

    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] slots = new int[1 << 10];
    private int size;

    public IdSet() {
        Arrays.fill(slots, -1);
    }

    /** Adds {@code id}; returns false when it was already there. */
    public boolean add(String id) {
        byte[] key = encode(id);
        int hash = hash(key);
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] >= 0) {
            if (equalsAt(slots[i], key)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = append(key);
        if (++size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    public boolean contains(String id) {
        byte[] key = encode(id);
        int mask = slots.length - 1;
        int i = hash(key) & mask;
        while (slots[i] >= 0) {
            if (equalsAt(slots[i], key)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    public int size() {
        return size;
    }

    private int append(byte[] key) {
        int needed = used + 4 + key.length;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length + (bytes.length >> 1)));
        }
        int offset = used;
        bytes[used++] = (byte) (key.length >>> 24);
        bytes[used++] = (byte) (key.length >>> 16);
        bytes[used++] = (byte) (key.length >>> 8);
        bytes[used++] = (byte) key.length;
        System.arraycopy(key, 0, bytes, used, key.length);
        used += key.length;
        return offset;
    }

    private boolean equalsAt(int offset, byte[] key) {
        int length = lengthAt(offset);
        return length == key.length
                && Arrays.equals(bytes, offset + 4, offset + 4 + length, key, 0, key.length);
    }

    private int hashAt(int offset) {
        return hash(bytes, offset + 4, lengthAt(offset));
    }

    private int lengthAt(int offset) {
        return ((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16)
                | ((bytes[offset + 2] & 0xff) << 8) | (bytes[offset + 3] & 0xff);
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int offset : old) {
            if (offset >= 0) {
                int i = hashAt(offset) & mask;
                while (slots[i] >= 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = offset;
            }
        }
    }

    /**
     * The UTF-8 bytes of {@code id}, except that an unpaired surrogate is written as its own 3-byte sequence (as
     * in WTF-8) where {@code String.getBytes} would write {@code '?'}: distinct ids never share their bytes.
     */
    static byte[] encode(String id) {
        int n = id.length();
        byte[] out = new byte[n * 3];
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(id.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, id.charAt(++i));
                out[o++] = (byte) (0xf0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[o++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[o++] = (byte) (0xe0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[o++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return Arrays.copyOf(out, o);
    }

    private static int hash(byte[] key) {
        return hash(key, 0, key.length);
    }

    private static int hash(byte[] data, int from, int length) {
        int h = 0x811c9dc5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ (data[i] & 0xff)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
