package org.cepkit.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.cepkit.json.InputLimits;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.json.internal.tables.TableReading;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.ValidationReport;
import org.cepkit.rules.internal.DatasetValidation;
import org.cepkit.rules.internal.ReportAccumulator;
import org.cepkit.rules.internal.RulesAccess;

/**
 * The one path of an input through cep-json: input → records ({@link DocumentReader}, {@link RecordReader}) →
 * validation ({@link DatasetValidation}) → the report sink, record after record in input order. Repeatable inputs
 * are read twice: a first pass gathers their operator records, so that references resolve wherever operators stand.
 * With an executor, the records of an NDJSON file are read and validated in batches on it, and finished here in
 * order ({@code dataset.duplicate-id}, the sink); without one, everything runs on the calling thread.
 */
public final class Pipeline {

    /** Lines a task reads and validates: enough to make a task's overhead small, few enough to keep memory flat. */
    private static final int BATCH = 128;

    private final CepValidator validator;
    private final DocumentReader reader;
    private final Executor executor;
    private final int parallelism;

    /** @param executor where batches run, or null for the calling thread alone */
    public Pipeline(CepValidator validator, ReadMode mode, InputLimits limits, Executor executor, int parallelism) {
        if (executor != null) {
            // the referential on one thread, the rules on another, while this one derives the reader from the wire
            // format and then makes the first pass: the first records wait for none of them (records read from
            // JSON never go through Hibernate Validator). Started here rather than at the first validation, the
            // referential's 0.3 s overlap the reader's making too: 1,000 records took 0.04 s less (BENCHMARKS.md)
            executor.execute(() -> validator.profile().referential().edition());
            executor.execute(() -> RulesAccess.prepareForRead(validator));
        }
        this.validator = validator;
        this.reader = new DocumentReader(validator, mode, limits);
        this.executor = executor;
        this.parallelism = parallelism;
    }

    public DocumentReader reader() {
        return reader;
    }

    /**
     * The reader of tables, made when tables are read: loading it loads Jackson databind (its JSON mapper), which
     * cost every validation of NDJSON about 0.1 s when the pipeline made it up front (measured by class loading).
     */
    public TableReading tables() {
        return new TableReading(reader, validator);
    }

    /**
     * Validates {@code inputs} as one dataset and tells {@code sink} everything, in order.
     *
     * @return the summary; with {@code keepIssues}, the issues too
     */
    public ValidationReport validate(List<JsonInput> inputs, boolean keepIssues, ReportSink sink) {
        List<Operator> operators = new ArrayList<>();
        List<JsonInput> readable = new ArrayList<>();
        for (JsonInput input : inputs) {
            if (!input.repeatable()) {
                readable.add(input);
                continue;
            }
            if (input.format() == JsonInput.Format.TABLES) {
                try {
                    tables().readOperators(input.path().orElseThrow(), operators::add);
                    readable.add(input);
                } catch (IOException | UncheckedIOException e) {
                    sink.inputError(input, cause(e));
                }
                continue;
            }
            try (InputStream in = input.open()) {
                // two chunks in flight a worker: the workers judge one while this thread reads the next
                reader.readOperators(in, input.format(), executor, parallelism * 2, operators::add);
                readable.add(input);
            } catch (IOException | UncheckedIOException e) {
                sink.inputError(input, cause(e));
            }
        }
        DatasetValidation dataset = DatasetValidation.start(validator, operators);
        ReportAccumulator report = new ReportAccumulator(keepIssues);
        for (JsonInput input : readable) {
            Stage stage = new Stage(input, dataset, result -> {
                report.addRecord(result.issues());
                sink.record(result);
            });
            if (input.format() == JsonInput.Format.TABLES) {
                try {
                    stage.tables(sink);
                } catch (IOException | UncheckedIOException e) {
                    sink.inputError(input, cause(e));
                }
                continue;
            }
            try (InputStream in = input.open()) {
                if (executor != null && input.repeatable() && input.format() == JsonInput.Format.NDJSON) {
                    stage.parallel(in);
                } else {
                    stage.sequential(in);
                }
            } catch (IOException | UncheckedIOException e) {
                sink.inputError(input, cause(e));
            }
        }
        ValidationReport summary = report.rulesNotApplied(dataset.rulesNotApplied()).build();
        sink.finish(summary);
        return summary;
    }

    private static IOException cause(Exception e) {
        return e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
    }

    /** The issues of one record read on its own (no dataset rules), in their order. */
    public RecordResult validateOne(RecordReader.Outcome outcome) {
        List<Issue> issues = new ArrayList<>(outcome.issues());
        outcome.record().ifPresent(record -> issues.addAll(RulesAccess.check(validator, record,
                validator.profile().referenceDate(), validator.profile().operators().orElse(null), true,
                outcome.unreadable())));
        return result("", 1, outcome, issues);
    }

    /** The reading issues of one record read on its own. */
    public RecordResult readOne(RecordReader.Outcome outcome) {
        return result("", 1, outcome, outcome.issues());
    }

    /** The reading of one input, its records finished in order. */
    private final class Stage {
        private final JsonInput input;
        private final DatasetValidation dataset;
        private final Consumer<RecordResult> emit;

        Stage(JsonInput input, DatasetValidation dataset, Consumer<RecordResult> emit) {
            this.input = input;
            this.dataset = dataset;
            this.emit = emit;
        }

        void sequential(InputStream in) throws IOException {
            reader.read(in, input.format(), (line, outcome) -> emit.accept(finish(line, outcome, ruleIssues(outcome))));
        }

        /**
         * The records of tables, validated on this thread as they are joined; each issue is then located in the
         * tables (file, row, column).
         */
        void tables(ReportSink sink) throws IOException {
            Pipeline.this.tables().read(input.path().orElseThrow(), sink::table, (file, row, outcome, json, locator) -> {
                RecordResult result = result(file, row, outcome, finishIssues(outcome, ruleIssues(outcome)));
                List<Issue> located = new ArrayList<>(result.issues().size());
                for (Issue issue : result.issues()) {
                    located.add(locator.locate(issue));
                }
                emit.accept(new RecordResult(result.input(), result.line(), result.type(), result.id(),
                        result.record(), located));
            });
        }

        /** The rule issues of a record; an operator of a stream read once first joins the registry. */
        private List<Issue> ruleIssues(RecordReader.Outcome outcome) {
            if (outcome.record().isEmpty()) {
                return List.of();
            }
            if (!input.repeatable() && outcome.complete().orElse(null) instanceof Operator operator) {
                dataset.register(operator);
            }
            return dataset.recordIssues(outcome.record().get(), true, outcome.unreadable());
        }

        /**
         * A line read and validated on a worker, waiting to be finished in order: its result as it stands when the
         * dataset rules find nothing (most records), the issues it was made of, and what the dataset rules need.
         */
        private record Done(long line, RecordReader.Outcome outcome, List<Issue> issues,
                DatasetValidation.RecordKey key, RecordResult result) {
        }

        /**
         * NDJSON read and validated on the executor: this thread splits the lines, the workers parse and validate
         * batches of them (the record rules need nothing but the record and the fixed registry) and work out what
         * the dataset rules need, and the results are finished here in input order. At most a few batches are in
         * flight, so memory stays constant.
         */
        void parallel(InputStream in) throws IOException {
            int maxInFlight = parallelism * 4;
            Deque<CompletableFuture<List<Done>>> inFlight = new ArrayDeque<>();
            List<DocumentReader.Line> batch = new ArrayList<>(BATCH);
            reader.readLines(in, line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    inFlight.add(submit(List.copyOf(batch)));
                    batch.clear();
                    if (inFlight.size() >= maxInFlight) {
                        finishBatch(inFlight.poll());
                    }
                }
            });
            if (!batch.isEmpty()) {
                inFlight.add(submit(List.copyOf(batch)));
            }
            while (!inFlight.isEmpty()) {
                finishBatch(inFlight.poll());
            }
        }

        private CompletableFuture<List<Done>> submit(List<DocumentReader.Line> lines) {
            return CompletableFuture.supplyAsync(() -> {
                List<Done> done = new ArrayList<>(lines.size());
                for (DocumentReader.Line line : lines) {
                    RecordReader.Outcome outcome = reader.parse(line);
                    List<Issue> ruleIssues = outcome.record()
                            .map(record -> dataset.recordIssues(record, true, outcome.unreadable())).orElse(List.of());
                    List<Issue> issues = concat(outcome.issues(), ruleIssues);
                    done.add(new Done(line.number(), outcome, issues, key(outcome),
                            result(input.name(), line.number(), outcome, issues)));
                }
                return done;
            }, executor);
        }

        private void finishBatch(CompletableFuture<List<Done>> batch) {
            for (Done d : Futures.join(batch)) {
                List<Issue> datasetIssues = dataset.check(d.key());
                emit.accept(datasetIssues.isEmpty() ? d.result()
                        : result(input.name(), d.line(), d.outcome(), concat(d.issues(), datasetIssues)));
            }
        }

        /**
         * The result of one record: its reading issues, its rule issues ({@code ruleIssues}, found perhaps on
         * another thread) and the dataset's ({@code dataset.duplicate-id}, {@code dataset.beneficiary-inconsistent}),
         * in their order.
         */
        private RecordResult finish(long line, RecordReader.Outcome outcome, List<Issue> ruleIssues) {
            return result(input.name(), line, outcome, finishIssues(outcome, ruleIssues));
        }

        private List<Issue> finishIssues(RecordReader.Outcome outcome, List<Issue> ruleIssues) {
            return concat(concat(outcome.issues(), ruleIssues), dataset.check(key(outcome)));
        }
    }

    /** What the dataset rules need of a record read: its beneficiary only when the record was read to its end. */
    private static DatasetValidation.RecordKey key(RecordReader.Outcome outcome) {
        return DatasetValidation.key(outcome.type().orElse(null), outcome.id().orElse(null),
                outcome.aborted() ? null : outcome.record().orElse(null), outcome.unreadable());
    }

    /** {@code first} then {@code second}; no new list when one is empty (most records have no issue). */
    private static List<Issue> concat(List<Issue> first, List<Issue> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        List<Issue> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return both;
    }

    /** The issues sorted, each naming the record (when its id can be repeated) and where it starts. */
    private RecordResult result(String input, long line, RecordReader.Outcome outcome, List<Issue> issues) {
        if (issues.isEmpty()) {
            return new RecordResult(input, line, outcome.type(), outcome.id(), outcome.complete(), List.of());
        }
        String id = outcome.id().orElse(null);
        List<Issue> located = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            // withRecord leaves out an id that a report may not repeat
            Issue withRecord = issue.withRecord(id);
            located.add(input.isEmpty() ? withRecord : withRecord.withLocation(input, line));
        }
        if (located.size() > 1) {
            located.sort(validator.catalogue().issueOrder(outcome.type().orElse(null)));
        }
        Optional<CepRecord> record = outcome.complete();
        return new RecordResult(input, line, outcome.type(), outcome.id(), record, located);
    }
}
