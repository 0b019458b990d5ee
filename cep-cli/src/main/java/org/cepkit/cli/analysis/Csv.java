package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: quoted when it holds the separator, a quote or a line
 * break, and, when it starts with {@code = + - @}, a tab or a carriage return, prefixed with a quote so that no
 * spreadsheet takes it for a formula (OWASP, "CSV Injection"). Numbers are written by the callers, never passed
 * here, so a negative number is never altered.
 */
final class Csv {

    private Csv() {
    }

    /** One row of fields, each made safe, ended by CRLF (RFC 4180). */
    static void row(List<String> fields, char separator, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(field(fields.get(i), separator));
        }
        out.write("\r\n");
    }

    static String field(String text, char separator) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
