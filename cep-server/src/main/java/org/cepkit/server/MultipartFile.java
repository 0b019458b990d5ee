package org.cepkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code file} part of a {@code multipart/form-data} body (RFC 7578), read as a stream: the parts before it are
 * skipped, its content is handed to the validation as it arrives, and nothing is buffered beyond a window the size
 * of the read buffer, in memory and never on disk (the servlet container's own multipart parsing, which keeps whole
 * parts in memory or in files, is not used).
 */
final class MultipartFile {

    /** A malformed form: no boundary, no {@code file} part, or a body that ends inside the form. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String what) {
            super(what, null);
        }
    }

    /** The headers of a part that bound their size: a form's part headers are a few lines. */
    private static final int MAX_HEADERS = 16 * 1024;
    private static final int BUFFER = 64 * 1024;

    /** The part found: the file name and the content type the client gave (to tell the format), and its bytes. */
    record Part(Optional<String> fileName, Optional<String> contentType, InputStream content) {
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean end;

    private MultipartFile(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        this.buffer = new byte[Math.max(BUFFER, delimiter.length * 2)];
        // the first delimiter may open the body without a line break before it
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /**
     * The boundary of a {@code multipart/form-data} content type, or empty when it has none that RFC 2046 allows
     * (1 to 70 characters).
     */
    static Optional<String> boundary(String contentType) {
        return parameter(contentType, "boundary").filter(b -> !b.isEmpty() && b.length() <= 70);
    }

    /** Reads {@code in} up to the start of the content of the part named {@code field}. */
    static Part find(InputStream in, String boundary, String field) throws IOException {
        MultipartFile form = new MultipartFile(in, boundary);
        form.skipPart();
        while (true) {
            if (!form.nextPart()) {
                throw new Malformed("no part named " + field);
            }
            String disposition = null;
            String type = null;
            for (String header : form.headers().split("\r\n")) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                if (name.equals("content-disposition")) {
                    disposition = value;
                } else if (name.equals("content-type")) {
                    type = value;
                }
            }
            if (disposition != null && parameter(disposition, "name").filter(field::equals).isPresent()) {
                return new Part(parameter(disposition, "filename"), Optional.ofNullable(type), form.content());
            }
            form.skipPart();
        }
    }

    /**
     * A parameter of a header value ({@code form-data; name="file"; filename="a.json"}), unquoted; empty when
     * absent. The first segment (the value itself) is never a parameter.
     */
    static Optional<String> parameter(String header, String name) {
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int start = i + 1;
            int equals = header.indexOf('=', start);
            if (equals < 0) {
                return Optional.empty();
            }
            String key = header.substring(start, equals).trim();
            int valueStart = equals + 1;
            while (valueStart < header.length() && header.charAt(valueStart) == ' ') {
                valueStart++;
            }
            String value;
            int next;
            if (valueStart < header.length() && header.charAt(valueStart) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = valueStart + 1;
                while (j < header.length() && header.charAt(j) != '"') {
                    if (header.charAt(j) == '\\' && j + 1 < header.length()) {
                        j++;
                    }
                    quoted.append(header.charAt(j++));
                }
                value = quoted.toString();
                next = header.indexOf(';', j);
            } else {
                next = header.indexOf(';', valueStart);
                value = header.substring(valueStart, next < 0 ? header.length() : next).trim();
            }
            if (key.equalsIgnoreCase(name)) {
                return Optional.of(value);
            }
            i = next;
        }
        return Optional.empty();
    }

    /** Skips to the end of the current part's delimiter. */
    private void skipPart() throws IOException {
        byte[] discard = new byte[8192];
        end = false;
        while (readContent(discard, 0, discard.length) >= 0) {
            // skipped
        }
    }

    /**
     * After a delimiter: whether another part follows ({@code CRLF}) or the form is closed ({@code --}); transport
     * padding (spaces and tabs) before the line break is allowed.
     */
    private boolean nextPart() throws IOException {
        if (!fill(2)) {
            throw new Malformed("truncated form");
        }
        if (buffer[position] == '-' && buffer[position + 1] == '-') {
            return false;
        }
        while (true) {
            if (!fill(2)) {
                throw new Malformed("truncated form");
            }
            byte b = buffer[position];
            if (b == '\r' && buffer[position + 1] == '\n') {
                position += 2;
                return true;
            }
            if (b != ' ' && b != '\t') {
                throw new Malformed("bad delimiter line");
            }
            position++;
        }
    }

    /** The header lines of a part, up to the empty line that ends them. */
    private String headers() throws IOException {
        StringBuilder headers = new StringBuilder();
        while (true) {
            if (!fill(4)) {
                throw new Malformed("truncated part headers");
            }
            if (buffer[position] == '\r' && buffer[position + 1] == '\n' && headers.length() == 0) {
                position += 2;
                return "";
            }
            if (buffer[position] == '\r' && buffer[position + 1] == '\n' && buffer[position + 2] == '\r'
                    && buffer[position + 3] == '\n') {
                position += 4;
                return headers.toString();
            }
            // header values are ASCII or UTF-8 (RFC 7578 §5.1); only the file name may be outside ASCII
            headers.append((char) (buffer[position++] & 0xff));
            if (headers.length() > MAX_HEADERS) {
                throw new Malformed("part headers too long");
            }
        }
    }

    /** The content of the current part, up to its closing delimiter. */
    private InputStream content() {
        end = false;
        return new BlockInputStream() {
            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return readContent(bytes, offset, length);
            }
        };
    }

    /** Bytes of the current part before its delimiter; -1 once the delimiter is reached (and consumed). */
    private int readContent(byte[] bytes, int offset, int length) throws IOException {
        if (end) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        boolean more = fill(delimiter.length);
        int found = indexOfDelimiter();
        if (found == position) {
            position += delimiter.length;
            end = true;
            return -1;
        }
        int safe;
        if (found > 0) {
            safe = found - position;
        } else if (!more) {
            throw new Malformed("truncated form");
        } else {
            // the last bytes may be the start of a delimiter that the next read completes
            safe = limit - position - (delimiter.length - 1);
        }
        int n = Math.min(length, safe);
        System.arraycopy(buffer, position, bytes, offset, n);
        position += n;
        return n;
    }

    /** Where the delimiter starts in the buffer, or -1. */
    private int indexOfDelimiter() {
        int last = limit - delimiter.length;
        outer:
        for (int i = position; i <= last; i++) {
            if (buffer[i] != '\r') {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Makes at least {@code n} bytes available from {@code position}; false when the body ends before. */
    private boolean fill(int n) throws IOException {
        if (limit - position >= n) {
            return true;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }
}
