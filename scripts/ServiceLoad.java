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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Load, faults and figures for {@code cep serve}, against loopback only, with a bounded count and time. Runs the built
 * jar as the users do ({@code java -Xmx… -jar cep.jar serve}), then:
 *
 * <ol>
 *   <li>a large body (by default 300 MB of NDJSON, made on the fly by the client and never held) validated by a
 *       service with a small heap (by default 64 MiB), its resident memory sampled;
 *   <li>32 clients for 60 s posting a mix of valid, invalid, hostile, gzip and large bodies, while other clients leave
 *       mid-upload, send a byte a second, or send bodies over the limit: every complete answer is checked (a 200 is
 *       the very report {@code cep validate --format json -} writes for the same bytes; the others have the status
 *       and rule expected), the counts of each answer printed, and the service's memory sampled;
 *   <li>requests per second and p50/p99 latency for one-record and 10,000-record bodies, repeated.
 * </ol>
 *
 * Exits 1 when an answer is wrong, the service stops answering, or its memory goes over the bound.
 *
 * <pre>
 * java scripts/ServiceLoad.java                       # the full run (about 6 minutes on 2 cores)
 * java scripts/ServiceLoad.java --duration 15 --big-mb 64 --repetitions 1 --bench-seconds 5   # a short one, for CI
 * </pre>
 */
public final class ServiceLoad {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
    private static final String TODAY = "2026-01-01";

    private final Path jar;
    private final String heap;
    private final int durationSeconds;
    private final int bigMegabytes;
    private final int repetitions;
    private final int benchSeconds;
    private final long rssBoundKb;
    private boolean failed;

    private ServiceLoad(Map<String, String> options) {
        this.jar = Path.of(options.getOrDefault("--jar", "cep-cli/target/cep.jar"));
        this.heap = options.getOrDefault("--heap", "64m");
        this.durationSeconds = Integer.parseInt(options.getOrDefault("--duration", "60"));
        this.bigMegabytes = Integer.parseInt(options.getOrDefault("--big-mb", "300"));
        this.repetitions = Integer.parseInt(options.getOrDefault("--repetitions", "3"));
        this.benchSeconds = Integer.parseInt(options.getOrDefault("--bench-seconds", "15"));
        this.rssBoundKb = Long.parseLong(options.getOrDefault("--rss-bound-mb", "400")) * 1024;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        ServiceLoad load = new ServiceLoad(options);
        load.run();
        System.exit(load.failed ? 1 : 0);
    }

    // ---- bodies

    /** A kind of body, the bytes sent, and the status and report expected. */
    record Body(String kind, byte[] bytes, String contentType, String encoding, String expected) {
    }

    private byte[] generate(int pathways, int seed, String invalidRate) throws Exception {
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "generate", "--pathways",
                String.valueOf(pathways), "--seed", String.valueOf(seed), "--invalid-rate", invalidRate, "--today", TODAY)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        check(process.waitFor() == 0, "cep generate failed");
        return out;
    }

    /** The report {@code cep validate --format json --today TODAY -} writes for {@code bytes}. */
    private String cliReport(byte[] bytes) throws Exception {
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "validate", "--format", "json",
                "--today", TODAY, "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(bytes);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] hostile() {
        StringBuilder text = new StringBuilder();
        text.append("{\"type\":\"pathway\",\"id\":\"<img src=x onerror=alert(1)>\"}\n");
        text.append("{\"type\":\"pathway\",\"id\":\"<script>alert(2)</script>\",\"beneficiary\":{\"id\":\"1850775123456 78\"}}\n");
        text.append("[".repeat(5_000)).append("\n");
        text.append("{\"type\":\"operator\",\"id\":\"op-x\",\"name\":\"").append("x".repeat(20_000)).append("\"}\n");
        text.append("{\"type\":\"operator\",\"id\":\"op-y\",\"name\":\"").append("y".repeat(1_100_000)).append("\"}\n");
        text.append("{\"type\":\"pathway\",\"id\":\"pw-n\",\"n\":").append("9".repeat(500)).append("}\n");
        text.append("{\"type\": \"pathway\", \"id\": \"pw-dup\", \"id\": \"pw-dup2\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n', 0, 0, '\n'});
        return out.toByteArray();
    }

    // ---- the service

    /** A {@code cep serve} process, its address and its sampled memory. */
    final class Server implements AutoCloseable {
        final Process process;
        final URI uri;
        final AtomicLong maxRssKb = new AtomicLong();
        final StringBuffer log = new StringBuffer();
        private final Thread sampler;

        Server(String... options) throws Exception {
            List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", jar.toString(), "serve",
                    "--port", "0", "--lang", "en"));
            command.addAll(List.of(options));
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            InputStream err = process.getErrorStream();
            URI found = null;
            byte[] buffer = new byte[4096];
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (found == null && System.nanoTime() < until) {
                int n = err.read(buffer);
                if (n < 0) {
                    break;
                }
                log.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                Matcher m = LISTENING.matcher(log);
                if (m.find()) {
                    found = URI.create(m.group(1));
                }
            }
            if (found == null) {
                throw new IllegalStateException("cep serve did not start: " + log);
            }
            uri = found;
            Thread drain = new Thread(() -> {
                try {
                    int n;
                    while ((n = err.read(buffer)) > 0) {
                        log.setLength(Math.min(log.length(), 1 << 20));
                        log.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException ended) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            sampler = new Thread(() -> {
                while (process.isAlive()) {
                    maxRssKb.accumulateAndGet(rssKb(process.pid()), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        long rssNowKb() {
            return rssKb(process.pid());
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            check(process.waitFor(60, TimeUnit.SECONDS), "cep serve did not stop on SIGTERM");
            sampler.interrupt();
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended
        }
        return 0;
    }

    private static HttpRequest post(URI uri, Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve("v1/validate?today=" + TODAY))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.encoding() != null) {
            request.header("Content-Encoding", body.encoding());
        }
        return request.build();
    }

    // ---- the run

    private void run() throws Exception {
        check(Files.isRegularFile(jar), jar + " is missing: mvn -pl cep-cli -am -DskipTests package");
        System.out.printf("cep serve under load: %s, -Xmx%s, %d processors, %s%n", jar, heap,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        byte[] large = generate(10_000, 3, "0.05");
        byte[] demo = Files.readAllBytes(Path.of("examples/demo.ndjson"));
        String firstLine = new String(generate(1, 1, "0"), StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("\"type\":\"pathway\"")).findFirst().orElseThrow();
        byte[] small = (firstLine + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] hostile = hostile();
        List<Body> bodies = List.of(
                new Body("small", small, "application/x-ndjson", null, cliReport(small)),
                new Body("invalid", demo, "application/x-ndjson", null, cliReport(demo)),
                new Body("hostile", hostile, "application/x-ndjson", null, cliReport(hostile)),
                new Body("gzip", gzip(demo), "application/x-ndjson", "gzip", cliReport(demo)),
                new Body("large", large, "application/x-ndjson", null, cliReport(large)));

        bigBody();
        load(bodies);
        bench(bodies.get(0), bodies.get(4));
        System.out.println(failed ? "FAILED" : "OK");
    }

    /** A body of {@code bigMegabytes} MB, made as it is sent, through a service of small heap. */
    private void bigBody() throws Exception {
        byte[] base = generate(2_000, 11, "0");
        List<String> operators = new ArrayList<>();
        List<String> pathways = new ArrayList<>();
        for (String line : new String(base, StandardCharsets.UTF_8).split("\n")) {
            if (line.contains("\"type\":\"operator\"")) {
                operators.add(line);
            } else if (line.contains("\"type\":\"pathway\"")) {
                pathways.add(line);
            }
        }
        long target = (long) bigMegabytes << 20;
        AtomicLong sent = new AtomicLong();
        AtomicLong records = new AtomicLong();
        try (Server server = new Server("--max-body", "4GiB", "--max-time", "30m")) {
            long idleRss = server.rssNowKb();
            InputStream stream = new InputStream() {
                private byte[] line = (String.join("\n", operators) + "\n").getBytes(StandardCharsets.UTF_8);
                private int position;
                private long copy;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    if (position == line.length) {
                        if (sent.get() >= target) {
                            return -1;
                        }
                        String pathway = pathways.get((int) (copy % pathways.size()));
                        // a unique id a copy: no record repeats another
                        line = (pathway.replaceFirst("\"id\":\"([^\"]{1,40})\"", "\"id\":\"$1-" + copy + "\"")
                                + "\n").getBytes(StandardCharsets.UTF_8);
                        copy++;
                        records.incrementAndGet();
                        position = 0;
                    }
                    int n = Math.min(length, line.length - position);
                    System.arraycopy(line, position, bytes, offset, n);
                    position += n;
                    sent.addAndGet(n);
                    return n;
                }
            };
            long start = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri.resolve("v1/validate?today=" + TODAY)).timeout(Duration.ofMinutes(30))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            long expected = records.get() + operators.size();
            check(response.statusCode() == 200, "the big body: status " + response.statusCode());
            check(response.body().contains("\"records\": " + expected + ", \"valid\": " + expected + ","),
                    "the big body: " + expected + " valid records expected, got "
                            + response.body().lines().findFirst().orElse(""));
            System.out.printf("big body: %,d bytes, %,d records, 200 in %.1f s (%.1f MB/s, %,.0f records/s);"
                            + " service RSS %,d kB idle, %,d kB at most (-Xmx%s)%n", sent.get(), expected, seconds,
                    sent.get() / 1e6 / seconds, expected / seconds, idleRss, server.maxRssKb.get(), heap);
            check(server.maxRssKb.get() < rssBoundKb, "the service's memory went over " + rssBoundKb + " kB");
        }
    }

    /** 32 clients for the duration, and the faults beside them. */
    private void load(List<Body> bodies) throws Exception {
        try (Server server = new Server("--max-body", "16MiB", "--max-concurrent", "16")) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
            Map<String, LongAdder> counts = new ConcurrentHashMap<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < 32; c++) {
                int client = c;
                threads.add(started(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    Random random = new Random(client);
                    while (System.nanoTime() < end) {
                        int draw = random.nextInt(100);
                        Body body = bodies.get(draw < 45 ? 0 : draw < 65 ? 1 : draw < 85 ? 2 : draw < 95 ? 3 : 4);
                        try {
                            HttpResponse<String> response = http.send(post(server.uri, body),
                                    HttpResponse.BodyHandlers.ofString());
                            int status = response.statusCode();
                            counts.computeIfAbsent(body.kind() + " " + status, k -> new LongAdder()).increment();
                            if (status == 503) {
                                Thread.sleep(20);
                            } else if (status != 200 || !response.body().equals(body.expected())) {
                                wrong.add(body.kind() + ": " + status);
                            }
                        } catch (IOException e) {
                            wrong.add(body.kind() + ": " + e);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            threads.add(started(() -> faults(server.uri, end, "leave", counts, wrong)));
            threads.add(started(() -> faults(server.uri, end, "slow", counts, wrong)));
            threads.add(started(() -> faults(server.uri, end, "over", counts, wrong)));
            for (Thread thread : threads) {
                thread.join();
            }
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri.resolve("health")).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("load: 32 clients and 3 faulty ones for %d s; answers by body and status:%n",
                    durationSeconds);
            new TreeMap<>(counts).forEach((key, n) -> System.out.printf("  %-14s %,8d%n", key, n.sum()));
            System.out.printf("  wrong answers: %d; health after: %d; service RSS at most %,d kB (-Xmx%s)%n",
                    wrong.size(), health.statusCode(), server.maxRssKb.get(), heap);
            wrong.stream().limit(10).forEach(line -> System.out.println("  wrong: " + line));
            check(wrong.isEmpty(), "wrong answers under load");
            check(health.statusCode() == 200, "the service did not stay up");
            check(server.maxRssKb.get() < rssBoundKb, "the service's memory went over " + rssBoundKb + " kB");
        }
    }

    /**
     * Clients that misbehave until {@code end}: {@code leave} cuts its upload and closes, {@code slow} sends a record a
     * byte a second (for 20 s) then ends it and must get its report, {@code over} sends a body over the limit and must
     * get 413.
     */
    private void faults(URI uri, long end, String kind, Map<String, LongAdder> counts, List<String> wrong) {
        String line = "{\"type\":\"pathway\",\"id\":\"pw-slow\"}\n";
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                switch (kind) {
                    case "leave" -> {
                        out.write("400\r\n{\"type\":\"pathway\",\"id\":\"pw-".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        Thread.sleep(100);
                        counts.computeIfAbsent("leave -", k -> new LongAdder()).increment();
                        continue;
                    }
                    case "slow" -> {
                        byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
                        try {
                            for (int i = 0; i < Math.min(bytes.length, 20); i++) {
                                out.write(("1\r\n" + (char) bytes[i] + "\r\n").getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                                Thread.sleep(1000);
                            }
                            byte[] rest = java.util.Arrays.copyOfRange(bytes, 20, bytes.length);
                            out.write((Integer.toHexString(rest.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(rest);
                            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        } catch (IOException closedByTheService) {
                            // a service at its limit answers 503 at once and closes: its answer is read below
                        }
                    }
                    default -> {
                        byte[] chunk = ("{\"type\":\"pathway\",\"id\":\"pw-over\"}\n").repeat(2_000)
                                .getBytes(StandardCharsets.US_ASCII);
                        try {
                            for (long sent = 0; sent < (17L << 20); sent += chunk.length) {
                                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                                out.write(chunk);
                                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                            }
                            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        } catch (IOException closedByTheService) {
                            // the service answered 413 and closed before the end of the body
                        }
                    }
                }
                out.flush();
                String status = readStatus(socket.getInputStream());
                String expected = kind.equals("slow") ? "200" : "413";
                counts.computeIfAbsent(kind + " " + status, k -> new LongAdder()).increment();
                // a service at its limit of validations answers 503 first, whatever the body
                if (!status.equals(expected) && !status.equals("503")) {
                    wrong.add(kind + ": " + status);
                }
            } catch (IOException e) {
                wrong.add(kind + ": " + e);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String readStatus(InputStream in) throws IOException {
        byte[] head = in.readNBytes(12);
        return head.length == 12 ? new String(head, 9, 3, StandardCharsets.US_ASCII) : "none";
    }

    /** Requests per second and latencies of one kind of body, with {@code clients} at once, repeated. */
    private void bench(Body small, Body large) throws Exception {
        System.out.printf("bench: %d repetitions of %d s each, after 5 s of warm-up; the service -Xmx%s%n",
                repetitions, benchSeconds, heap);
        try (Server server = new Server("--max-body", "64MiB", "--max-concurrent", "64")) {
            for (Body body : List.of(small, large)) {
                for (int clients : body == small ? new int[] {1, 8} : new int[] {1, 4}) {
                    measure(server.uri, body, clients, 5);
                    List<double[]> runs = new ArrayList<>();
                    for (int r = 0; r < repetitions; r++) {
                        runs.add(measure(server.uri, body, clients, benchSeconds));
                    }
                    for (int r = 0; r < runs.size(); r++) {
                        System.out.printf("  %-5s %d client(s) run %d: %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms%n",
                                body.kind(), clients, r + 1, runs.get(r)[0], runs.get(r)[1], runs.get(r)[2]);
                    }
                    System.out.printf("  %-5s %d client(s) median: %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms%n",
                            body.kind(), clients, median(runs, 0), median(runs, 1), median(runs, 2));
                }
            }
            System.out.printf("  service RSS at most %,d kB%n", server.maxRssKb.get());
        }
    }

    private double[] measure(URI uri, Body body, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(started(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(post(uri, body), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().equals(body.expected())) {
                            check(false, "bench: a wrong answer " + response.statusCode());
                        }
                    } catch (IOException | InterruptedException e) {
                        check(false, "bench: " + e);
                        return;
                    }
                    latencies.add(System.nanoTime() - start);
                }
            }));
        }
        long start = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new double[] {sorted.size() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99)};
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> values = new ArrayList<>();
        runs.forEach(run -> values.add(run[index]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static Thread started(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    private synchronized void check(boolean ok, String what) {
        if (!ok) {
            failed = true;
            System.out.println("FAIL: " + what);
        }
    }
}
