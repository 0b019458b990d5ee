package org.cepkit.rules;

import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.RecordId;
import org.cepkit.rules.privacy.PrivacyIdentifier;

/**
 * One finding of a validation: the rule it breaks, its severity, where it is (a JSON Pointer into the
 * record, {@code /beneficiary/birthDate}) and a localized message, plus, where known, the record id and the
 * file and 1-based line where the record starts. An issue found in a table names the table's file, the
 * row as a spreadsheet numbers it (the header is row 1) and the column of the value. Messages never carry a
 * beneficiary's values, and an issue names its record only by an id it can trust
 * ({@link #isReportableRecordId(String)}): a report never echoes input text that could be personal data.
 */
public final class Issue {

    /**
     * The reference token a path holds in the place of a member name it may not repeat
     * ({@link #isReportableName}): {@code /~unknown}. {@code ~u} is no escape of RFC 6901, so the token cannot be
     * taken for the name of a field.
     */
    public static final String UNKNOWN_NAME = "~unknown";

    private final String rule;
    private final Severity severity;
    private final String path;
    private final String message;
    private final String record;
    private final String file;
    private final long line;
    private final String column;

    private Issue(String rule, Severity severity, String path, String message, String record, String file,
            long line, String column) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.record = record;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** An issue with no record, file or line yet. */
    public static Issue of(String rule, Severity severity, String path, String message) {
        return new Issue(rule, severity, path, message, null, null, 0, null);
    }

    /** The rule id, e.g. {@code mission-locale.age}. */
    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    /** A JSON Pointer into the record; {@code ""} for the record as a whole. */
    public String path() {
        return path;
    }

    public String message() {
        return message;
    }

    /** The id of the record the issue is about, when known and {@linkplain #isReportableRecordId reportable}. */
    public Optional<String> record() {
        return Optional.ofNullable(record);
    }

    /** The file the record was read from, when known. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The 1-based line where the record starts in its file, or 0 when unknown. */
    public long line() {
        return line;
    }

    /**
     * This issue about record {@code recordId}, which it names only when {@link #isReportableRecordId(String)}:
     * otherwise (an id outside the id pattern, shaped like a NIR, or null) the issue names no record.
     */
    public Issue withRecord(String recordId) {
        String reported = recordId != null && isReportableRecordId(recordId) ? recordId : null;
        return new Issue(rule, severity, path, message, reported, file, line, column);
    }

    /**
     * Whether a report may repeat {@code recordId}: it matches the id pattern ({@link RecordId#isValid}) and is not
     * shaped like a NIR ({@code privacy.identifier}). Any other text in an id field may be anything the input held,
     * a name and a birth date typed in, markup, a social security number, and is never echoed.
     */
    public static boolean isReportableRecordId(String recordId) {
        return RecordId.isValid(recordId) && !PrivacyIdentifier.isNirShaped(recordId);
    }

    /**
     * Whether a {@linkplain #path() path} may name a member {@code name} read from the input (an unknown field, a
     * duplicate key): at most 64 characters of {@code [A-Za-z0-9_]}, as every name of the wire format is, and not
     * shaped like a NIR. Readers put {@link #UNKNOWN_NAME} in the place of any other name.
     */
    public static boolean isReportableName(String name) {
        if (name.length() > 64) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !PrivacyIdentifier.isNirShaped(name);
    }

    /** This issue located in {@code fileName} at the record starting on {@code lineNumber} (1-based, 0 if unknown). */
    public Issue withLocation(String fileName, long lineNumber) {
        return new Issue(rule, severity, path, message, record, fileName, lineNumber, column);
    }

    /** The column that holds the value, when the record was read from tables: {@code beneficiary.birthDate}. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** This issue located in the table {@code fileName}, at {@code row} (0 if unknown) and {@code columnName} (or null). */
    public Issue withCell(String fileName, long row, String columnName) {
        return new Issue(rule, severity, path, message, record, fileName, row, columnName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Issue other && rule.equals(other.rule) && severity == other.severity
                && path.equals(other.path) && message.equals(other.message) && Objects.equals(record, other.record)
                && Objects.equals(file, other.file) && line == other.line && Objects.equals(column, other.column);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, path, message, record, file, line, column);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file).append(line > 0 ? ":" + line : "").append(column != null ? ":" + column : "").append(' ');
        }
        if (record != null) {
            s.append('[').append(record).append("] ");
        }
        return s.append(severity).append(' ').append(rule).append(' ').append(path.isEmpty() ? "/" : path)
                .append(": ").append(message).toString();
    }
}
