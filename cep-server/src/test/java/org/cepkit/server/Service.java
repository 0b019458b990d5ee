package org.cepkit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real service on a free loopback port, and the requests the tests send it. */
final class Service implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final CepServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Service(CepServer.Builder builder) {
        this.server = builder.bind("127.0.0.1").port(0).build().start();
    }

    static Service start() {
        return new Service(CepServer.builder());
    }

    static Service start(ServerLimits limits) {
        return new Service(CepServer.builder().limits(limits));
    }

    CepServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(pathAndQuery).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpClient client() {
        return client;
    }

    /** A raw connection, for what HttpClient will not send: a slow body, a cut body, huge headers. */
    Socket socket() throws IOException {
        Socket socket = new Socket("127.0.0.1", port());
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** The status line and everything after it, read until the server closes or {@code max} bytes came. */
    static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.toString(StandardCharsets.UTF_8).contains("\r\n\r\n") && complete(out.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // the server may reset after answering: what came is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Whether a response with a Content-Length has all its body. */
    private static boolean complete(String response) {
        int headersEnd = response.indexOf("\r\n\r\n");
        for (String line : response.substring(0, headersEnd).split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).trim());
                return response.getBytes(StandardCharsets.UTF_8).length >= headersEnd + 4 + length;
            }
        }
        return false;
    }

    static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The report the library writes for {@code body} read once as {@code format}, named as the service names it. */
    static String libraryReport(byte[] body, JsonInput.Format format, Profile profile, ReadMode mode) {
        CepJson json = CepJson.builder().validator(CepValidator.create(profile)).mode(mode).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportWriter writer = JsonReportWriter.to(out)) {
            json.validate(List.of(JsonInput.of("-", format, () -> new java.io.ByteArrayInputStream(body), false)),
                    false, writer);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
