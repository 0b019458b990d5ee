package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cep serve} as a user runs it, against {@code cep validate --format json} reading the same bytes on standard
 * input: the service must answer the same report, byte for byte.
 */
class ServeCommandTest {

    private static final Path DEMO = Path.of("..", "examples", "demo.ndjson");
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static Serving serving;

    @TempDir
    Path dir;

    /** A {@code cep serve} running on a thread of its own, stopped by interrupting it. */
    record Serving(Thread thread, URI uri, CompletableFuture<Integer> exit, StringWriter err) {
        static Serving start(String... options) throws Exception {
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> exit = new CompletableFuture<>();
            String[] args = new String[options.length + 5];
            args[0] = "serve";
            args[1] = "--port";
            args[2] = "0";
            args[3] = "--lang";
            args[4] = "en";
            System.arraycopy(options, 0, args, 5, options.length);
            Thread thread = new Thread(() -> exit.complete(CepCommand.commandLine(new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true)).execute(args)));
            thread.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until && !exit.isDone()) {
                Matcher m = LISTENING.matcher(err.toString());
                if (m.find()) {
                    return new Serving(thread, URI.create(m.group(1)), exit, err);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("cep serve did not start: " + err);
        }

        int stop() throws Exception {
            thread.interrupt();
            return exit.get(30, TimeUnit.SECONDS);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        serving = Serving.start();
    }

    @AfterAll
    static void stop() throws Exception {
        assertThat(serving.stop()).isZero();
    }

    private static String post(URI uri, String query, byte[] body) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri.resolve("v1/validate" + query))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** {@code cep validate --format json ARGS... -} with {@code body} on standard input. */
    private static String validateStdin(byte[] body, String... options) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(body));
            String[] args = new String[options.length + 4];
            args[0] = "validate";
            args[1] = "--format";
            args[2] = "json";
            System.arraycopy(options, 0, args, 3, options.length);
            args[args.length - 1] = "-";
            return CommandLineTest.cep(args).out();
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theDemoGetsTheCommandLinesReportByteForByte() throws Exception {
        byte[] demo = Files.readAllBytes(DEMO);

        assertThat(post(serving.uri(), "?today=2026-01-01", demo))
                .isEqualTo(validateStdin(demo, "--today", "2026-01-01"));
        assertThat(post(serving.uri(), "?today=2026-01-01&lang=en&mode=lenient", demo))
                .isEqualTo(validateStdin(demo, "--today", "2026-01-01", "--lang", "en", "--lenient"));
    }

    @Test
    void generatedFilesGetTheCommandLinesReportByteForByte() throws Exception {
        for (String[] generation : new String[][] {{"500", "1", "0"}, {"3000", "42", "0.2"}, {"1000", "7", "1"}}) {
            byte[] body = CommandLineTest.cep("generate", "--pathways", generation[0], "--seed", generation[1],
                    "--invalid-rate", generation[2], "--today", "2026-01-01").out().getBytes(StandardCharsets.UTF_8);

            String service = post(serving.uri(), "?today=2026-01-01", body);
            assertThat(service).as(String.join(" ", generation))
                    .isEqualTo(validateStdin(body, "--today", "2026-01-01"));
            assertThat(service).contains("\"records\": ");
        }
    }

    @Test
    void operatorsOfTheFileResolveTheReferencesOfEveryRequest() throws Exception {
        java.util.List<String> lines = Files.readAllLines(DEMO);
        Path operators = Files.write(dir.resolve("operators.ndjson"), lines.stream()
                .filter(line -> line.contains("\"type\": \"operator\"") || line.contains("\"type\":\"operator\""))
                .toList());
        byte[] pathways = String.join("\n", lines.stream().filter(line -> line.contains("\"pathway\"")).toList())
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(operators)).isNotEmpty();

        Serving withOperators = Serving.start("--operators", operators.toString());
        try {
            String without = post(serving.uri(), "", pathways);
            String with = post(withOperators.uri(), "", pathways);
            assertThat(rulesNotApplied(without)).contains("reference.unknown-operator");
            assertThat(rulesNotApplied(with)).doesNotContain("reference.unknown-operator");
            assertThat(with).isEqualTo(validateStdin(pathways, "--operators", operators.toString()));
        } finally {
            assertThat(withOperators.stop()).isZero();
        }
    }

    private static String rulesNotApplied(String report) {
        return report.lines().filter(line -> line.contains("\"rulesNotApplied\"")).findFirst().orElseThrow();
    }

    @Test
    void theTokenFileProtectsV1() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "  t0ken-of-the-test\n");
        Serving protectedService = Serving.start("--token-file", token.toString());
        try {
            HttpResponse<String> refused = CLIENT.send(HttpRequest.newBuilder(protectedService.uri()
                    .resolve("v1/rules")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> accepted = CLIENT.send(HttpRequest.newBuilder(protectedService.uri()
                    .resolve("v1/rules")).header("Authorization", "Bearer t0ken-of-the-test").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(protectedService.err().toString()).doesNotContain("t0ken-of-the-test");
        } finally {
            protectedService.stop();
        }
    }

    @Test
    void badOptionsAndFilesAreUsageErrors() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty-token"), "\n");
        assertThat(CommandLineTest.cep("serve", "--max-body", "12XB").exit()).isEqualTo(2);
        assertThat(CommandLineTest.cep("serve", "--max-time", "soon").exit()).isEqualTo(2);
        assertThat(CommandLineTest.cep("serve", "--max-concurrent", "0").exit()).isEqualTo(2);
        assertThat(CommandLineTest.cep("serve", "--token-file", dir.resolve("missing").toString()).exit())
                .isEqualTo(2);
        CommandLineTest.Run emptyToken = CommandLineTest.cep("serve", "--token-file", empty.toString());
        assertThat(emptyToken.exit()).isEqualTo(2);
        assertThat(emptyToken.err()).contains("le fichier de jeton", "doit contenir un seul jeton");
        CommandLineTest.Run taken = CommandLineTest.cep("serve", "--port", String.valueOf(serving.uri().getPort()));
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).startsWith("cep : impossible d'écouter sur 127.0.0.1:" + serving.uri().getPort() + " : ");
        CommandLineTest.Run english = CommandLineTest.cep("serve", "--lang", "en", "--max-concurrent", "0");
        assertThat(english.err()).isEqualTo("cep: --max-concurrent must be 1 or more, got 0 (see cep serve --help)"
                + System.lineSeparator());
    }

    @Test
    void sizesAndDurationsAreReadWithTheirUnits() {
        assertThat(Sizes.bytes("256MiB")).isEqualTo(256L << 20);
        assertThat(Sizes.bytes("8KiB")).isEqualTo(8192);
        assertThat(Sizes.bytes("1GiB")).isEqualTo(1L << 30);
        assertThat(Sizes.bytes("1000")).isEqualTo(1000);
        assertThat(Sizes.bytes("12B")).isEqualTo(12);
        assertThat(Sizes.duration("5m")).hasMinutes(5);
        assertThat(Sizes.duration("5min")).hasMinutes(5);
        assertThat(Sizes.duration("30s")).hasSeconds(30);
        assertThat(Sizes.duration("250ms")).hasMillis(250);
        assertThat(Sizes.duration("1h")).hasHours(1);
    }
}
