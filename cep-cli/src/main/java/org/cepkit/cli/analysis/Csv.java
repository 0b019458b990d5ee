package org.cepkit.cli.analysis;

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: quoted when it holds the separator, a quote or a line
 * break, and, when it starts with {@code = + - @}, a tab or a carriage return, prefixed with a quote so that no
 * spreadsheet takes it for a formula (OWASP, "CSV Injection"). Numbers are written by the callers, never passed
 * here, so a negative number is never altered.
 */
final class Csv {

    private Csv() {
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
