package org.cepkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cepkit.json.RecordResult;
import org.cepkit.rules.Issue;
import org.cepkit.rules.ValidationReport;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The report of SPEC §6: {@code {"summary": {...}, "issues": [...]}}. The summary comes first but is known
 * last, so the issues are spooled to a temporary file as they come: memory stays constant however many
 * issues a stream has.
 */
final class JsonReporter implements Reporter {

    /** No separator between root values: the issues are joined by this reporter. */
    private static final JsonFactory FACTORY = JsonFactory.builder().rootValueSeparator((String) null).build();

    private final PrintWriter out;
    private final Path spool;
    private final OutputStream spoolOut;
    private final JsonGenerator issues;
    private boolean first = true;

    JsonReporter(PrintWriter out) {
        this.out = out;
        try {
            this.spool = Files.createTempFile("cep-issues", ".json");
            spool.toFile().deleteOnExit();
            this.spoolOut = new BufferedOutputStream(Files.newOutputStream(spool));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the report", e);
        }
        this.issues = FACTORY.createGenerator(ObjectWriteContext.empty(), spoolOut, JsonEncoding.UTF8);
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

    static void write(Issue issue, JsonGenerator g) {
        g.writeStartObject();
        if (issue.file().isPresent()) {
            g.writeStringProperty("file", issue.file().get());
        }
        if (issue.line() > 0) {
            g.writeNumberProperty("line", issue.line());
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

    @Override
    public void finish(ValidationReport report) {
        try {
            issues.close();
            spoolOut.close();
            out.print("{\"summary\": {\"records\": " + report.records() + ", \"valid\": " + report.valid()
                    + ", \"invalid\": " + report.invalid() + ", \"errors\": " + report.errors() + ", \"warnings\": "
                    + report.warnings() + ", \"infos\": " + report.infos() + "},\n \"issues\": [");
            if (!first) {
                out.print("\n  ");
                try (InputStream in = Files.newInputStream(spool);
                        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    reader.transferTo(out);
                }
                out.print("\n ");
            }
            out.println("]}");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // the file is also marked delete-on-exit
            }
        }
    }
}
