package org.cepkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the running service: it is a valid OpenAPI 3.1 document for a real parser, and every
 * status it documents for every operation is one the service answers, with a documented content type.
 */
class OpenApiTest {

    private static final String TOKEN = "openapi-test-token";
    private static Service service;
    private static OpenAPI document;
    private static String text;

    @BeforeAll
    static void start() throws Exception {
        service = new Service(CepServer.builder().token(TOKEN).limits(ServerLimits.defaults().withMaxBodyBytes(50_000)
                .withMaxHeaderBytes(4096).withMaxConcurrent(1).withMaxRequestTime(Duration.ofSeconds(1))));
        text = service.send(authorized("/v1/openapi.json").GET().build()).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        assertThat(result.getMessages()).isEmpty();
        document = result.getOpenAPI();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpRequest.Builder authorized(String path) {
        return service.request(path).header("Authorization", "Bearer " + TOKEN);
    }

    @Test
    void theDocumentIsOpenApi31WithTheProjectsVersion() {
        assertThat(document.getOpenapi()).isEqualTo("3.1.0");
        assertThat(document.getSpecVersion()).isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
        assertThat(document.getInfo().getVersion()).isEqualTo(Documents.cepkitVersion());
        assertThat(text).doesNotContain("${");
    }

    @Test
    void theDocumentNamesEveryRouteOfTheService() {
        assertThat(new TreeSet<>(document.getPaths().keySet())).containsExactly("/", "/assets/{name}", "/health",
                "/v1/code-lists", "/v1/openapi.json", "/v1/rules", "/v1/schema", "/v1/schema/{type}", "/v1/validate",
                "/v1/version");
    }

    @Test
    void everyDocumentedStatusIsOneTheServiceAnswers() throws Exception {
        Map<String, Trigger> triggers = triggers();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                for (Map.Entry<String, ApiResponse> response : operation.getValue().getResponses().entrySet()) {
                    String key = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                    Trigger trigger = triggers.get(key);
                    assertThat(trigger).as("a request that makes " + key).isNotNull();
                    Answer answer = trigger.send();
                    assertThat(answer.status()).as(key).isEqualTo(Integer.parseInt(response.getKey()));
                    ApiResponse documented = resolve(response.getValue());
                    assertThat(documented.getContent().keySet()).as(key).anySatisfy(type ->
                            assertThat(answer.contentType()).startsWith(type));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(triggers.size());
    }

    private static ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return document.getComponents().getResponses().get(name);
    }

    /** A status and content type, from HttpClient or from a raw socket. */
    record Answer(int status, String contentType) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
        }

        static Answer of(String raw) {
            int status = Integer.parseInt(raw.substring(9, 12));
            String type = raw.lines().filter(line -> line.startsWith("Content-Type:")).findFirst()
                    .map(line -> line.substring(13).trim()).orElse("");
            return new Answer(status, type);
        }
    }

    @FunctionalInterface
    interface Trigger {
        Answer send() throws Exception;
    }

    private static Trigger get(String path, boolean token) {
        return () -> Answer.of(service.send((token ? authorized(path) : service.request(path)).GET().build()));
    }

    private static Trigger validate(String query, String type, String body) {
        return () -> Answer.of(service.send(authorized("/v1/validate" + query).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    private static Map<String, Trigger> triggers() {
        Map<String, Trigger> triggers = new LinkedHashMap<>();
        triggers.put("GET /health 200", get("/health", false));
        triggers.put("GET / 200", get("/", false));
        triggers.put("GET /assets/{name} 200", get("/assets/page.js", false));
        triggers.put("GET /assets/{name} 404", get("/assets/nothing.js", false));
        for (String path : new String[] {"/v1/rules", "/v1/code-lists", "/v1/schema", "/v1/version",
                "/v1/openapi.json"}) {
            triggers.put("GET " + path + " 200", get(path, true));
            triggers.put("GET " + path + " 401", get(path, false));
        }
        triggers.put("GET /v1/schema/{type} 200", get("/v1/schema/pathway", true));
        triggers.put("GET /v1/schema/{type} 401", get("/v1/schema/pathway", false));
        triggers.put("GET /v1/schema/{type} 404", get("/v1/schema/beneficiary", true));
        triggers.put("POST /v1/validate 200", validate("", "application/x-ndjson", "{}\n"));
        triggers.put("POST /v1/validate 400", validate("?today=tomorrow", "application/x-ndjson", "{}\n"));
        triggers.put("POST /v1/validate 401", () -> Answer.of(service.send(service.request("/v1/validate")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build())));
        triggers.put("POST /v1/validate 413", validate("", "application/x-ndjson", "{}\n".repeat(20_000)));
        triggers.put("POST /v1/validate 415", validate("", "text/csv", "a,b\n"));
        triggers.put("POST /v1/validate 431", () -> Answer.of(service.send(authorized("/v1/validate")
                .header("X-Pad", "p".repeat(5000)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build())));
        triggers.put("POST /v1/validate 408", () -> {
            try (Socket slow = slowValidation()) {
                Thread.sleep(1500);
                Service.write(slow, "1\r\n\n\r\n");
                return Answer.of(Service.readResponse(slow));
            }
        });
        triggers.put("POST /v1/validate 503", () -> {
            try (Socket slow = slowValidation()) {
                // slow holds the one validation allowed while the second is refused
                slow.setKeepAlive(true);
                long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (service.server().validationsInFlight() == 0 && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                return validate("", "application/x-ndjson", "{}\n").send();
            }
        });
        return triggers;
    }

    /** A validation whose body has begun and not ended. */
    private static Socket slowValidation() throws Exception {
        Socket socket = service.socket();
        Service.write(socket, "POST /v1/validate HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{}\n\r\n");
        return socket;
    }
}
