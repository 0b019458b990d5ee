package org.cepkit.json.internal.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding and separator of a CSV file, found in its bytes: UTF-8 with a byte order mark, UTF-8 when every
 * byte sequence is one (plain ASCII included), else Windows-1252, the encoding of spreadsheets saved as "CSV" on a
 * French Windows; and the one of {@code ,} {@code ;} and tab that the header uses most outside quotes ({@code ,}
 * when none).
 *
 * @param charset the encoding
 * @param bom whether the file starts with the UTF-8 byte order mark
 * @param separator the separator of the cells
 */
record CsvDialect(Charset charset, boolean bom, char separator) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final char[] SEPARATORS = {',', ';', '\t'};

    /** The name the report gives the encoding. */
    String encodingName() {
        return bom ? "UTF-8 (BOM)" : charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "windows-1252";
    }

    static CsvDialect of(Path file) throws IOException {
        boolean bom;
        boolean utf8;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
            Utf8Check check = new Utf8Check();
            if (!bom) {
                check.feed(head, head.length);
            }
            byte[] buffer = new byte[1 << 16];
            int n;
            while (check.valid() && (n = in.read(buffer)) > 0) {
                check.feed(buffer, n);
            }
            utf8 = check.valid() && check.complete();
        }
        Charset charset = bom || utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new CsvDialect(charset, bom, separator(file, charset, bom));
    }

    /** The separator the first line uses most, outside quotes. */
    private static char separator(Path file, Charset charset, boolean bom) throws IOException {
        int[] counts = new int[SEPARATORS.length];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (bom) {
                in.skipNBytes(3);
            }
            byte[] head = in.readNBytes(1 << 16);
            String text = new String(head, charset);
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    for (int s = 0; s < SEPARATORS.length; s++) {
                        if (c == SEPARATORS[s]) {
                            counts[s]++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    /** Whether bytes are UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), fed in parts. */
    static final class Utf8Check {
        private int pending;
        private int lower = 0x80;
        private int upper = 0xBF;
        private boolean valid = true;

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length && valid; i++) {
                int b = bytes[i] & 0xff;
                if (pending > 0) {
                    if (b < lower || b > upper) {
                        valid = false;
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    pending--;
                } else if (b >= 0x80) {
                    start(b);
                }
            }
        }

        private void start(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                lower = b == 0xE0 ? 0xA0 : 0x80;
                upper = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                lower = b == 0xF0 ? 0x90 : 0x80;
                upper = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                valid = false;
            }
        }

        boolean valid() {
            return valid;
        }

        boolean complete() {
            return pending == 0;
        }
    }
}
