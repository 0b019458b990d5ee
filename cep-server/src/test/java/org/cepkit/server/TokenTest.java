package org.cepkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenTest {

    private static final String TOKEN = "s3cret-Token_value.42";
    private static Service service;

    @BeforeAll
    static void start() {
        service = new Service(CepServer.builder().token(TOKEN));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = service.request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return service.send(request.build());
    }

    @Test
    void everyV1RequestNeedsTheBearerToken() throws Exception {
        for (String path : List.of("/v1/version", "/v1/rules", "/v1/code-lists", "/v1/schema", "/v1/schema/pathway",
                "/v1/openapi.json", "/v1/nothing-here")) {
            for (String wrong : new String[] {null, "Bearer", "Bearer wrong", "Basic " + TOKEN, "Bearer " + TOKEN + "x",
                    "Bearer " + TOKEN.substring(1)}) {
                HttpResponse<String> response = get(path, wrong);
                assertThat(response.statusCode()).as(path + " " + wrong).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cepkit\"");
                assertThat(ValidateTest.rule(response)).isEqualTo("request.unauthorized");
                assertThat(response.body()).doesNotContain(TOKEN);
            }
            assertThat(get(path, "Bearer " + TOKEN).statusCode()).as(path).isIn(200, 404);
            assertThat(get(path, "bearer " + TOKEN).statusCode()).as(path).isIn(200, 404);
        }
    }

    @Test
    void validateNeedsTheTokenBeforeReadingTheBody() throws Exception {
        HttpResponse<String> refused = service.post("/v1/validate", "application/x-ndjson", "{}".getBytes());
        HttpResponse<String> accepted = service.send(service.request("/v1/validate")
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{}\n")).build());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(accepted.statusCode()).isEqualTo(200);
    }

    @Test
    void healthAndThePageNeedNoToken() throws Exception {
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/page.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsVisibleAsciiWithoutSpaces() {
        assertThatThrownBy(() -> CepServer.builder().token("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CepServer.builder().token("two words")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("two words");
        assertThatThrownBy(() -> CepServer.builder().token("jéton")).isInstanceOf(IllegalArgumentException.class);
    }
}
