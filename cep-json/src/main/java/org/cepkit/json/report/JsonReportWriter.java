package org.cepkit.json.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.json.tables.TableInfo;
import org.cepkit.rules.Issue;
import org.cepkit.rules.ValidationReport;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON report of a validation, written as the records come:
 *
 * <pre>{@code
 * {"summary": {"records": 12, "valid": 10, "invalid": 2, "errors": 3, "warnings": 1, "infos": 0},
 *  "rulesNotApplied": ["reference.family-mismatch", "reference.unknown-operator"],
 *  "tables": [{"file": "export/pathways.csv", "table": "pathways", "rows": 12, "encoding": "windows-1252",
 *              "separator": ";"}],
 *  "issues": [
 *   {"file": "a.ndjson", "line": 3, "record": "pw-1", "rule": "mission-locale.age", "severity": "ERROR",
 *    "path": "/beneficiary/birthDate", "message": "…"}
 *  ]}
 * }</pre>
 *
 * {@code tables} is there only when some input is tables: each table read, in the order read, with the
 * encoding and separator found in a CSV file. The issues come in the order of the records, and the issues of a record in the validator's issue order;
 * {@code rulesNotApplied} is sorted. The same input gives the same bytes. The summary comes first but is known
 * last: the issues are held until {@link #finish}, in memory up to 1 MiB and beyond that in a temporary file (the
 * issues only, never the input), which {@link #close()} deletes. Memory stays constant however many issues a
 * stream has.
 *
 * <pre>{@code
 * try (JsonReportWriter report = JsonReportWriter.to(System.out)) {
 *     json.validate(inputs, false, report);
 * }
 * }</pre>
 */
public final class JsonReportWriter implements ReportSink, AutoCloseable {

    /** The issues held in memory before they go to a temporary file. */
    static final int MEMORY_LIMIT = 1 << 20;

    /** No separator between root values: this writer joins the issues. */
    private static final JsonFactory FACTORY = JsonFactory.builder().rootValueSeparator((String) null).build();

    private final Writer out;
    /** The bytes under {@link #out} when the report was given a stream: the held issues are copied there as is. */
    private final OutputStream bytes;
    private final Spool spool = new Spool();
    private final JsonGenerator issues;
    private boolean first = true;
    private boolean finished;
    private final List<TableInfo> tables = new ArrayList<>();

    private JsonReportWriter(Writer out, OutputStream bytes) {
        this.out = out;
        this.bytes = bytes;
        this.issues = FACTORY.createGenerator(ObjectWriteContext.empty(), spool, JsonEncoding.UTF8);
    }

    /** A report written to {@code out} in UTF-8; {@code out} is flushed at the end, not closed. */
    public static JsonReportWriter to(OutputStream out) {
        return new JsonReportWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8),
                out);
    }

    /** A report written to {@code out}; {@code out} is flushed at the end, not closed. */
    public static JsonReportWriter to(Writer out) {
        return new JsonReportWriter(Objects.requireNonNull(out, "out"), null);
    }

    @Override
    public void record(RecordResult result) {
        for (Issue issue : result.issues()) {
            if (!first) {
                issues.writeRaw(",\n  ");
            }
            first = false;
            write(issue, issues);
        }
    }

    @Override
    public void table(TableInfo table) {
        tables.add(table);
    }

    /**
     * One issue as a JSON object: {@code file}, {@code line} (for a table, the row), {@code column} (for a table),
     * {@code record} where known, then the rest.
     */
    public static void write(Issue issue, JsonGenerator g) {
        g.writeStartObject();
        if (issue.file().isPresent()) {
            g.writeStringProperty("file", issue.file().get());
        }
        if (issue.line() > 0) {
            g.writeNumberProperty("line", issue.line());
        }
        if (issue.column().isPresent()) {
            g.writeStringProperty("column", issue.column().get());
        }
        if (issue.record().isPresent()) {
            g.writeStringProperty("record", issue.record().get());
        }
        g.writeStringProperty("rule", issue.rule());
        g.writeStringProperty("severity", issue.severity().name());
        g.writeStringProperty("path", issue.path());
        g.writeStringProperty("message", issue.message());
        g.writeEndObject();
    }

    /** Writes the whole report: the summary, the rules not applied, then the issues held. */
    @Override
    public void finish(ValidationReport summary) {
        if (finished) {
            throw new IllegalStateException("The report is already written");
        }
        finished = true;
        try {
            issues.close();
            out.write("{\"summary\": {\"records\": " + summary.records() + ", \"valid\": " + summary.valid()
                    + ", \"invalid\": " + summary.invalid() + ", \"errors\": " + summary.errors() + ", \"warnings\": "
                    + summary.warnings() + ", \"infos\": " + summary.infos() + "},\n \"rulesNotApplied\": [");
            int n = 0;
            for (String rule : summary.rulesNotApplied()) {
                out.write((n++ == 0 ? "\"" : ", \"") + rule + "\"");
            }
            out.write("],\n");
            if (!tables.isEmpty()) {
                writeTables(out);
            }
            out.write(" \"issues\": [");
            if (!first) {
                out.write("\n  ");
                copyIssues();
                out.write("\n ");
            }
            out.write("]}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report", e);
        } finally {
            spool.delete();
        }
    }

    /**
     * The held issues, already UTF-8: to a stream as bytes, to a writer decoded (on a million pathways the 28 MB of
     * issues took 0.25 s to decode and encode again at the end of the run, measured with JFR; copied as bytes, a
     * few milliseconds).
     */
    private void copyIssues() throws IOException {
        if (bytes != null) {
            out.flush();
            try (InputStream held = spool.read()) {
                held.transferTo(bytes);
            }
            return;
        }
        try (Reader reader = new InputStreamReader(spool.read(), StandardCharsets.UTF_8)) {
            reader.transferTo(out);
        }
    }

    private void writeTables(Writer target) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
            for (int i = 0; i < tables.size(); i++) {
                TableInfo table = tables.get(i);
                if (i > 0) {
                    g.writeRaw(",\n  ");
                }
                g.writeStartObject();
                g.writeStringProperty("file", table.file());
                g.writeStringProperty("table", table.table());
                g.writeNumberProperty("rows", table.rows());
                if (table.encoding().isPresent()) {
                    g.writeStringProperty("encoding", table.encoding().get());
                }
                if (table.separator().isPresent()) {
                    g.writeStringProperty("separator", table.separator().get());
                }
                if (table.sorted()) {
                    g.writeBooleanProperty("sorted", true);
                }
                g.writeEndObject();
            }
        }
        target.write(" \"tables\": [\n  " + text + "\n ],\n");
    }

    /** Deletes the temporary file of the issues, if there is one; the report is not written unless finished. */
    @Override
    public void close() {
        issues.close();
        spool.delete();
    }

    /** The issues' bytes: in memory up to {@link #MEMORY_LIMIT}, then in a temporary file. */
    private static final class Spool extends OutputStream {
        private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
        private Path file;
        private OutputStream fileOut;

        @Override
        public void write(int b) throws IOException {
            target(1).write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target(length).write(bytes, offset, length);
        }

        private OutputStream target(int more) throws IOException {
            if (fileOut != null) {
                return fileOut;
            }
            if (memory.size() + more <= MEMORY_LIMIT) {
                return memory;
            }
            file = Files.createTempFile("cepkit-report-", ".json");
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory = null;
            return fileOut;
        }

        @Override
        public void flush() throws IOException {
            if (fileOut != null) {
                fileOut.flush();
            }
        }

        InputStream read() throws IOException {
            if (fileOut == null) {
                return new ByteArrayInputStream(memory.toByteArray());
            }
            fileOut.close();
            return Files.newInputStream(file);
        }

        void delete() {
            try {
                if (fileOut != null) {
                    fileOut.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the temporary file of the report", e);
            } finally {
                file = null;
                fileOut = null;
            }
        }
    }
}
