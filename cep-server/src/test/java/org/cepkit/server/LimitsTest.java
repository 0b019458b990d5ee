package org.cepkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static final byte[] LINE = (firstDemoLine() + "\n").getBytes(StandardCharsets.UTF_8);

    private static String firstDemoLine() {
        try {
            return Files.readAllLines(ValidateTest.DEMO).get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The start of a chunked NDJSON request, which a test then sends slowly, cuts, or finishes. */
    private static String chunkedHead(String path) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
    }

    private static String chunk(byte[] bytes) {
        return Integer.toHexString(bytes.length) + "\r\n" + new String(bytes, StandardCharsets.UTF_8) + "\r\n";
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsKnownOrNot() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxBodyBytes(10_000))) {
            byte[] over = repeat(LINE, 10_001 / LINE.length + 1);
            byte[] under = repeat(LINE, 9_000 / LINE.length);

            HttpResponse<String> known = service.post("/v1/validate", "application/x-ndjson", over);
            assertThat(known.statusCode()).isEqualTo(413);
            assertThat(ValidateTest.rule(known)).isEqualTo("request.too-large");
            assertThat(service.post("/v1/validate", "application/x-ndjson", under).statusCode()).isEqualTo(200);

            try (Socket socket = service.socket()) {
                StringBuilder request = new StringBuilder(chunkedHead("/v1/validate"));
                for (int i = 0; i < 20_000 / LINE.length; i++) {
                    request.append(chunk(LINE));
                }
                Service.write(socket, request.toString());
                String response = Service.readResponse(socket);
                assertThat(response).startsWith("HTTP/1.1 413").contains("request.too-large", "Connection: close");
            }
            assertThat(service.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLimitCountsTheDecodedBytesOfAGzipBody() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxBodyBytes(100_000))) {
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
                gzip.write(new byte[50_000_000]);
            }
            assertThat(bomb.size()).isLessThan(100_000);
            HttpResponse<String> response = service.send(service.request("/v1/validate")
                    .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bomb.toByteArray())).build());

            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxHeaderBytes(2048))) {
            HttpResponse<String> small = service.send(service.request("/health").header("X-Pad", "a".repeat(1000))
                    .GET().build());
            HttpResponse<String> large = service.send(service.request("/health").header("X-Pad", "a".repeat(3000))
                    .GET().build());

            assertThat(small.statusCode()).isEqualTo(200);
            assertThat(large.statusCode()).isEqualTo(431);
            assertThat(large.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(large.body()).contains("request.headers-too-large").doesNotContain("aaaa");
        }
    }

    @Test
    void oneValidationMoreThanTheLimitIs503WithRetryAfter() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxConcurrent(1));
                Socket slow = service.socket()) {
            Service.write(slow, chunkedHead("/v1/validate") + chunk(LINE));
            awaitInFlight(service, 1);

            HttpResponse<String> busy = service.post("/v1/validate", "application/x-ndjson", LINE);
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(ValidateTest.rule(busy)).isEqualTo("request.busy");
            assertThat(service.get("/v1/rules").statusCode()).isEqualTo(200);

            Service.write(slow, chunk(LINE) + "0\r\n\r\n");
            assertThat(Service.readResponse(slow)).startsWith("HTTP/1.1 200").contains("\"records\": 2");
            assertThat(service.post("/v1/validate", "application/x-ndjson", LINE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStopLetsTheValidationUnderWayFinishAndItsClientReadsTheWholeReport() throws Exception {
        Service service = Service.start();
        Thread stopping = new Thread(service::close);
        try (Socket slow = service.socket()) {
            Service.write(slow, chunkedHead("/v1/validate") + chunk(LINE));
            awaitInFlight(service, 1);

            stopping.start();
            Thread.sleep(300);
            assertThat(stopping.isAlive()).as("the stop waits for the validation under way").isTrue();

            Service.write(slow, chunk(LINE) + "0\r\n\r\n");
            assertThat(Service.readResponse(slow)).startsWith("HTTP/1.1 200").contains("\"records\": 2");
        } finally {
            stopping.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(stopping.isAlive()).as("the stop ends once the validation has finished").isFalse();
        assertThat(service.server().validationsInFlight()).isZero();
    }

    @Test
    void aClientSlowerThanTheRequestTimeIsCutOffWith408() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxRequestTime(Duration.ofSeconds(2)));
                Socket slow = service.socket()) {
            Service.write(slow, chunkedHead("/v1/validate"));
            long start = System.nanoTime();
            String response = null;
            // a byte every 200 ms: never idle, always too slow
            for (int i = 0; i < 100 && response == null; i++) {
                try {
                    Service.write(slow, chunk(new byte[] {'\n'}));
                } catch (IOException closed) {
                    response = Service.readResponse(slow);
                }
                Thread.sleep(200);
                if (slow.getInputStream().available() > 0) {
                    response = Service.readResponse(slow);
                }
            }
            assertThat(response).startsWith("HTTP/1.1 408").contains("request.timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2),
                    Duration.ofSeconds(10));
            assertThat(service.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatSendsNothingIsCutOffAtTheIdleTimeout() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxRequestTime(Duration.ofSeconds(1)));
                Socket silent = service.socket()) {
            Service.write(silent, chunkedHead("/v1/validate") + chunk(LINE));
            long start = System.nanoTime();
            InputStream in = silent.getInputStream();
            byte[] rest = in.readAllBytes();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(new String(rest, StandardCharsets.UTF_8)).doesNotContain("HTTP/1.1 200");
            assertThat(service.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatLeavesMidUploadLeavesTheServiceServing() throws Exception {
        try (Service service = Service.start(ServerLimits.defaults().withMaxConcurrent(2))) {
            for (int i = 0; i < 10; i++) {
                try (Socket socket = service.socket()) {
                    Service.write(socket, chunkedHead("/v1/validate") + chunk(LINE) + "3ff\r\n{\"type\": \"pa");
                    awaitInFlight(service, 1);
                }
                awaitInFlight(service, 0);
            }
            assertThat(service.post("/v1/validate", "application/x-ndjson", LINE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theSpoolOfALargeReportIsDeletedWhenTheAnswerIsSent() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        try (Service service = Service.start()) {
            // two thousand copies of the demo: duplicate ids on top of its issues, some megabytes of report
            byte[] body = repeat(Files.readAllBytes(ValidateTest.DEMO), 2_000);
            CompletableFuture<HttpResponse<InputStream>> answer = service.client().sendAsync(
                    service.request("/v1/validate").header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            HttpResponse<InputStream> response = answer.get(120, TimeUnit.SECONDS);
            byte[] report = response.body().readAllBytes();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(report.length).isGreaterThan(2 << 20);
            assertThat(new String(report, StandardCharsets.UTF_8)).contains("\"records\": 62000");
            assertThat(spoolFiles(tmp)).isZero();
        }
    }

    @Test
    void aStopLetsTheValidationsUnderWayFinish() throws Exception {
        Service service = Service.start();
        try (Socket slow = service.socket()) {
            Service.write(slow, chunkedHead("/v1/validate") + chunk(LINE));
            awaitInFlight(service, 1);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::close);
            Thread.sleep(500);
            assertThat(stopping).isNotDone();

            Service.write(slow, chunk(LINE) + "0\r\n\r\n");
            assertThat(Service.readResponse(slow)).startsWith("HTTP/1.1 200").contains("\"records\": 2");
            stopping.get(30, TimeUnit.SECONDS);
        }
    }

    private static long spoolFiles(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(file -> file.getFileName().toString().startsWith("cepkit-report-")).count();
        }
    }

    /** Waits until the service holds {@code n} validations (their slot taken). */
    private static void awaitInFlight(Service service, int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (service.server().validationsInFlight() != n && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(service.server().validationsInFlight()).isEqualTo(n);
    }

    static byte[] repeat(byte[] bytes, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * times);
        for (int i = 0; i < times; i++) {
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
