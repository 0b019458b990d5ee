package org.cepkit.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.cepkit.json.internal.Pipeline;
import org.cepkit.json.internal.RecordReader;
import org.cepkit.json.internal.RecordWriter;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.ValidationReport;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON side of cepkit, wire format v1: writes records as canonical JSON, reads records, arrays of records and
 * NDJSON, and validates them, reporting every problem of a record in one pass with its JSON Pointer, line and
 * record id. Reading and writing follow the model's one description of the wire format
 * ({@code org.cepkit.model.wire.WireFormat}) over Jackson 3's streaming API: field names, code values, ISO dates,
 * property order and unknown fields are all cepkit's, never a mapper's defaults. Immutable and thread-safe.
 *
 * <pre>{@code
 * CepJson json = CepJson.create();                                  // strict, French messages
 * String text = json.write(pathway);                                // one line of canonical JSON
 * RecordResult one = json.validate(text);                           // read + validate one record
 * ValidationReport report = json.validate(Path.of("pathways.ndjson"));
 *
 * ExecutorService pool = Executors.newFixedThreadPool(4);
 * CepJson parallel = CepJson.builder()
 *         .validator(CepValidator.create(Profile.builder().locale(Locale.ENGLISH).build()))
 *         .mode(ReadMode.LENIENT)
 *         .limits(InputLimits.defaults().withMaxStringLength(2_000))
 *         .executor(pool, 4)                                        // a library call starts no thread itself
 *         .build();
 * try (JsonReportWriter report = JsonReportWriter.to(System.out)) {
 *     parallel.validate(List.of(JsonInput.file(Path.of("big.ndjson"))), false, report);
 * }
 * }</pre>
 */
public final class CepJson {

    private static final JsonFactory WRITER = JsonFactory.builder().build();

    private final CepValidator validator;
    private final ReadMode mode;
    private final InputLimits limits;
    private final Pipeline pipeline;

    private CepJson(Builder builder) {
        this.validator = builder.validator;
        this.mode = builder.mode;
        this.limits = builder.limits;
        this.pipeline = new Pipeline(validator, mode, limits, builder.executor, builder.parallelism);
    }

    /** Strict reading, default limits, a validator with the default profile, everything on the calling thread. */
    public static CepJson create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public CepValidator validator() {
        return validator;
    }

    public ReadMode mode() {
        return mode;
    }

    public InputLimits limits() {
        return limits;
    }

    // ---- writing

    /** The record as one line of canonical JSON (no trailing newline). */
    public String write(CepRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        write(record, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the record as canonical UTF-8 JSON to {@code out}, which is flushed, not closed. */
    public void write(CepRecord record, OutputStream out) {
        try (JsonGenerator g = WRITER.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            RecordWriter.write(record, g);
        }
    }

    /** Writes the records as NDJSON: one canonical record a line, each ended by {@code \n}. */
    public void writeNdjson(Iterable<? extends CepRecord> records, Writer out) throws IOException {
        for (CepRecord record : records) {
            out.write(write(record));
            out.write('\n');
        }
        out.flush();
    }

    // ---- reading one record

    /**
     * Reads one JSON record without running the rules: the reading issues ({@code format.*}, {@code code.alias}),
     * and the record when every value could be read.
     */
    public RecordResult read(String json) {
        return pipeline.readOne(readOne(json));
    }

    /**
     * Reads one JSON record and validates it (record rules, no dataset rules): every rule whose values could be
     * read runs.
     */
    public RecordResult validate(String json) {
        return pipeline.validateOne(readOne(json));
    }

    private RecordReader.Outcome readOne(String json) {
        return pipeline.reader().readOne(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads every record of {@code input} without running the rules, handing each to {@code sink}. The records
     * are never all held in memory.
     */
    public void read(JsonInput input, Consumer<RecordResult> sink) throws IOException {
        if (input.format() == JsonInput.Format.TABLES) {
            pipeline.tables().read(input.path().orElseThrow(), table -> { }, (file, row, outcome, json, locator) -> {
                RecordResult one = pipeline.readOne(outcome);
                sink.accept(new RecordResult(file, row, one.type(), one.id(), one.record(),
                        one.issues().stream().map(locator::locate).toList()));
            });
            return;
        }
        try (InputStream in = input.open()) {
            pipeline.reader().read(in, input.format(),
                    (line, outcome) -> sink.accept(readResult(input, line, outcome)));
        }
    }

    private RecordResult readResult(JsonInput input, long line, RecordReader.Outcome outcome) {
        RecordResult one = pipeline.readOne(outcome);
        return new RecordResult(input.name(), line, one.type(), one.id(), one.record(), one.issues().stream()
                .map(issue -> issue.withLocation(input.name(), line)).toList());
    }

    // ---- validating inputs

    /**
     * Validates files ({@code .json}, {@code .ndjson}, {@code .jsonl}) as one dataset, keeping every issue.
     *
     * @throws IllegalArgumentException if a file's extension is none of those
     * @throws UncheckedIOException if a file cannot be read (the others are validated first); use
     *     {@link #validate(List, boolean, ReportSink)} to go on past unreadable inputs
     */
    public ValidationReport validate(Path... files) {
        List<JsonInput> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(JsonInput.file(file));
        }
        return validate(inputs);
    }

    /**
     * Validates the inputs as one dataset, keeping every issue.
     *
     * @throws UncheckedIOException if an input cannot be read (the others are validated first)
     */
    public ValidationReport validate(List<JsonInput> inputs) {
        List<IOException> errors = new ArrayList<>();
        ValidationReport report = pipeline.validate(inputs, true, new ReportSink() {
            @Override
            public void inputError(JsonInput input, IOException error) {
                errors.add(error);
            }
        });
        if (!errors.isEmpty()) {
            throw new UncheckedIOException("Could not read " + errors.size() + " input(s)", errors.get(0));
        }
        return report;
    }

    /**
     * Validates the inputs as one dataset and hands {@code sink} each record's result as it comes, input after
     * input in the order given, then the summary. Repeatable inputs are read twice: the first pass gathers their
     * operator records (the registry, with the profile's own); a stream read once (standard input) registers its
     * operators as they come, so they must come before the records that name them. Memory grows only with the
     * operators and the ids kept for {@code dataset.duplicate-id}, never with the records. With an
     * {@linkplain Builder#executor executor}, NDJSON files are validated on it; the sink is called on this thread, in
     * input order, and the results are the same bytes whatever the executor.
     *
     * @param keepIssues whether the report returned (and given to the sink's {@code finish}) holds every issue, or
     *     only the counts, for streams of any length
     * @return the summary (with {@code keepIssues}, the issues too); an input that cannot be read is told to the
     *     sink and counts no record
     */
    public ValidationReport validate(List<JsonInput> inputs, boolean keepIssues, ReportSink sink) {
        return pipeline.validate(inputs, keepIssues, Objects.requireNonNull(sink, "sink"));
    }

    /** Builds a {@link CepJson}. */
    public static final class Builder {
        private CepValidator validator;
        private ReadMode mode = ReadMode.STRICT;
        private InputLimits limits = InputLimits.defaults();
        private Executor executor;
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * Validates NDJSON files on {@code executor}, with at most {@code parallelism} batches of records at a
         * time per worker it is expected to give (a few more are queued, so that the workers never wait). The
         * caller owns the executor: cepkit never shuts it down. Without one (the default), everything runs on the
         * calling thread and no thread is started.
         */
        public Builder executor(Executor value, int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
            }
            this.executor = Objects.requireNonNull(value, "executor");
            this.parallelism = parallelism;
            return this;
        }

        /** The validator whose profile (severities, locale, registry, reference date) the reading issues follow too. */
        public Builder validator(CepValidator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        public Builder mode(ReadMode value) {
            this.mode = Objects.requireNonNull(value, "read mode");
            return this;
        }

        public Builder limits(InputLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        public CepJson build() {
            if (validator == null) {
                validator = CepValidator.create();
            }
            return new CepJson(this);
        }
    }
}
