package org.cepkit.json.internal.bytes;

import java.util.Arrays;

/**
 * The bytes of one line gathered across reads, up to a limit: past {@code maxBytes} (plus one byte, for a
 * {@code \r} that may be trimmed) only the fact that the line is too long is kept.
 */
final class LineBuffer {

    private final int maxBytes;
    private byte[] bytes = new byte[256];
    private int length;
    private boolean tooLong;

    LineBuffer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    void append(byte[] from, int start, int end) {
        int n = end - start;
        if (tooLong || length + n > maxBytes + 1) {
            tooLong = true;
            return;
        }
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + n, Math.min(bytes.length * 2, maxBytes + 1)));
        }
        System.arraycopy(from, start, bytes, length, n);
        length += n;
    }

    /** Drops a trailing {@code \r}, then judges the length against the limit. */
    void endLine() {
        if (!tooLong && length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        if (length > maxBytes) {
            tooLong = true;
        }
    }

    void clear() {
        length = 0;
        tooLong = false;
    }

    /** Whether nothing was appended since the last {@link #clear()}. */
    boolean isEmpty() {
        return length == 0 && !tooLong;
    }

    /** The line's bytes, valid until the next change. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    boolean tooLong() {
        return tooLong;
    }
}
