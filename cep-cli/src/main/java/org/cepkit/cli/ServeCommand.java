package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.Profile;
import org.cepkit.server.CepServer;
import org.cepkit.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cep serve}: the validation service and its page, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the validation service: POST /v1/validate answers the report of cep validate --format json"
                + " (the same bytes for the same input), GET /v1/rules, /v1/code-lists, /v1/schema, /v1/version and"
                + " /v1/openapi.json publish the rest, and / is a page to validate a file in a browser.",
                "Loopback only unless --bind says otherwise. The service logs each request's method, route, status"
                        + " and duration, never its body or its token. SIGTERM (or Ctrl-C) lets the validations under"
                        + " way finish, for at most --max-time."},
        footer = {"", "Examples:",
                "  cep serve",
                "  cep serve --port 9000 --operators operators.ndjson",
                "  cep serve --bind 0.0.0.0 --token-file /run/secrets/cep-token",
                "  cep serve --max-body 64MiB --max-concurrent 4 --max-time 60s",
                "  curl -H 'Content-Type: application/x-ndjson' \\",
                "      --data-binary @examples/demo.ndjson http://127.0.0.1:8080/v1/validate",
                "", "Exit status: 0 stopped, 2 usage error, unreadable file or address in use."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "the port to listen on (default 8080; 0 for any free port, printed at start)")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "the address to listen on (default 127.0.0.1, loopback only)")
    private String bind;

    @Option(names = "--operators", paramLabel = "FILE",
            description = "operator records (.json, .ndjson, .jsonl) to resolve references against, besides those of"
                    + " each request")
    private Path operators;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "a file holding the token that every /v1/ request must carry as Authorization: Bearer"
                    + " <token>")
    private Path tokenFile;

    @Option(names = "--max-body", defaultValue = "256MiB", paramLabel = "SIZE", converter = Sizes.ByteSize.class,
            description = "the largest request body, after decoding gzip (default 256MiB); over it: 413")
    private long maxBody;

    @Option(names = "--max-header", defaultValue = "8KiB", paramLabel = "SIZE", converter = Sizes.ByteSize.class,
            description = "the largest request line and headers (default 8KiB); over it: 431")
    private long maxHeader;

    @Option(names = "--max-concurrent", defaultValue = "16", paramLabel = "N",
            description = "validations at once (default 16); one more: 503 with Retry-After")
    private int maxConcurrent;

    @Option(names = "--max-time", defaultValue = "5m", paramLabel = "DURATION", converter = Sizes.Time.class,
            description = "the longest a validation may take, its upload included (default 5m); over it: 408. A"
                    + " client silent for 30s (or --max-time if shorter) is cut off")
    private Duration maxTime;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ServiceLog.configure();
        PrintWriter err = spec.commandLine().getErr();
        ServerLimits limits;
        try {
            limits = ServerLimits.defaults().withMaxBodyBytes(maxBody)
                    .withMaxHeaderBytes((int) Math.min(Integer.MAX_VALUE, maxHeader))
                    .withMaxConcurrent(maxConcurrent).withMaxRequestTime(maxTime);
        } catch (IllegalArgumentException e) {
            err.println("cep: " + e.getMessage());
            return 2;
        }
        Profile.Builder profile = Profile.builder();
        if (operators != null) {
            List<Operator> registry = ValidateCommand.readOperators(operators, err);
            if (registry == null) {
                return 2;
            }
            profile.operators(OperatorRegistry.of(registry));
        }
        CepServer.Builder builder = CepServer.builder().bind(bind).port(port).profile(profile.build()).limits(limits);
        if (tokenFile != null) {
            String token = readToken(tokenFile, err);
            if (token == null) {
                return 2;
            }
            builder.token(token);
        } else if (!loopback(bind)) {
            err.println("cep serve: warning: " + bind + " is not a loopback address and no --token-file is given:"
                    + " whoever reaches it can use the service");
        }
        CepServer server;
        try {
            server = builder.build().start();
        } catch (IllegalStateException e) {
            err.println("cep: " + e.getMessage());
            return 2;
        }
        Thread stop = new Thread(server::close, "cep-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        err.println("cep serve: listening on " + server.uri() + " (Ctrl-C to stop)");
        err.flush();
        try {
            server.awaitStop();
        } catch (InterruptedException interrupted) {
            // stopped from within the JVM (an embedding program, a test): stop as a signal would
            Runtime.getRuntime().removeShutdownHook(stop);
            server.close();
        }
        return 0;
    }

    /** The token of the file, without its surrounding white space; null (after a message) when unusable. */
    private static String readToken(Path file, PrintWriter err) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            err.println("cep: cannot read the token file " + file);
            return null;
        }
        if (token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            err.println("cep: the token file " + file + " must hold one token of visible ASCII characters, without"
                    + " spaces");
            return null;
        }
        return token;
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
