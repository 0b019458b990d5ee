package org.cepkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.RecordType;
import org.cepkit.rules.territory.Referential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RoutesTest {

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void healthIs200WhenReady() throws Exception {
        HttpResponse<String> response = service.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(Service.json(response).get("status").asString()).isEqualTo("ready");
    }

    @Test
    void versionNamesCepkitTheWireFormatAndTheCogEdition() throws Exception {
        JsonNode version = Service.json(service.get("/v1/version"));

        assertThat(version.get("cepkit").asString()).isEqualTo(Documents.cepkitVersion()).isNotEqualTo("unknown");
        assertThat(version.get("wireFormat").asString()).isEqualTo("v1");
        assertThat(version.get("referential").asString()).isEqualTo(Referential.embedded().edition())
                .isEqualTo("COG 2026");
        assertThat(version.get("referentialSource").asString()).isEqualTo(Referential.embedded().source());
    }

    @Test
    void catalogueCodeListsAndSchemasAreTheFilesAsPublished() throws Exception {
        assertPublished("/v1/rules", CepSchemas.rules());
        assertPublished("/v1/code-lists", CepSchemas.codeLists());
        assertPublished("/v1/schema", CepSchemas.bundledSchema());
        for (RecordType type : RecordType.values()) {
            assertPublished("/v1/schema/" + type.wireName(), CepSchemas.schema(type));
        }
    }

    private static void assertPublished(String path, String expected) throws Exception {
        HttpResponse<String> response = service.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
        assertThat(response.body()).as(path).isEqualTo(expected);
    }

    @Test
    void anUnknownTypeIs404WithAJsonErrorThatDoesNotRepeatIt() throws Exception {
        HttpResponse<String> response = service.get("/v1/schema/%3Cscript%3Ebeneficiary-123");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(ValidateTest.rule(response)).isEqualTo("request.not-found");
        assertThat(ValidateTest.message(response)).contains("operator, pathway");
        assertThat(response.body()).doesNotContain("script", "beneficiary-123");
    }

    @Test
    void unknownPathsAre404AndOtherMethods405WithoutRepeatingThePath() throws Exception {
        HttpResponse<String> unknown = service.get("/v1/beneficiary-123?id=456");
        HttpResponse<String> delete = service.send(service.request("/v1/validate").DELETE().build());
        HttpResponse<String> put = service.send(service.request("/v1/rules")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("beneficiary-123", "456");
        assertThat(ValidateTest.rule(unknown)).isEqualTo("request.not-found");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(ValidateTest.rule(delete)).isEqualTo("request.method");
        assertThat(put.statusCode()).isEqualTo(405);
    }

    @Test
    void thePageAndItsAssetsAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = service.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"fr\"", "/assets/page.js", "/assets/chart.umd.js")
                .doesNotContain("http://", "https://", "<style", " style=", "onclick");

        for (String asset : List.of("page.js", "report.js", "messages.js", "chart.umd.js")) {
            HttpResponse<String> response = service.get("/assets/" + asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(asset).hasValue("text/javascript;charset=utf-8");
        }
        assertThat(service.get("/assets/page.css").headers().firstValue("Content-Type"))
                .hasValue("text/css;charset=utf-8");
        assertThat(service.get("/assets/chart.umd.js").body()).startsWith("/*!\n * Chart.js v4.4.1");
    }

    @Test
    void noOtherResourceCanBeReached() throws Exception {
        for (String path : List.of("/assets/version.properties", "/assets/..%2Fversion.properties",
                "/assets/%2e%2e/openapi.json", "/org/cepkit/server/page/index.html",
                "/webjars/chart.js/4.4.1/dist/chart.umd.js", "/META-INF/MANIFEST.MF")) {
            HttpResponse<String> response = service.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/health", "/v1/version", "/v1/rules", "/v1/schema/nope", "/nope",
                "/assets/page.js", "/v1/validate?mode=x")) {
            HttpResponse<String> response = path.startsWith("/v1/validate")
                    ? service.post(path, "application/x-ndjson", new byte[0]) : service.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(CepServer.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
        }
        assertThat(CepServer.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "style-src 'self'",
                "default-src 'none'").doesNotContain("unsafe", "http", "*");
    }

    @Test
    void aRequestJettyRefusesGetsAJsonErrorThatDoesNotRepeatIt() throws Exception {
        try (Socket socket = service.socket()) {
            Service.write(socket, "GET /beneficiary-123 HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n");
            String response = Service.readResponse(socket);
            assertThat(response).startsWith("HTTP/1.1 400").contains("application/json", "request.malformed")
                    .doesNotContain("beneficiary-123");
        }
    }

    @Test
    void theServiceLogsNoPathQueryOrBody() {
        String described = CepServer.describe(new IllegalStateException("pw-secret-123",
                new RuntimeException("1850775123456 78")));

        assertThat(described).contains("IllegalStateException", "RuntimeException")
                .doesNotContain("pw-secret-123", "1850775123456");
        assertThat(new String(ErrorReport.of(Problem.INTERNAL, true), StandardCharsets.UTF_8))
                .contains("Internal error");
    }
}
