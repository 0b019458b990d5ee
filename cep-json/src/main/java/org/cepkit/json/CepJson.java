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
import java.util.Optional;
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
    private final DocumentReader reader;

    private CepJson(Builder builder) {
        this.validator = builder.validator;
        this.mode = builder.mode;
        this.limits = builder.limits;
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
    public void read(JsonInput input, java.util.function.Consumer<RecordResult> sink) throws IOException {
        try (InputStream in = input.open()) {
            reader.read(in, input.format(), (line, outcome) -> sink.accept(result(input.name(), line, outcome,
                    outcome.issues())));
        }
    }

    // ---- validating inputs

    /** Validates files ({@code .json}, {@code .ndjson}, {@code .jsonl}) as one dataset, keeping every issue. */
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
        List<Operator> operators = new ArrayList<>();
        List<JsonInput> readable = new ArrayList<>();
        for (JsonInput input : inputs) {
            if (!input.repeatable()) {
                readable.add(input);
                continue;
            }
            try (InputStream in = input.open()) {
                reader.read(in, input.format(), (line, outcome) -> outcome.record()
                        .filter(Operator.class::isInstance).map(Operator.class::cast).ifPresent(operators::add));
                readable.add(input);
            } catch (IOException | UncheckedIOException e) {
                listener.onInputError(input, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
            }
        }
        DatasetValidation dataset = validator.newDataset(operators);
        ValidationReport.Builder report = ValidationReport.builder().keepIssues(keepIssues);
        for (JsonInput input : readable) {
            try (InputStream in = input.open()) {
                reader.read(in, input.format(), (line, outcome) -> {
                    RecordResult result = validate(input, line, outcome, dataset);
                    report.addRecord(result.issues());
                    listener.onRecord(result);
                });
            } catch (IOException | UncheckedIOException e) {
                listener.onInputError(input, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
            }
        }
        return report.rulesNotApplied(dataset.rulesNotApplied()).build();
    }

    private RecordResult validate(JsonInput input, long line, RecordReader.Outcome outcome, DatasetValidation dataset) {
        List<Issue> issues = new ArrayList<>(outcome.issues());
        Optional<CepRecord> record = outcome.record();
        if (record.isPresent()) {
            if (!input.repeatable() && record.get() instanceof Operator operator) {
                dataset.register(operator);
            }
            issues.addAll(dataset.validate(record.get()));
        } else if (outcome.type().isPresent() && outcome.id().isPresent()) {
            dataset.checkId(outcome.type().get(), outcome.id().get()).ifPresent(issues::add);
        }
        return result(input.name(), line, outcome, issues);
    }

    private static RecordResult result(String input, long line, RecordReader.Outcome outcome, List<Issue> issues) {
        String id = outcome.id().filter(CepJson::reportable).orElse(null);
        List<Issue> located = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            // also over the id the rules attached themselves, so that an overlong one is left out everywhere
            Issue withRecord = issue.withRecord(id);
            located.add(input.isEmpty() ? withRecord : withRecord.withLocation(input, line));
        }
        Optional<RecordType> type = outcome.type();
        return new RecordResult(input, line, type, outcome.id(), outcome.record(), located);
    }

    /** Record ids are not personal data; an overlong one is left out of the issues rather than repeated. */
    private static boolean reportable(String id) {
        return id.length() <= 64;
    }

    /** Builds a {@link CepJson}. */
    public static final class Builder {
        private CepValidator validator;
        private ReadMode mode = ReadMode.STRICT;
        private InputLimits limits = InputLimits.defaults();

        private Builder() {
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
