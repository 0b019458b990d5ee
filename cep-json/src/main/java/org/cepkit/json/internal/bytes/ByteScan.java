package org.cepkit.json.internal.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches bytes eight at a time: a word of eight bytes is tested for a given byte in a few operations, so that
 * the readers of NDJSON stop only where something is to be done (a newline, a backslash…).
 */
public final class ByteScan {

    /** The bytes of an array read as little-endian words: the byte at the lowest index is the lowest. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static final long NEWLINES = repeat('\n');

    private ByteScan() {
    }

    /** {@code b} in each of the eight bytes of a word. */
    static long repeat(char b) {
        return (b & 0xffL) * 0x0101010101010101L;
    }

    /**
     * The high bit of each byte of {@code word} equal to the byte repeated in {@code pattern}, and maybe of a byte
     * above such a byte, never below: the lowest bit set always marks a byte that is equal.
     */
    static long flags(long word, long pattern) {
        long x = word ^ pattern;
        return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    /** Whether the first {@code length} bytes start with the UTF-8 byte order mark EF BB BF. */
    public static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** The index of the first {@code \n} in {@code bytes[from, to)}, or -1. */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long found = flags((long) LONGS.get(bytes, i), NEWLINES);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
