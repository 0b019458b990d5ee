package org.cepkit.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.cepkit.json.read.DocumentReader;
import org.cepkit.json.read.RecordReader;
import org.cepkit.json.write.RecordWriter;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.DatasetValidation;
import org.cepkit.rules.Issue;
import org.cepkit.rules.ValidationReport;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON side of cepkit, wire format v1 (SPEC §2): writes records as canonical JSON, reads records, arrays of
 * records and NDJSON, and validates them, reporting every problem of a record in one pass with its JSON
 * Pointer, line and record id. Built on Jackson 3's streaming API: field names, code values, ISO dates,
 * property order and unknown fields are all handled by cepkit itself, never by a mapper's defaults.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CepJson json = CepJson.create();                                  // strict, French messages
 * String text = json.write(pathway);                                // one line of canonical JSON
 * RecordResult one = json.validate(text);                           // read + validate one record
 * ValidationReport report = json.validate(Path.of("pathways.ndjson"));
 *
 * CepJson lenient = CepJson.builder()
 *         .validator(CepValidator.create(Profile.builder().locale(Locale.ENGLISH).build()))
 *         .mode(ReadMode.LENIENT)
 *         .limits(InputLimits.defaults().withMaxStringLength(2_000))
 *         .build();
 * }</pre>
 */
public final class CepJson {

    private static final JsonFactory WRITER = JsonFactory.builder().build();

    private final CepValidator validator;
    private final ReadMode mode;
    private final InputLimits limits;
    private final int threads;
    private final DocumentReader reader;

    private CepJson(Builder builder) {
        this.validator = builder.validator;
        this.mode = builder.mode;
        this.limits = builder.limits;
        this.threads = builder.threads;
        this.reader = new DocumentReader(validator, mode, limits);
    }

    /** Strict reading, default limits, a validator with the default profile. */
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
     * Reads one JSON record without running the rules: the record when every field could be read, and the
     * reading issues ({@code format.*}, {@code code.alias}).
     */
    public RecordResult read(String json) {
        RecordReader.Outcome outcome = reader.readOne(json.getBytes(StandardCharsets.UTF_8));
        return result("", 1, outcome, outcome.issues());
    }

    /** Reads one JSON record and validates it (record rules; no dataset rules). */
    public RecordResult validate(String json) {
        RecordReader.Outcome outcome = reader.readOne(json.getBytes(StandardCharsets.UTF_8));
        List<Issue> issues = new ArrayList<>(outcome.issues());
        outcome.record().ifPresent(record -> issues.addAll(validator.validate(record).issues()));
        return result("", 1, outcome, issues);
    }

    /**
     * Reads every record of {@code input} without running the rules, handing each to {@code sink}. The records
     * are never all held in memory.
     */
    public void read(JsonInput input, Consumer<RecordResult> sink) throws IOException {
        try (InputStream in = input.open()) {
            reader.read(in, input.format(), (line, outcome) -> sink.accept(result(input.name(), line, outcome,
                    outcome.issues())));
        }
    }

    // ---- validating inputs

    /**
     * Validates files ({@code .json}, {@code .ndjson}, {@code .jsonl}) as one dataset, keeping every issue.
     *
     * @throws IllegalArgumentException if a file's extension is none of those
     * @throws UncheckedIOException if a file cannot be read (the others are validated first); use
     *     {@link #validate(List, boolean, ValidationListener)} to go on past unreadable inputs
     */
    public ValidationReport validate(Path... files) {
        List<JsonInput> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(JsonInput.file(file));
        }
        List<IOException> errors = new ArrayList<>();
        ValidationReport report = validate(inputs, true, new ValidationListener() {
            @Override
            public void onInputError(JsonInput input, IOException error) {
                errors.add(error);
            }
        });
        if (!errors.isEmpty()) {
            throw new UncheckedIOException("Could not read " + errors.size() + " input(s)", errors.get(0));
        }
        return report;
    }

    /**
     * Validates the inputs as one dataset, in two passes over the repeatable ones: the first gathers their
     * operator records (the registry, with the validator's own), the second reads and validates every record and
     * hands it to {@code listener}, input after input in the order given. Standard input is read once: its operators join the
     * registry as they come. Memory grows only with the operators and the ids kept for
     * {@code dataset.duplicate-id}, unless {@code keepIssues}, which keeps every issue in the report.
     *
     * @return the summary (and, with {@code keepIssues}, the issues); an input that cannot be read is told to the
     *     listener and counts no record
     */
    public ValidationReport validate(List<JsonInput> inputs, boolean keepIssues, ValidationListener listener) {
        Objects.requireNonNull(listener, "listener");
        try (ParallelValidation parallel = threads > 1 ? new ParallelValidation(threads) : null) {
            if (parallel != null) {
                parallel.prepare(); // while this thread makes the first pass
            }
            List<Operator> operators = new ArrayList<>();
            List<JsonInput> readable = new ArrayList<>();
            for (JsonInput input : inputs) {
                if (!input.repeatable()) {
                    readable.add(input);
                    continue;
                }
                try (InputStream in = input.open()) {
                    reader.readOperators(in, input.format(), operators::add);
                    readable.add(input);
                } catch (IOException | UncheckedIOException e) {
                    listener.onInputError(input, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
            }
            DatasetValidation dataset = validator.newDataset(operators);
            ValidationReport.Builder report = ValidationReport.builder().keepIssues(keepIssues);
            Consumer<RecordResult> emit = result -> {
                report.addRecord(result.issues());
                listener.onRecord(result);
            };
            for (JsonInput input : readable) {
                try (InputStream in = input.open()) {
                    if (parallel != null && input.repeatable() && input.format() == JsonInput.Format.NDJSON) {
                        parallel.validate(input, in, dataset, emit);
                    } else {
                        reader.read(in, input.format(), (line, outcome) ->
                                emit.accept(finish(input, line, outcome, recordIssues(input, outcome, dataset), dataset)));
                    }
                } catch (IOException | UncheckedIOException e) {
                    listener.onInputError(input, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
            }
            return report.rulesNotApplied(dataset.rulesNotApplied()).build();
        }
    }

    /**
     * NDJSON validated on several threads: this thread reads the lines, the workers parse and validate batches
     * of them (the record rules need nothing but the record and the fixed registry), and the results are
     * finished here in input order ({@code dataset.duplicate-id}, the listener). At most a few batches are in
     * flight, so memory stays constant. Not for standard input, whose operators join the registry as they come.
     */
    private final class ParallelValidation implements AutoCloseable {
        private static final int BATCH = 128;

        private final ExecutorService pool;
        private final int maxInFlight;

        ParallelValidation(int threads) {
            this.pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "cepkit-validation");
                thread.setDaemon(true);
                return thread;
            });
            this.maxInFlight = threads * 4;
        }

        /**
         * Loads what the validator needs on the workers: the COG on one, Hibernate Validator and the rest on
         * another (whose sample records then wait for the COG), so that the first records need not wait for both
         * in turn.
         */
        void prepare() {
            pool.execute(() -> validator.profile().referential().edition());
            pool.execute(validator::prepare);
        }

        /** A line read and validated on a worker, waiting to be finished in order. */
        private record Done(long line, RecordReader.Outcome outcome, List<Issue> issues) {
        }

        void validate(JsonInput input, InputStream in, DatasetValidation dataset, Consumer<RecordResult> emit)
                throws IOException {
            Deque<Future<List<Done>>> inFlight = new ArrayDeque<>();
            List<DocumentReader.Line> batch = new ArrayList<>(BATCH);
            reader.readLines(in, line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    inFlight.add(submit(List.copyOf(batch), dataset));
                    batch.clear();
                    if (inFlight.size() >= maxInFlight) {
                        finish(inFlight.poll(), input, dataset, emit);
                    }
                }
            });
            if (!batch.isEmpty()) {
                inFlight.add(submit(List.copyOf(batch), dataset));
            }
            while (!inFlight.isEmpty()) {
                finish(inFlight.poll(), input, dataset, emit);
            }
        }

        private Future<List<Done>> submit(List<DocumentReader.Line> lines, DatasetValidation dataset) {
            return pool.submit(() -> {
                List<Done> done = new ArrayList<>(lines.size());
                for (DocumentReader.Line line : lines) {
                    RecordReader.Outcome outcome = reader.parse(line);
                    done.add(new Done(line.number(), outcome,
                            outcome.record().map(dataset::recordIssues).orElse(List.of())));
                }
                return done;
            });
        }

        private void finish(Future<List<Done>> batch, JsonInput input, DatasetValidation dataset,
                Consumer<RecordResult> emit) {
            List<Done> done;
            try {
                done = batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Validation interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
            for (Done d : done) {
                emit.accept(CepJson.this.finish(input, d.line(), d.outcome(), d.issues(), dataset));
            }
        }

        /**
         * Lets the workers end without interrupting them: a preparation still running (a small input can be done
         * first) must not be cut while it loads the COG or starts Hibernate Validator for the whole JVM.
         */
        @Override
        public void close() {
            pool.shutdown();
        }
    }

    /** The rule issues of a record read in full; an operator of standard input first joins the registry. */
    private static List<Issue> recordIssues(JsonInput input, RecordReader.Outcome outcome, DatasetValidation dataset) {
        if (outcome.record().isEmpty()) {
            return List.of();
        }
        CepRecord record = outcome.record().get();
        if (!input.repeatable() && record instanceof Operator operator) {
            dataset.register(operator);
        }
        return dataset.recordIssues(record);
    }

    /**
     * The result of one record: its reading issues, then its rule issues ({@code recordIssues}, found perhaps on
     * another thread), then the dataset's: the id is checked for {@code dataset.duplicate-id}.
     */
    private RecordResult finish(JsonInput input, long line, RecordReader.Outcome outcome, List<Issue> recordIssues,
            DatasetValidation dataset) {
        List<Issue> issues = new ArrayList<>(outcome.issues().size() + recordIssues.size() + 1);
        issues.addAll(outcome.issues());
        issues.addAll(recordIssues);
        Optional<CepRecord> record = outcome.record();
        if (record.isPresent()) {
            dataset.checkId(record.get().getType(), record.get().getId())
                    .ifPresent(issue -> issues.add(issue.withRecord(record.get().getId())));
        } else if (outcome.type().isPresent() && outcome.id().isPresent()) {
            dataset.checkId(outcome.type().get(), outcome.id().get()).ifPresent(issues::add);
        }
        return result(input.name(), line, outcome, issues);
    }

    private static RecordResult result(String input, long line, RecordReader.Outcome outcome, List<Issue> issues) {
        String id = outcome.id().filter(RecordResult::reportable).orElse(null);
        List<Issue> located = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            // also over the id the rules attached themselves, so that an overlong one is left out everywhere
            Issue withRecord = issue.withRecord(id);
            located.add(input.isEmpty() ? withRecord : withRecord.withLocation(input, line));
        }
        Optional<RecordType> type = outcome.type();
        return new RecordResult(input, line, type, outcome.id(), outcome.record(), located);
    }

    /** Builds a {@link CepJson}. */
    public static final class Builder {
        private CepValidator validator;
        private ReadMode mode = ReadMode.STRICT;
        private InputLimits limits = InputLimits.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * How many threads validate an NDJSON file (default: one a processor); 1 validates on the calling thread
         * alone. Results reach the listener in input order, on the calling thread, whatever the number.
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + value);
            }
            this.threads = value;
            return this;
        }

        /** The validator whose profile (severities, locale, registry, reference date) the reading issues follow too. */
        public Builder validator(CepValidator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        public Builder mode(ReadMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
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
