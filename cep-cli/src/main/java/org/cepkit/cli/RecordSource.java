package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The inputs of {@code cep indicators} and {@code cep network}, read and validated as {@code cep validate} reads
 * and validates them (strict or lenient, {@code --operators}, {@code --today}, {@code -} for standard input, two
 * passes over files): the records free of ERROR go to the analysis, the others are only counted. Every call of
 * those commands into {@link CepJson} is in this class.
 */
final class RecordSource {

    /** The input options, as {@code cep validate} has them. */
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

    /** A usage error or an unreadable operators file, with its message in the command's language. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
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
     * The inputs of {@code options}, checked: the files that cannot be read are reported on {@code err} and
     * skipped (the outcome says so).
     *
     * @throws UsageException for a bad {@code --today}, standard input twice, an input of unknown format or an
     *     unreadable operators file, before anything is read
     */
    static RecordSource open(Options options, Messages messages, PrintWriter err) throws UsageException {
        Profile.Builder profile = Profile.builder().locale(messages.isEnglish() ? Locale.ENGLISH : Locale.FRENCH);
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
            checkFormat(path, messages);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                err.println(messages.get("error.prefix", messages.get(Files.exists(path) ? "error.notReadable"
                        : "error.noSuchFile", file)));
                unreadable = true;
                continue;
            }
            inputs.add(JsonInput.file(path));
        }
        return new RecordSource(messages, err, profile.build(),
                options.mode != null && options.mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT, inputs, unreadable);
    }

    /** The referential of the validation, for the analysis to place communes in the same COG edition. */
    Referential referential() {
        return profile.referential();
    }

    /**
     * Validates the inputs as one dataset, on as many threads as there are processors as {@code cep validate}
     * does, and hands each record free of ERROR to {@code sink}, in input order, on this thread; reports the inputs
     * that cannot be read on the error stream.
     */
    Outcome read(Consumer<CepRecord> sink) {
        Progress progress = new Progress(err, Terminal.interactive(), (records, perSecond) ->
                messages.get("progress", records, perSecond));
        long[] analysed = {0};
        boolean[] failed = {false};
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cep-analysis-input");
            thread.setDaemon(true);
            return thread;
        });
        ValidationReport report;
        try {
            CepJson json = CepJson.builder().validator(CepValidator.create(profile)).mode(mode)
                    .executor(pool, threads).build();
            report = json.validate(inputs, false, new ReportSink() {
                @Override
                public void record(RecordResult result) {
                    progress.tick();
                    if (result.isValid() && result.record().isPresent()) {
                        analysed[0]++;
                        sink.accept(result.record().get());
                    }
                }

                @Override
                public void inputError(JsonInput input, IOException error) {
                    err.println(messages.get("error.prefix", messages.get("error.unreadable", input.name(),
                            error.getMessage())));
                    failed[0] = true;
                }
            });
        } finally {
            progress.done();
            // a preparation still running on a worker must not be cut: it loads classes for the whole JVM
            pool.shutdown();
        }
        return new Outcome(report, analysed[0], unreadable || failed[0]);
    }

    private static void checkFormat(Path path, Messages messages) throws UsageException {
        try {
            JsonInput.formatOf(path.getFileName() == null ? "" : path.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new UsageException(messages.get("error.extension", path.toString()));
        }
    }

    private static List<Operator> readOperators(Path file, Messages messages, PrintWriter err) throws UsageException {
        checkFormat(file, messages);
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
