package org.cepkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.rules.Profile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ValidateTest {

    static final Path DEMO = Path.of("..", "examples", "demo.ndjson");
    static final String TODAY = "2026-01-01";

    private static Service service;
    private static byte[] demo;

    @BeforeAll
    static void start() throws IOException {
        service = Service.start();
        demo = Files.readAllBytes(DEMO);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Profile frenchOn(String date) {
        return Profile.builder().locale(Locale.FRENCH).referenceDate(java.time.LocalDate.parse(date)).build();
    }

    @Test
    void ndjsonBodyGetsTheLibrarysReportByteForByte() throws Exception {
        HttpResponse<String> response = service.post("/v1/validate?today=" + TODAY, "application/x-ndjson", demo);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).isEqualTo(Service.libraryReport(demo, JsonInput.Format.NDJSON, frenchOn(TODAY),
                ReadMode.STRICT));
        JsonNode summary = Service.json(response).get("summary");
        assertThat(summary.get("records").asInt()).isEqualTo(31);
        assertThat(summary.get("invalid").asInt()).isEqualTo(9);
    }

    @Test
    void theBodyIsNamedDashInEveryIssue() throws Exception {
        JsonNode issues = Service.json(service.post("/v1/validate", "application/x-ndjson", demo)).get("issues");

        assertThat(issues.size()).isPositive();
        issues.forEach(issue -> assertThat(issue.get("file").asString()).isEqualTo("-"));
    }

    @Test
    void jsonArrayAndSingleRecordBodiesAreRead() throws Exception {
        List<String> lines = Files.readAllLines(DEMO);
        byte[] array = ("[\n" + String.join(",\n", lines) + "\n]").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = service.post("/v1/validate?today=" + TODAY, "application/json", array);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Service.libraryReport(array, JsonInput.Format.JSON, frenchOn(TODAY),
                ReadMode.STRICT));
        assertThat(Service.json(response).get("summary").get("records").asInt()).isEqualTo(31);

        byte[] one = lines.get(0).getBytes(StandardCharsets.UTF_8);
        JsonNode single = Service.json(service.post("/v1/validate", "application/json; charset=utf-8", one));
        assertThat(single.get("summary").get("records").asInt()).isEqualTo(1);
    }

    @Test
    void malformedRecordsAreIssuesOfA200Report() throws Exception {
        byte[] body = "{\"type\": \"pathway\", \nnot json\n{\"type\": \"nonsense\", \"id\": \"x-1\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = service.post("/v1/validate", "application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Service.json(response);
        assertThat(report.get("summary").get("records").asInt()).isEqualTo(3);
        assertThat(report.get("issues").get(0).get("rule").asString()).isEqualTo("format.syntax");
        assertThat(response.body()).doesNotContain("not json");
    }

    @Test
    void gzipBodyGetsTheSameReport() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(demo);
        }
        HttpResponse<String> plain = service.post("/v1/validate?today=" + TODAY, "application/x-ndjson", demo);
        HttpResponse<String> gzipped = service.send(service.request("/v1/validate?today=" + TODAY)
                .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(compressed.toByteArray())).build());

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.body()).isEqualTo(plain.body());
    }

    @Test
    void aBrokenGzipBodyIs400AndOtherCodingsAre415() throws Exception {
        HttpResponse<String> broken = service.send(service.request("/v1/validate")
                .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(demo)).build());
        HttpResponse<String> brotli = service.send(service.request("/v1/validate")
                .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "br")
                .POST(HttpRequest.BodyPublishers.ofByteArray(demo)).build());

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(rule(broken)).isEqualTo("request.unreadable");
        assertThat(brotli.statusCode()).isEqualTo(415);
        assertThat(rule(brotli)).isEqualTo("request.media-type");
    }

    @Test
    void otherMediaTypesAndCharsetsAre415() throws Exception {
        for (String type : List.of("text/plain", "application/octet-stream", "application/json; charset=iso-8859-1")) {
            HttpResponse<String> response = service.post("/v1/validate", type, demo);
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        }
        HttpResponse<String> none = service.send(service.request("/v1/validate")
                .POST(HttpRequest.BodyPublishers.ofByteArray(demo)).build());
        assertThat(none.statusCode()).isEqualTo(415);
    }

    @Test
    void modeLenientMakesAnUnknownFieldAnInfo() throws Exception {
        String line = Files.readAllLines(DEMO).get(0);
        byte[] body = (line.substring(0, line.length() - 1) + ", \"nickname\": \"x\"}\n").getBytes(StandardCharsets.UTF_8);

        assertThat(severityOf(service.post("/v1/validate", "application/x-ndjson", body), "format.unknown-field"))
                .isEqualTo("ERROR");
        assertThat(severityOf(service.post("/v1/validate?mode=strict", "application/x-ndjson", body),
                "format.unknown-field")).isEqualTo("ERROR");
        assertThat(severityOf(service.post("/v1/validate?mode=lenient", "application/x-ndjson", body),
                "format.unknown-field")).isEqualTo("INFO");
    }

    @Test
    void languageFollowsLangThenAcceptLanguageThenFrench() throws Exception {
        String french = "Une Mission locale accompagne";
        String english = "A Mission locale serves young people";

        assertThat(service.post("/v1/validate", "application/x-ndjson", demo).body()).contains(french);
        assertThat(service.post("/v1/validate?lang=en", "application/x-ndjson", demo).body()).contains(english);
        assertThat(withLanguage("en-GB,en;q=0.9").body()).contains(english);
        assertThat(withLanguage("de-DE, en;q=0.5, fr;q=0.8").body()).contains(french);
        assertThat(withLanguage("de-DE").body()).contains(french);
        assertThat(withLanguage("not a language range ;;;").body()).contains(french);
        assertThat(service.send(service.request("/v1/validate?lang=fr").header("Accept-Language", "en")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(demo)).build()).body()).contains(french);
    }

    private HttpResponse<String> withLanguage(String acceptLanguage) throws Exception {
        return service.send(service.request("/v1/validate").header("Accept-Language", acceptLanguage)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(demo))
                .build());
    }

    @Test
    void todayMovesTheReferenceDate() throws Exception {
        JsonNode early = Service.json(service.post("/v1/validate?today=2020-01-01", "application/x-ndjson", demo));
        JsonNode late = Service.json(service.post("/v1/validate?today=" + TODAY, "application/x-ndjson", demo));

        assertThat(rules(early)).contains("pathway.future-date");
        assertThat(rules(late)).doesNotContain("pathway.future-date");
    }

    @Test
    void malformedParametersAre400InTheAcceptedLanguage() throws Exception {
        for (String query : List.of("mode=loose", "lang=de", "today=2026-13-01", "today=yesterday")) {
            HttpResponse<String> response = service.post("/v1/validate?" + query, "application/x-ndjson", demo);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(rule(response)).isEqualTo("request.parameter");
            assertThat(response.body()).as(query).doesNotContain("loose", "2026-13-01", "yesterday", "\"de\"");
        }
        HttpResponse<String> english = service.send(service.request("/v1/validate?lang=de")
                .header("Accept-Language", "en").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(demo)).build());
        assertThat(message(english)).startsWith("The lang parameter");
    }

    @Test
    void errorReportsHaveTheReportsShape() throws Exception {
        JsonNode report = Service.json(service.post("/v1/validate?mode=x", "application/x-ndjson", demo));

        assertThat(fieldNames(report)).containsExactly("summary", "rulesNotApplied", "issues");
        assertThat(report.get("summary").get("records").asInt()).isZero();
        assertThat(report.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(fieldNames(report.get("issues").get(0))).containsExactly("rule", "severity", "path", "message");
    }

    static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    static String rule(HttpResponse<String> response) {
        return Service.json(response).get("issues").get(0).get("rule").asString();
    }

    static String message(HttpResponse<String> response) {
        return Service.json(response).get("issues").get(0).get("message").asString();
    }

    private static List<String> rules(JsonNode report) {
        return report.get("issues").valueStream().map(issue -> issue.get("rule").asString()).toList();
    }

    private static String severityOf(HttpResponse<String> response, String rule) {
        return Service.json(response).get("issues").valueStream().filter(issue -> issue.get("rule").asString()
                .equals(rule)).findFirst().orElseThrow().get("severity").asString();
    }
}
