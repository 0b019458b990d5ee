package org.cepkit.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.cepkit.json.InputLimits;
import org.cepkit.rules.Profile;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cepkit validation service: an HTTP server (Javalin on Jetty) that validates CEP records with the same
 * {@code CepJson} as {@code cep validate} and answers the same JSON report, byte for byte, and publishes the rule
 * catalogue, the code lists, the schemas, its OpenAPI description ({@code /v1/openapi.json}) and a page for people
 * ({@code /}). Loopback by default; with a token, every {@code /v1/} request must carry it as a bearer token.
 * Nothing of a request is logged but its method, route, status and duration.
 *
 * <pre>{@code
 * try (CepServer server = CepServer.builder()
 *         .port(8080)                                        // 0: any free port, see port()
 *         .profile(Profile.builder().operators(registry).build())
 *         .token(Files.readString(Path.of("token")).strip())
 *         .limits(ServerLimits.defaults().withMaxBodyBytes(64L << 20))
 *         .build()
 *         .start()) {
 *     server.awaitStop();                                    // until close() on another thread
 * }
 * }</pre>
 */
public final class CepServer implements AutoCloseable {

    /** Only the service's own scripts and styles, no inline code, nothing from another origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(CepServer.class);
    private static final String ERROR_WRITTEN = "cepkit.error";
    /** How long an error answered to an upload waits for the rest of the body before the connection is closed. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    private final String bind;
    private final int requestedPort;
    private final byte[] tokenDigest;
    private final ServerLimits limits;
    private final ValidateEndpoint validate;
    private final Documents documents;
    private final Page page = new Page();
    private final Javalin app;
    private final Object stopped = new Object();
    private boolean running;

    private CepServer(Builder builder) {
        this.bind = builder.bind;
        this.requestedPort = builder.port;
        this.tokenDigest = builder.token == null ? null : digest(builder.token);
        this.limits = builder.limits;
        this.validate = new ValidateEndpoint(builder.profile, builder.inputLimits, limits);
        this.documents = new Documents(builder.profile.referential());
        this.app = Javalin.create(this::configure);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the validators, then binds and starts serving; {@code /health} answers 200 from then on.
     *
     * @throws IllegalStateException when the address cannot be bound (the port is taken, the address is not local)
     */
    public CepServer start() {
        validate.prepare();
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot listen on " + bind + ":" + requestedPort + ": "
                    + rootMessage(e), e);
        }
        synchronized (stopped) {
            running = true;
        }
        return this;
    }

    /** The port the service listens on: the one asked for, or the one chosen for port 0. */
    public int port() {
        return app.port();
    }

    /** The validations under way now. */
    int validationsInFlight() {
        return validate.inFlight();
    }

    /** The service's address, {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Waits until the service is stopped by {@link #close()} on another thread. */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (running) {
                stopped.wait();
            }
        }
    }

    /**
     * Stops gracefully: the service takes no new connection, lets the validations under way finish (for at most
     * the limits' request time), then stops.
     */
    @Override
    public void close() {
        app.stop();
        synchronized (stopped) {
            running = false;
            stopped.notifyAll();
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.jetty.host = bind;
        config.jetty.port = requestedPort;
        config.jetty.threadPool = new QueuedThreadPool(Math.max(32, limits.maxConcurrent() * 2 + 16), 4);
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(limits.maxHeaderBytes());
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(bind);
            connector.setPort(requestedPort);
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            return connector;
        });
        config.jetty.modifyServer(server -> {
            server.setHandler(new GracefulHandler());
            server.setStopTimeout(limits.maxRequestTime().toMillis() + 1000);
            server.setErrorHandler(new JsonErrorHandler());
        });
        config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} ms", ctx.method(), route(ctx), ctx.statusCode(),
                Math.round(ms)));

        config.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("Referrer-Policy", "no-referrer");
        });
        config.routes.before("/v1/*", this::authorize);

        config.routes.get("/health", ctx -> json(ctx, "{\"status\": \"ready\"}\n".getBytes(StandardCharsets.UTF_8)));
        config.routes.get("/v1/version", ctx -> json(ctx, documents.version()));
        config.routes.get("/v1/rules", ctx -> json(ctx, documents.rules()));
        config.routes.get("/v1/code-lists", ctx -> json(ctx, documents.codeLists()));
        config.routes.get("/v1/schema", ctx -> json(ctx, documents.recordSchema()));
        config.routes.get("/v1/schema/{type}", ctx -> json(ctx, documents.schema(ctx.pathParam("type"))
                .orElseThrow(() -> new ServiceError(Problem.UNKNOWN_TYPE))));
        config.routes.get("/v1/openapi.json", ctx -> json(ctx, documents.openApi()));
        config.routes.post("/v1/validate", validate);

        config.routes.get("/", ctx -> asset(ctx, page.index()));
        config.routes.get("/assets/{name}", ctx -> asset(ctx, page.asset(ctx.pathParam("name"))
                .orElseThrow(() -> new ServiceError(Problem.NOT_FOUND))));

        config.routes.exception(ServiceError.class, (e, ctx) -> error(ctx, e.problem()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, Problem.ofStatus(e.getStatus())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed: {}", ctx.method(), route(ctx), describe(e));
            error(ctx, Problem.INTERNAL);
        });
        config.routes.error(404, ctx -> errorOnce(ctx, Problem.NOT_FOUND));
        config.routes.error(405, ctx -> errorOnce(ctx, Problem.METHOD_NOT_ALLOWED));
    }

    private void authorize(Context ctx) {
        if (tokenDigest == null) {
            return;
        }
        String header = ctx.header("Authorization");
        String prefix = "bearer ";
        boolean ok = header != null && header.length() > prefix.length()
                && header.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(digest(header.substring(prefix.length()).strip()), tokenDigest);
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"cepkit\"");
            throw new ServiceError(Problem.UNAUTHORIZED);
        }
    }

    private static void json(Context ctx, byte[] body) {
        ctx.contentType("application/json");
        ctx.result(body);
    }

    private static void asset(Context ctx, Page.Asset asset) {
        ctx.contentType(asset.contentType());
        ctx.header("Cache-Control", "no-cache");
        ctx.result(asset.bytes());
    }

    private void errorOnce(Context ctx, Problem problem) {
        if (ctx.attribute(ERROR_WRITTEN) == null) {
            error(ctx, problem);
        }
    }

    /** Answers the problem's error report, in the request's language. */
    private void error(Context ctx, Problem problem) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(problem.status());
        ctx.contentType("application/json");
        ctx.header("Cache-Control", "no-store");
        byte[] report = ErrorReport.of(problem, english(ctx));
        if (ctx.method() != HandlerType.POST) {
            ctx.result(report);
            return;
        }
        // an error leaves the body unread, or read in part: the answer goes first, then what the client is still
        // sending is read for a moment, so that closing the connection on unread bytes does not reset it before the
        // client has read the answer (a lingering close)
        ctx.header("Connection", "close");
        try {
            ctx.res().setContentLength(report.length);
            ServletOutputStream out = ctx.res().getOutputStream();
            out.write(report);
            out.flush();
            linger(ctx.req().getInputStream());
        } catch (IOException clientGone) {
            LOG.debug("The error report could not be sent: the client closed the connection");
        }
    }

    /** Reads and drops what comes on {@code in} for at most {@link #LINGER} and at most the body limit. */
    private void linger(ServletInputStream in) throws IOException {
        long until = System.nanoTime() + LINGER.toNanos();
        long left = limits.maxBodyBytes();
        byte[] buffer = new byte[16 * 1024];
        try {
            while (!in.isFinished() && left > 0 && System.nanoTime() - until < 0) {
                if (in.available() > 0 || in.isReady()) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        return;
                    }
                    left -= n;
                } else {
                    Thread.sleep(5);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean english(Context ctx) {
        Locale locale = ctx.attribute(ValidateEndpoint.LOCALE);
        if (locale == null) {
            try {
                locale = Negotiation.locale(ctx.queryParam("lang"), ctx.header("Accept-Language"));
            } catch (ServiceError badLang) {
                locale = Negotiation.accepted(ctx.header("Accept-Language"));
            }
        }
        return locale.getLanguage().equals("en");
    }

    /** The route a request matched ({@code /v1/schema/{type}}), never its path: a path is text from the client. */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return "-";
        }
    }

    /** An exception as a log may show it: its classes and where it was thrown, never its messages. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" caused by ");
            }
            text.append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                text.append(" at ").append(trace[0]);
            }
        }
        return text.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The error report for what Jetty refuses before any handler runs (headers over the limit, a malformed request),
     * instead of its HTML page, which repeats the request's address.
     */
    private static final class JsonErrorHandler extends ErrorHandler {
        // Jetty 12 marks this hook for removal without a replacement for the errors of a malformed request (the
        // errors of handled requests already go through ServiceError): kept until Jetty offers one.
        @Override
        @SuppressWarnings("removal")
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
            fields.put(new HttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY));
            return ByteBuffer.wrap(ErrorReport.of(Problem.ofStatus(status), false));
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.write(true, ByteBuffer.wrap(ErrorReport.of(Problem.ofStatus(response.getStatus()), false)),
                    callback);
            return true;
        }
    }

    /** Builds a {@link CepServer}. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 8080;
        private String token;
        private Profile profile = Profile.defaults();
        private InputLimits inputLimits = InputLimits.defaults();
        private ServerLimits limits = ServerLimits.defaults();

        private Builder() {
        }

        /** The address to listen on (default {@code 127.0.0.1}, loopback only). */
        public Builder bind(String value) {
            this.bind = Objects.requireNonNull(value, "bind");
            return this;
        }

        /** The port (default 8080; 0 for any free port). */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * The bearer token every {@code /v1/} request must carry ({@code Authorization: Bearer <token>}); none by
         * default. Compared in constant time, never logged.
         */
        public Builder token(String value) {
            Objects.requireNonNull(value, "token");
            if (value.isBlank() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("A token is one or more visible ASCII characters, without spaces");
            }
            this.token = value;
            return this;
        }

        /**
         * The profile each request's validator starts from (operator registry, severities, rules); each request
         * sets its language and, with {@code today}, its reference date.
         */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** The limits on one record (defaults of {@link InputLimits#defaults()}). */
        public Builder inputLimits(InputLimits value) {
            this.inputLimits = Objects.requireNonNull(value, "inputLimits");
            return this;
        }

        /** The limits on requests ({@link ServerLimits#defaults()}). */
        public Builder limits(ServerLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        public CepServer build() {
            return new CepServer(this);
        }
    }
}
