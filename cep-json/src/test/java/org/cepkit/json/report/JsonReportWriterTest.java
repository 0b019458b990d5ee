package org.cepkit.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON report is the same to a stream (its held issues copied as bytes) and to a writer (decoded). */
class JsonReportWriterTest {

    private static final CepJson JSON = CepJson.builder()
            .validator(CepValidator.create(Profile.builder().locale(Locale.FRENCH).build())).build();

    /** {@code count} lines, each a record with a malformed field: one issue a line, a French message. */
    private static JsonInput records(int count) {
        String text = IntStream.range(0, count)
                .mapToObj(i -> "{\"type\":\"beneficiary\",\"id\":\"bn-" + i + "\",\"schemaVersion\":\"1.0\","
                        + "\"birthDate\":\"né le " + i + "\"}")
                .reduce(new StringBuilder(), (b, line) -> b.append(line).append('\n'), StringBuilder::append)
                .toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return JsonInput.of("bénéficiaires.ndjson", JsonInput.Format.NDJSON,
                () -> new ByteArrayInputStream(bytes), true);
    }

    private static String toStream(JsonInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportWriter report = JsonReportWriter.to(out)) {
            JSON.validate(List.of(input), false, report);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String toWriter(JsonInput input) {
        StringWriter out = new StringWriter();
        try (JsonReportWriter report = JsonReportWriter.to(out)) {
            JSON.validate(List.of(input), false, report);
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} records")
    @ValueSource(ints = {0, 3, 20_000})
    void aStreamAndAWriterGetTheSameReport(int count) {
        JsonInput input = records(count);
        String stream = toStream(input);
        assertThat(stream).isEqualTo(toWriter(input));
        assertThat(stream).startsWith("{\"summary\": {\"records\": " + count + ",").endsWith("]}\n");
    }

    @Test
    void issuesBeyondTheMemoryLimitAreHeldInAFileAndCopiedWhole() {
        String report = toStream(records(20_000));
        int issues = report.split("\"rule\":", -1).length - 1;
        assertThat(report.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(JsonReportWriter.MEMORY_LIMIT);
        assertThat(issues).isGreaterThanOrEqualTo(20_000);
        assertThat(report).contains("{\"file\":\"bénéficiaires.ndjson\",\"line\":20000,");
    }
}
