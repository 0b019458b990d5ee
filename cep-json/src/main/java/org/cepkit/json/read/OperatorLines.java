package org.cepkit.json.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The first pass over an NDJSON input: finds the lines that may be operator records ({@link #mayBeOperator})
 * where they lie in the read buffer, so that the other lines, nearly all of a file, are neither copied nor
 * decoded. A line longer than the record limit is skipped (the second pass reports it); a UTF-8 byte order mark
 * at the start and a line's trailing {@code \r} are dropped, as {@link LineReader} does.
 */
final class OperatorLines {

    private static final int BUFFER = 1 << 16;
    private static final byte[] OPERATOR = "\"operator\"".getBytes(StandardCharsets.US_ASCII);

    private final int maxBytes;
    private final Consumer<byte[]> candidates;
    /** The start of a line that the buffer cut, kept until its end is read. */
    private byte[] carry = new byte[256];
    private int carried;
    private boolean carryTooLong;

    private OperatorLines(int maxBytes, Consumer<byte[]> candidates) {
        this.maxBytes = maxBytes;
        this.candidates = candidates;
    }

    /** Hands a copy of each line of {@code in} that may be an operator record to {@code candidates}. */
    static void scan(InputStream in, int maxBytes, Consumer<byte[]> candidates) throws IOException {
        new OperatorLines(maxBytes, candidates).scan(in);
    }

    private void scan(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        boolean start = true;
        int n;
        while ((n = in.read(buffer, 0, BUFFER)) >= 0) {
            int position = 0;
            if (start && n > 0) {
                start = false;
                if (n >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                    position = 3;
                }
            }
            while (position < n) {
                int newline = indexOfNewline(buffer, position, n);
                if (newline < 0) {
                    keep(buffer, position, n);
                    break;
                }
                if (carried == 0 && !carryTooLong) {
                    line(buffer, position, newline);
                } else {
                    keep(buffer, position, newline);
                    endCarriedLine();
                }
                position = newline + 1;
            }
        }
        if (carried > 0 || carryTooLong) {
            endCarriedLine();
        }
    }

    private void keep(byte[] bytes, int from, int to) {
        int n = to - from;
        if (carryTooLong || carried + n > maxBytes + 1) {
            carryTooLong = true;
            return;
        }
        if (carried + n > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carried + n, Math.min(carry.length * 2, maxBytes + 1)));
        }
        System.arraycopy(bytes, from, carry, carried, n);
        carried += n;
    }

    private void endCarriedLine() {
        if (!carryTooLong) {
            line(carry, 0, carried);
        }
        carried = 0;
        carryTooLong = false;
    }

    private void line(byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        if (end - from <= maxBytes && mayBeOperator(bytes, from, end)) {
            candidates.accept(Arrays.copyOfRange(bytes, from, end));
        }
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the bytes {@code [from, to)} of a line may be an operator record, judged in one pass: they hold the
     * string {@code "operator"} as a value (not followed by a colon, as the key {@code "operator"} of a pathway
     * is), or a backslash, which could escape those letters otherwise. A JSON string cannot hold an unescaped
     * quote, so a line without either cannot have {@code operator} as its type.
     */
    static boolean mayBeOperator(byte[] bytes, int from, int to) {
        int last = to - OPERATOR.length;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\\') {
                return true;
            }
            if (b == '"' && i <= last && isOperatorString(bytes, i)) {
                int j = i + OPERATOR.length;
                while (j < to && (bytes[j] == ' ' || bytes[j] == '\t' || bytes[j] == '\r')) {
                    j++;
                }
                if (j == to || bytes[j] != ':') {
                    return true;
                }
                i = j;
            }
        }
        return false;
    }

    private static boolean isOperatorString(byte[] bytes, int at) {
        for (int k = 1; k < OPERATOR.length; k++) {
            if (bytes[at + k] != OPERATOR[k]) {
                return false;
            }
        }
        return true;
    }
}
