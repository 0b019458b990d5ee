package org.cepkit.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPInputStream;
import org.cepkit.json.CepJson;
import org.cepkit.json.InputLimits;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/validate}: the body, read once as it arrives, validated by {@link CepJson} and answered with the
 * report that {@code cep validate --format json} writes, by the same {@link JsonReportWriter}. The body is one
 * input named {@value #INPUT_NAME}, like the command line's standard input: a stream read once, whose operators
 * must come before the records that name them. Nothing of the body is kept once the answer is sent: records are
 * read one at a time, and the issues wait in the writer's spool (in memory up to 1 MiB, then in a temporary file
 * that is deleted before the request ends).
 */
final class ValidateEndpoint implements Handler {

    /** The name of the body in the report's {@code file}: never a name the client chose. */
    static final String INPUT_NAME = "-";

    /** The attribute under which a request's locale is kept, for the error report if one follows. */
    static final String LOCALE = "cepkit.locale";

    private static final Logger LOG = LoggerFactory.getLogger(ValidateEndpoint.class);

    private final Profile profile;
    private final InputLimits inputLimits;
    private final ServerLimits limits;
    private final Semaphore slots;
    private final Map<String, CepJson> validators = new ConcurrentHashMap<>();

    ValidateEndpoint(Profile profile, InputLimits inputLimits, ServerLimits limits) {
        this.profile = profile;
        this.inputLimits = inputLimits;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxConcurrent());
    }

    /** Loads the validators of each language before the first request. */
    void prepare() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            json(locale, ReadMode.STRICT, Optional.empty()).validator().prepare();
        }
    }

    /** The validations under way. */
    int inFlight() {
        return limits.maxConcurrent() - slots.availablePermits();
    }

    @Override
    public void handle(Context ctx) throws IOException {
        long deadline = System.nanoTime() + limits.maxRequestTime().toNanos();
        Locale locale = Negotiation.locale(ctx.queryParam("lang"), ctx.header("Accept-Language"));
        ctx.attribute(LOCALE, locale);
        ReadMode mode = Negotiation.mode(ctx.queryParam("mode"));
        Optional<LocalDate> today = Negotiation.today(ctx.queryParam("today"));
        BodyType type = BodyType.of(ctx.header("Content-Type"));
        boolean gzip = gzip(ctx.header("Content-Encoding"));
        long length = ctx.req().getContentLengthLong();
        if (length > limits.maxBodyBytes()) {
            throw new ServiceError(Problem.TOO_LARGE);
        }
        if (!slots.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw new ServiceError(Problem.BUSY);
        }
        try {
            validate(ctx, type, gzip, deadline, json(locale, mode, today));
        } finally {
            slots.release();
        }
    }

    private void validate(Context ctx, BodyType type, boolean gzip, long deadline, CepJson json) throws IOException {
        InputStream raw = new RequestBody(ctx.req().getInputStream(), limits.maxBodyBytes(), deadline);
        InputStream decoded = gzip ? new RequestBody(gzip(raw), limits.maxBodyBytes(), deadline) : raw;
        JsonInput.Format format = type.format();
        if (type == BodyType.MULTIPART) {
            MultipartFile.Part part = filePart(decoded, ctx.header("Content-Type"));
            format = fileFormat(part);
            decoded = part.content();
        }
        // the body as the validation reads it: whatever stops it (a limit, a broken form) is told here
        RequestBody body = new RequestBody(decoded, Long.MAX_VALUE, deadline);
        JsonInput input = JsonInput.of(INPUT_NAME, format, () -> body, false);
        boolean[] answered = {false};
        try (JsonReportWriter report = JsonReportWriter.to(new ResponseStream(ctx))) {
            json.validate(List.of(input), false, new ReportSink() {
                private boolean failed;

                @Override
                public void record(RecordResult result) {
                    report.record(result);
                }

                @Override
                public void inputError(JsonInput failedInput, IOException error) {
                    failed = true;
                }

                @Override
                public void finish(ValidationReport summary) {
                    if (failed || body.problem() != null) {
                        return;
                    }
                    ctx.status(200);
                    ctx.contentType("application/json");
                    ctx.header("Cache-Control", "no-store");
                    answered[0] = true;
                    report.finish(summary);
                }
            });
        } catch (UncheckedIOException e) {
            if (answered[0]) {
                // the client left while the report was being sent: there is no one to answer
                LOG.debug("The report could not be sent: the client closed the connection");
                return;
            }
            throw e;
        }
        if (!answered[0]) {
            throw new ServiceError(body.problem() != null ? body.problem() : Problem.UNREADABLE);
        }
    }

    /** Reads the form up to its {@code file} part; a form without one, or broken before it, is a client error. */
    private static MultipartFile.Part filePart(InputStream in, String contentType) throws IOException {
        Optional<String> boundary = MultipartFile.boundary(contentType);
        if (boundary.isEmpty()) {
            throw new ServiceError(Problem.NO_FILE);
        }
        try {
            return MultipartFile.find(in, boundary.get(), "file");
        } catch (RequestBody.Stopped e) {
            throw new ServiceError(e.problem());
        } catch (MultipartFile.Malformed e) {
            throw new ServiceError(Problem.NO_FILE);
        } catch (IOException e) {
            throw new ServiceError(Problem.UNREADABLE);
        }
    }

    /**
     * The format of an uploaded file: by its name's extension, as the command line tells a file's, else by the
     * part's content type. The name serves only this: it is never repeated.
     */
    private static JsonInput.Format fileFormat(MultipartFile.Part part) {
        if (part.fileName().isPresent()) {
            try {
                return JsonInput.formatOf(part.fileName().get());
            } catch (IllegalArgumentException unknownExtension) {
                // the content type may still say
            }
        }
        BodyType type = part.contentType().map(BodyType::ofPart).orElse(null);
        if (type == null || type == BodyType.MULTIPART) {
            throw new ServiceError(Problem.FILE_FORMAT);
        }
        return type.format();
    }

    private static InputStream gzip(InputStream in) {
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (RequestBody.Stopped e) {
            throw new ServiceError(e.problem());
        } catch (IOException e) {
            throw new ServiceError(Problem.UNREADABLE);
        }
    }

    /** Whether the body is gzip-coded; any coding but gzip (and identity) is refused. */
    private static boolean gzip(String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank()
                || contentEncoding.trim().equalsIgnoreCase("identity")) {
            return false;
        }
        if (contentEncoding.trim().equalsIgnoreCase("gzip") || contentEncoding.trim().equalsIgnoreCase("x-gzip")) {
            return true;
        }
        throw new ServiceError(Problem.ENCODING);
    }

    /** The reader of a request: one a language and mode, shared; one of its own for a reference date. */
    private CepJson json(Locale locale, ReadMode mode, Optional<LocalDate> today) {
        if (today.isPresent()) {
            return build(profile.toBuilder().locale(locale).referenceDate(today.get()).build(), mode);
        }
        return validators.computeIfAbsent(locale.getLanguage() + "/" + mode,
                key -> build(profile.toBuilder().locale(locale).build(), mode));
    }

    private CepJson build(Profile requestProfile, ReadMode mode) {
        return CepJson.builder().validator(CepValidator.create(requestProfile)).mode(mode).limits(inputLimits).build();
    }

    /** The kinds of body the service reads, by media type. */
    enum BodyType {
        JSON(JsonInput.Format.JSON),
        NDJSON(JsonInput.Format.NDJSON),
        MULTIPART(null);

        private final JsonInput.Format format;

        BodyType(JsonInput.Format format) {
            this.format = format;
        }

        JsonInput.Format format() {
            return format;
        }

        /** The type of a request's body; a missing or other type, or a charset other than UTF-8, is refused. */
        static BodyType of(String contentType) {
            BodyType type = contentType == null ? null : ofPart(contentType);
            if (type == null) {
                throw new ServiceError(Problem.MEDIA_TYPE);
            }
            return type;
        }

        /** The type a content type names, or null. */
        static BodyType ofPart(String contentType) {
            int semicolon = contentType.indexOf(';');
            String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                    .toLowerCase(Locale.ROOT);
            Optional<String> charset = MultipartFile.parameter(contentType, "charset");
            if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")) {
                return null;
            }
            return switch (media) {
                case "application/json" -> JSON;
                case "application/x-ndjson" -> NDJSON;
                case "multipart/form-data" -> MULTIPART;
                default -> null;
            };
        }
    }

    /** The response body, opened at the first byte written: after the status and headers are set. */
    private static final class ResponseStream extends OutputStream {
        private final Context ctx;
        private OutputStream out;

        ResponseStream(Context ctx) {
            this.ctx = ctx;
        }

        private OutputStream out() {
            if (out == null) {
                out = ctx.outputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }
    }
}
