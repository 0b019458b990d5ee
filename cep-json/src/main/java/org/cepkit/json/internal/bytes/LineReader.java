package org.cepkit.json.internal.bytes;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an NDJSON byte stream into lines without ever holding more than one line of at most
 * {@code maxBytes} (plus a read buffer): a longer line is skipped to its end and reported as too long. A UTF-8
 * byte order mark at the start is dropped; a line's trailing {@code \r} too. Bytes are not decoded here.
 */
public final class LineReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean eof;
    private boolean start = true;
    private final LineBuffer line;
    private long lineNumber;

    public LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.line = new LineBuffer(maxBytes);
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        line.clear();
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    if (any) {
                        lineNumber++;
                        line.endLine();
                        return true;
                    }
                    return false;
                }
            }
            any = true;
            int newline = ByteScan.indexOfNewline(buffer, position, limit);
            int end = newline < 0 ? limit : newline;
            line.append(buffer, position, end);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                lineNumber++;
                line.endLine();
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, BUFFER);
        if (n <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = n;
        if (start) {
            start = false;
            if (ByteScan.startsWithBom(buffer, n)) {
                position = 3;
            }
        }
        return true;
    }

    /** The current line's bytes, valid until the next call of {@link #next()}. */
    public byte[] bytes() {
        return line.bytes();
    }

    public int length() {
        return line.length();
    }

    /** Whether the current line was longer than the limit (its bytes are then not kept). */
    public boolean tooLong() {
        return line.tooLong();
    }

    /** The 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line holds only spaces and tabs. */
    public boolean isBlank() {
        byte[] bytes = line.bytes();
        for (int i = 0; i < line.length(); i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return !line.tooLong();
    }
}
