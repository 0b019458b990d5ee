package org.cepkit.json.internal.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.cepkit.json.internal.Futures;

/**
 * The first pass over an NDJSON input: finds the lines that may be operator records ({@link #mayBeOperator})
 * where they lie in the read buffer, eight bytes at a time, so that the other lines, nearly all of a file, are
 * neither copied nor decoded. A line longer than the record limit is skipped (the second pass reports it); a UTF-8 byte order mark
 * at the start and a line's trailing {@code \r} are dropped, as {@link LineReader} does.
 */
public final class OperatorLines {

    /** The bytes read at a time when the lines are judged on this thread. */
    private static final int BUFFER = 1 << 16;
    /**
     * The bytes read at a time when the lines are judged on an executor: a task a chunk. A million pathways (545 MB)
     * make about 2,100 tasks.
     */
    public static final int CHUNK = 1 << 18;
    private static final byte[] OPERATOR = "\"operator\"".getBytes(StandardCharsets.US_ASCII);
    private static final long BACKSLASHES = ByteScan.repeat('\\');
    private static final long PS = ByteScan.repeat('p');

    private final int maxBytes;
    private final Consumer<byte[]> candidates;
    /** The start of a line that the buffer cut, kept until its end is read. */
    private final LineBuffer carry;

    private OperatorLines(int maxBytes, Consumer<byte[]> candidates) {
        this.maxBytes = maxBytes;
        this.candidates = candidates;
        this.carry = new LineBuffer(maxBytes);
    }

    /** Hands a copy of each line of {@code in} that may be an operator record to {@code candidates}. */
    public static void scan(InputStream in, int maxBytes, Consumer<byte[]> candidates) throws IOException {
        new OperatorLines(maxBytes, candidates).scan(in, null, 0, BUFFER);
    }

    /**
     * As {@link #scan(InputStream, int, Consumer)}, the lines judged on {@code executor}, in chunks of
     * {@code chunkBytes} read by this thread, at most {@code maxInFlight} chunks at a time; {@code candidates} is
     * called on this thread, in the order of the input. Judged on this thread alone, the first pass kept one core
     * of two idle: on a million pathways, 0.5 s of a 7 s run ({@code perf}, BENCHMARKS.md).
     */
    public static void scan(InputStream in, int maxBytes, Executor executor, int maxInFlight, int chunkBytes,
            Consumer<byte[]> candidates) throws IOException {
        if (maxInFlight < 1 || chunkBytes < 1) {
            throw new IllegalArgumentException("maxInFlight and chunkBytes must be at least 1");
        }
        new OperatorLines(maxBytes, candidates).scan(in, executor, maxInFlight, chunkBytes);
    }

    /** The candidates of a chunk, judged perhaps elsewhere, and the buffer to use again once they are handed over. */
    private record Chunk(CompletableFuture<List<byte[]>> candidates, byte[] buffer) {
    }

    /**
     * Reads {@code in} a buffer at a time. The lines that end in a buffer are judged in place, on {@code executor}
     * when there is one; the start of a line that a buffer cuts is carried over and judged here once its end is read.
     */
    private void scan(InputStream in, Executor executor, int maxInFlight, int bufferBytes) throws IOException {
        Deque<Chunk> inFlight = new ArrayDeque<>();
        Deque<byte[]> free = new ArrayDeque<>();
        boolean start = true;
        int n;
        do {
            byte[] buffer = free.isEmpty() ? new byte[bufferBytes] : free.pop();
            n = in.readNBytes(buffer, 0, bufferBytes);
            int position = 0;
            if (start && n > 0) {
                start = false;
                if (ByteScan.startsWithBom(buffer, n)) {
                    position = 3;
                }
            }
            if (!carry.isEmpty()) {
                int newline = ByteScan.indexOfNewline(buffer, position, n);
                if (newline < 0) {
                    carry.append(buffer, position, n);
                    free.push(buffer);
                    continue;
                }
                carry.append(buffer, position, newline);
                endCarriedLine(inFlight);
                position = newline + 1;
            }
            int cut = lineStart(buffer, position, n);
            carry.append(buffer, cut, n);
            if (cut == position) {
                free.push(buffer);
            } else if (executor == null) {
                scanLines(buffer, position, cut);
                free.push(buffer);
            } else {
                int from = position;
                inFlight.add(new Chunk(CompletableFuture.supplyAsync(() -> judged(buffer, from, cut), executor),
                        buffer));
                while (inFlight.size() > maxInFlight) {
                    handOver(inFlight.poll(), free);
                }
            }
        } while (n == bufferBytes);
        if (!carry.isEmpty()) {
            endCarriedLine(inFlight);
        }
        while (!inFlight.isEmpty()) {
            handOver(inFlight.poll(), free);
        }
    }

    /** The candidates among the lines of {@code bytes[from, to)}, each ending there, as another scanner finds them. */
    private List<byte[]> judged(byte[] bytes, int from, int to) {
        List<byte[]> found = new ArrayList<>();
        new OperatorLines(maxBytes, found::add).scanLines(bytes, from, to);
        return found;
    }

    private void handOver(Chunk chunk, Deque<byte[]> free) {
        Futures.join(chunk.candidates()).forEach(candidates);
        if (chunk.buffer() != null) {
            free.push(chunk.buffer());
        }
    }

    /**
     * Judges the lines that end in {@code bytes[from, to)} (where {@code from} starts a line) eight bytes at a time,
     * stopping only at the bytes that matter: a backslash, and the {@code p} of a possible JSON string
     * {@code operator} (about one byte in a hundred in real records). Newlines are looked for only around a
     * candidate, and once at the end, for where the last, unfinished line starts: that is returned, and the line is
     * kept and judged whole when its end is read. Stopping at every newline too, as this pass first did, took the
     * million-pathway file (567 MB) in 410–437 ms warm instead of 269–309 ms (BENCHMARKS.md).
     */
    private int scanLines(byte[] bytes, int from, int to) {
        int i = from;
        words:
        while (i + Long.BYTES <= to) {
            long word = (long) ByteScan.LONGS.get(bytes, i);
            long found = ByteScan.flags(word, BACKSLASHES) | ByteScan.flags(word, PS);
            while (found != 0) {
                int at = i + (Long.numberOfTrailingZeros(found) >>> 3);
                found &= found - 1;
                if (isCandidate(bytes, from, at, to)) {
                    int end = candidateLine(bytes, from, at, to);
                    if (end < 0) {
                        return ~end;
                    }
                    i = end + 1;
                    continue words;
                }
            }
            i += Long.BYTES;
        }
        for (; i < to; i++) {
            if (isCandidate(bytes, from, i, to)) {
                int end = candidateLine(bytes, from, i, to);
                if (end < 0) {
                    return ~end;
                }
                i = end;
            }
        }
        return lineStart(bytes, from, to);
    }

    /**
     * Hands over the candidate line that holds {@code at} and returns the index of its newline; or, when the line
     * does not end before {@code to}, returns {@code ~start}, the complement of where it starts (negative).
     */
    private int candidateLine(byte[] bytes, int from, int at, int to) {
        int end = ByteScan.indexOfNewline(bytes, at, to);
        int start = lineStart(bytes, from, at);
        if (end < 0) {
            return ~start;
        }
        line(bytes, start, end);
        return end;
    }

    /** Whether the byte at {@code at} makes its line a candidate: a backslash, or the p of a value "operator". */
    private static boolean isCandidate(byte[] bytes, int from, int at, int to) {
        byte b = bytes[at];
        return b == '\\' || b == 'p' && isOperatorValue(bytes, from, at - 2, to);
    }

    /** Where the line holding the byte before {@code at} starts: after the last newline before it, or {@code from}. */
    private static int lineStart(byte[] bytes, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * Whether the bytes at {@code quote} are the JSON string {@code operator} followed by something else than a
     * colon (the end of the line included), within the line that starts at {@code lineStart}; false when the line
     * does not end before {@code to}, since it is then judged whole later.
     */
    private static boolean isOperatorValue(byte[] bytes, int lineStart, int quote, int to) {
        if (quote < lineStart || bytes[quote] != '"') {
            return false; // most p do not begin the letters of operator: told without a call
        }
        int next = afterOperatorString(bytes, quote, to);
        return next >= 0 && next < to && bytes[next] != ':';
    }

    /** Judges the carried line, once the chunks before it are handed over. */
    private void endCarriedLine(Deque<Chunk> inFlight) {
        carry.endLine();
        if (!carry.tooLong() && mayBeOperator(carry.bytes(), 0, carry.length())) {
            byte[] line = Arrays.copyOf(carry.bytes(), carry.length());
            if (inFlight.isEmpty()) {
                candidates.accept(line);
            } else {
                inFlight.add(new Chunk(CompletableFuture.completedFuture(List.of(line)), null));
            }
        }
        carry.clear();
    }

    /** A line of the buffer, its trailing {@code \r} dropped. */
    private void line(byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        if (end - from <= maxBytes) {
            judge(bytes, from, end);
        }
    }

    private void judge(byte[] bytes, int from, int to) {
        if (mayBeOperator(bytes, from, to)) {
            candidates.accept(Arrays.copyOfRange(bytes, from, to));
        }
    }

    /**
     * Whether the bytes {@code [from, to)} of a line may be an operator record, judged in one pass: they hold the
     * JSON string {@code operator} as a value (not followed by a colon, as the key {@code operator} of a pathway is),
     * or a backslash, which could escape those letters otherwise. A JSON string cannot hold an unescaped
     * quote, so a line without either cannot have {@code operator} as its type.
     */
    public static boolean mayBeOperator(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\\') {
                return true;
            }
            int next = b == '"' ? afterOperatorString(bytes, i, to) : -1;
            if (next >= 0) {
                if (next == to || bytes[next] != ':') {
                    return true;
                }
                i = next;
            }
        }
        return false;
    }

    /**
     * Where the bytes after the JSON string {@code operator} at {@code quote} and the spaces after it end (at most
     * {@code to}), or -1 when there is no such string within {@code to}.
     */
    private static int afterOperatorString(byte[] bytes, int quote, int to) {
        if (quote + OPERATOR.length > to) {
            return -1;
        }
        for (int k = 0; k < OPERATOR.length; k++) {
            if (bytes[quote + k] != OPERATOR[k]) {
                return -1;
            }
        }
        int next = quote + OPERATOR.length;
        while (next < to && (bytes[next] == ' ' || bytes[next] == '\t' || bytes[next] == '\r')) {
            next++;
        }
        return next;
    }
}
