package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.Profile;
import org.cepkit.server.CepServer;
import org.cepkit.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cep serve}: the validation service and its page, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand extends LocalizedCommand {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS")
    private String bind;

    @Option(names = "--operators", paramLabel = "FILE")
    private Path operators;

    @Option(names = "--token-file", paramLabel = "FILE")
    private Path tokenFile;

    @Option(names = "--max-body", defaultValue = "256MiB", paramLabel = "SIZE", converter = Sizes.ByteSize.class)
    private long maxBody;

    @Option(names = "--max-header", defaultValue = "8KiB", paramLabel = "SIZE", converter = Sizes.ByteSize.class)
    private long maxHeader;

    @Option(names = "--max-concurrent", defaultValue = "16", paramLabel = "N")
    private int maxConcurrent;

    @Option(names = "--max-time", defaultValue = "5m", paramLabel = "DURATION", converter = Sizes.Time.class)
    private Duration maxTime;

    @Override
    int run(Messages messages, PrintWriter err) throws UsageException {
        ServiceLog.configure();
        if (port < 0 || port > 65535) {
            throw new UsageException(messages.get("error.port", port));
        }
        if (maxBody < 1) {
            throw new UsageException(messages.get("error.maxBody"));
        }
        // checked here as ServerLimits checks them, to say what is wrong in the language of --lang
        if (maxHeader < ServerLimits.MIN_HEADER_BYTES || maxHeader > Integer.MAX_VALUE) {
            throw new UsageException(messages.get("error.maxHeader"));
        }
        if (maxConcurrent < 1) {
            throw new UsageException(messages.get("error.maxConcurrent", maxConcurrent));
        }
        if (maxTime.isZero() || maxTime.isNegative()) {
            throw new UsageException(messages.get("error.maxTime"));
        }
        ServerLimits limits = ServerLimits.defaults().withMaxBodyBytes(maxBody).withMaxHeaderBytes((int) maxHeader)
                .withMaxConcurrent(maxConcurrent).withMaxRequestTime(maxTime);
        Profile.Builder profile = Profile.builder();
        if (operators != null) {
            profile.operators(OperatorRegistry.of(RecordSource.readOperators(operators, messages, err)));
        }
        CepServer.Builder builder = CepServer.builder().bind(bind).port(port).profile(profile.build()).limits(limits);
        if (tokenFile != null) {
            builder.token(readToken(tokenFile, messages));
        } else if (!loopback(bind)) {
            err.println(messages.get("serve.noToken", bind));
        }
        CepServer server;
        try {
            server = builder.build().start();
        } catch (IllegalStateException e) {
            err.println(messages.get("error.prefix", messages.get("error.listen", bind, Integer.toString(port),
                    rootCause(e))));
            return 2;
        }
        Thread stop = new Thread(server::close, "cep-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        err.println(messages.get("serve.listening", server.uri().toString()));
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

    /** The token of the file, without its surrounding white space. */
    private static String readToken(Path file, Messages messages) throws UsageException {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UsageException(messages.get("error.tokenFile", file.toString()));
        }
        if (token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new UsageException(messages.get("error.tokenShape", file.toString()));
        }
        return token;
    }

    /** The message of the first cause of {@code e}: why the address could not be bound. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
