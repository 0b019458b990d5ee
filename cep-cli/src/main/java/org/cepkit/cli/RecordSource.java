package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;
import org.cepkit.rules.territory.Referential;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of {@code cep validate}, {@code cep indicators} and {@code cep network}, read and validated alike
 * (strict or lenient, {@code --operators}, {@code --today}, {@code -} for standard input, files read twice, folders
 * and workbooks of tables), on as many threads as there are processors. Every call of those commands into
 * {@link CepJson} is in this class.
 */
final class RecordSource {

    /** The input options. */
    static final class Options {

        static final class Mode {
            @Option(names = "--strict", descriptionKey = "strict")
            boolean strict;

            @Option(names = "--lenient", descriptionKey = "lenient")
            boolean lenient;
        }

        @ArgGroup(exclusive = true)
        Mode mode;

        @Option(names = "--operators", paramLabel = "FILE", descriptionKey = "operators")
        Path operators;

        @Option(names = "--today", paramLabel = "DATE", descriptionKey = "today")
        String today;

        @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
        List<String> files;
    }

    /**
     * What was read: the validation summary, how many records went to the analysis, and whether an input could
     * not be read (the others were read all the same).
     */
    record Outcome(ValidationReport report, long analysed, boolean unreadable) {
        /** The records read that were not handed on: those with an ERROR. */
        long invalid() {
            return report.records() - analysed;
        }
    }

    private final Messages messages;
    private final PrintWriter err;
    private final Profile profile;
    private final ReadMode mode;
    private final List<JsonInput> inputs;
    private final boolean unreadable;

    private RecordSource(Messages messages, PrintWriter err, Profile profile, ReadMode mode, List<JsonInput> inputs,
            boolean unreadable) {
        this.messages = messages;
        this.err = err;
        this.profile = profile;
        this.mode = mode;
        this.inputs = inputs;
        this.unreadable = unreadable;
    }

    /**
     * The inputs of {@code options}, checked: an input that cannot be read, or whose format is unknown, is
     * reported on {@code err} and skipped (the outcome says so), and the others are read all the same.
     *
     * @throws UsageException for a bad {@code --today}, standard input twice or an unreadable operators file,
     *     before anything is read
     */
    static RecordSource open(Options options, Messages messages, PrintWriter err) throws UsageException {
        Profile.Builder profile = Profile.builder().locale(messages.locale());
        if (options.today != null) {
            try {
                profile.referenceDate(LocalDate.parse(options.today));
            } catch (DateTimeParseException e) {
                throw new UsageException(messages.get("error.today", options.today));
            }
        }
        if (options.operators != null) {
            profile.operators(OperatorRegistry.of(readOperators(options.operators, messages, err)));
        }
        boolean unreadable = false;
        List<JsonInput> inputs = new ArrayList<>();
        boolean stdin = false;
        for (String file : options.files) {
            if ("-".equals(file)) {
                if (stdin) {
                    throw new UsageException(messages.get("error.stdinTwice"));
                }
                stdin = true;
                inputs.add(JsonInput.stdin(System.in));
                continue;
            }
            Path path = Path.of(file);
            if (!(Files.isRegularFile(path) || Files.isDirectory(path)) || !Files.isReadable(path)) {
                err.println(messages.get("error.prefix", messages.get(Files.exists(path) ? "error.notReadable"
                        : "error.noSuchFile", file)));
                unreadable = true;
                continue;
            }
            try {
                inputs.add(JsonInput.file(path));
            } catch (IllegalArgumentException unknownFormat) {
                err.println(messages.get("error.prefix", messages.get("error.extension", file)));
                unreadable = true;
            }
        }
        return new RecordSource(messages, err, profile.build(),
                options.mode != null && options.mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT, inputs, unreadable);
    }

    /** The referential of the validation, for the analysis to place communes in the same COG edition. */
    Referential referential() {
        return profile.referential();
    }

    /**
     * Validates the inputs as one dataset and hands each record's result to {@code sink}, in input order, on
     * this thread; reports the inputs that cannot be read on the error stream, and a progress line on a terminal.
     *
     * @return the summary, and whether an input could not be read
     */
    Outcome validate(ReportSink sink) {
        Progress progress = new Progress(err, Terminal.interactive(), (records, perSecond) ->
                messages.get("progress", records, perSecond));
        boolean[] failed = {false};
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cep-validate");
            thread.setDaemon(true);
            return thread;
        });
        ValidationReport report;
        try {
            CepJson json = CepJson.builder().validator(CepValidator.create(profile)).mode(mode)
                    .executor(pool, threads).build();
            report = json.validate(inputs, false, ReportSink.all(new ReportSink() {
                @Override
                public void record(RecordResult result) {
                    progress.tick();
                }

                @Override
                public void inputError(JsonInput input, IOException error) {
                    err.println(messages.get("error.prefix", messages.get("error.unreadable", input.name(),
                            error.getMessage())));
                    failed[0] = true;
                }

                @Override
                public void finish(ValidationReport summary) {
                    progress.done();
                }
            }, sink));
        } finally {
            progress.done();
            // a preparation still running on a worker must not be cut: it loads classes for the whole JVM
            pool.shutdown();
        }
        return new Outcome(report, 0, unreadable || failed[0]);
    }

    /** Validates the inputs as {@link #validate} does, and hands each record free of ERROR to {@code sink}. */
    Outcome read(Consumer<CepRecord> sink) {
        long[] analysed = {0};
        Outcome outcome = validate(new ReportSink() {
            @Override
            public void record(RecordResult result) {
                if (result.isValid() && result.record().isPresent()) {
                    analysed[0]++;
                    sink.accept(result.record().get());
                }
            }
        });
        return new Outcome(outcome.report(), analysed[0], outcome.unreadable());
    }

    /**
     * The operators of {@code file}; the records of another type, or that cannot be read, are counted in a
     * warning and left out.
     *
     * @throws UsageException when the file cannot be read
     */
    static List<Operator> readOperators(Path file, Messages messages, PrintWriter err) throws UsageException {
        List<Operator> result = new ArrayList<>();
        long[] skipped = {0};
        try {
            CepJson.create().read(JsonInput.file(file), record -> {
                if (record.record().isPresent() && record.record().get() instanceof Operator operator) {
                    result.add(operator);
                } else {
                    skipped[0]++;
                }
            });
        } catch (IllegalArgumentException unknownFormat) {
            throw new UsageException(messages.get("error.extension", file.toString()));
        } catch (IOException e) {
            throw new UsageException(messages.get("error.operators", file.toString(), e.getMessage()));
        }
        if (skipped[0] > 0) {
            err.println(messages.get("error.prefix", messages.get("warning.operatorsSkipped", file.toString(),
                    skipped[0])));
        }
        return result;
    }
}
