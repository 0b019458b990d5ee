package org.cepkit.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An error answered in the shape of the validation report, so that a client reads one shape whatever happens: no
 * record counted, one ERROR, and one issue whose {@code rule} is the problem's id ({@code request.too-large}…)
 * and whose message names the problem without quoting the request.
 *
 * <pre>{@code
 * {"summary": {"records": 0, "valid": 0, "invalid": 0, "errors": 1, "warnings": 0, "infos": 0},
 *  "rulesNotApplied": [],
 *  "issues": [
 *   {"rule": "request.too-large", "severity": "ERROR", "path": "", "message": "…"}
 *  ]}
 * }</pre>
 */
final class ErrorReport {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ErrorReport() {
    }

    static byte[] of(Problem problem, boolean english) {
        ByteArrayOutputStream issue = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), issue, JsonEncoding.UTF8)) {
            JsonReportWriter.write(Issue.of(problem.id(), Severity.ERROR, "", problem.message(english)), g);
        }
        String text = "{\"summary\": {\"records\": 0, \"valid\": 0, \"invalid\": 0, \"errors\": 1, \"warnings\": 0,"
                + " \"infos\": 0},\n \"rulesNotApplied\": [],\n \"issues\": [\n  "
                + issue.toString(StandardCharsets.UTF_8) + "\n ]}\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
