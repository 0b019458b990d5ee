package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.json.report.TextReportWriter;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cep validate}: reads and validates records, and reports every issue. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate CEP records of wire format v1 against the JSON format, the code lists, the embedded"
                + " COG and every rule of the catalogue (cep rules).",
                "Inputs: .json (one record or an array of records), .ndjson or .jsonl (one record a line),"
                        + " - (NDJSON on standard input). Files are read twice, so that operators resolve wherever"
                        + " they stand; on standard input operators must come before the records that name them.",
                "Tables (pathways.csv, services.csv…): a folder of them, a datapackage.json, one .csv or .tsv"
                        + " table, or an .xlsx workbook with a sheet per table; the separator (, ; tab) and the"
                        + " encoding (UTF-8, Windows-1252) are found, and each issue names its file, row and"
                        + " column."},
        footer = {"", "Examples:",
                "  cep validate examples/demo.ndjson",
                "  cep validate --lenient --lang en data/*.ndjson",
                "  cep validate export/              (pathways.csv, services.csv…)",
                "  cep validate --lang en workbook.xlsx",
                "  cep validate --format json --operators operators.ndjson --today 2025-12-31 \\",
                "      pathways.ndjson",
                "  zcat big.ndjson.gz | cep validate -",
                "", "Exit status: 0 no ERROR, 1 some ERROR, 2 usage error or unreadable input."})
final class ValidateCommand implements Callable<Integer> {

    static final class Mode {
        @Option(names = "--strict", description = "a field that v1 does not define is an ERROR (default)")
        boolean strict;

        @Option(names = "--lenient", description = "a field that v1 does not define is an INFO and is ignored")
        boolean lenient;
    }

    @ArgGroup(exclusive = true)
    private Mode mode;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default, for people) or json (the report of docs/report.md)")
    private OutputFormat format;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "LANG", description = "messages in fr (default) or en")
    private Language lang;

    @Option(names = "--operators", paramLabel = "FILE",
            description = "operator records (.json, .ndjson, .jsonl) to resolve references against, besides those of"
                    + " the inputs")
    private Path operators;

    @Option(names = "--today", paramLabel = "DATE",
            description = "the reference date (YYYY-MM-DD): later dates are pathway.future-date; default today")
    private String today;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "the inputs (files or folders of tables); - for NDJSON on standard input")
    private List<String> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Profile.Builder profile = Profile.builder().locale(lang.locale());
        if (today != null) {
            try {
                profile.referenceDate(LocalDate.parse(today));
            } catch (DateTimeParseException e) {
                err.println("cep: --today expects a date YYYY-MM-DD, got '" + today + "'");
                return 2;
            }
        }
        boolean inputError = false;
        if (operators != null) {
            List<Operator> registry = readOperators(operators, err);
            if (registry == null) {
                return 2;
            }
            profile.operators(OperatorRegistry.of(registry));
        }
        List<JsonInput> inputs = new ArrayList<>();
        boolean stdin = false;
        for (String file : files) {
            if ("-".equals(file)) {
                if (stdin) {
                    err.println("cep: standard input (-) can be given only once");
                    return 2;
                }
                stdin = true;
                inputs.add(JsonInput.stdin(System.in));
                continue;
            }
            Path path = Path.of(file);
            if (!(Files.isRegularFile(path) || Files.isDirectory(path)) || !Files.isReadable(path)) {
                err.println("cep: cannot read " + file + ": " + (Files.exists(path) ? "not a readable file" : "no such file"));
                inputError = true;
                continue;
            }
            try {
                inputs.add(JsonInput.file(path));
            } catch (IllegalArgumentException e) {
                err.println("cep: " + e.getMessage());
                inputError = true;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(err, Terminal.interactive());
        boolean[] unreadable = {false};
        ReportSink console = new ReportSink() {
            @Override
            public void record(RecordResult result) {
                progress.tick();
            }

            @Override
            public void inputError(JsonInput input, IOException error) {
                err.println("cep: cannot read " + input.name() + ": " + error.getMessage());
                unreadable[0] = true;
            }

            @Override
            public void finish(ValidationReport summary) {
                progress.done();
            }
        };
        ValidationReport report;
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cep-validate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CepJson json = CepJson.builder()
                    .validator(CepValidator.create(profile.build()))
                    .mode(mode != null && mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT)
                    .executor(pool, threads)
                    .build();
            if (format == OutputFormat.json) {
                try (JsonReportWriter writer = JsonReportWriter.to(out)) {
                    report = json.validate(inputs, false, ReportSink.all(console, writer));
                }
            } else {
                report = json.validate(inputs, false, ReportSink.all(console,
                        TextReportWriter.to(out, lang.locale(), Terminal.colors())));
            }
        } finally {
            progress.done();
            // a preparation still running on a worker must not be cut: it loads classes for the whole JVM
            pool.shutdown();
        }
        out.flush();
        if (inputError || unreadable[0]) {
            return 2;
        }
        return report.isValid() ? 0 : 1;
    }

    /** The operators of {@code file}, or null (after a message) when it cannot be read. */
    static List<Operator> readOperators(Path file, PrintWriter err) {
        List<Operator> result = new ArrayList<>();
        int[] skipped = {0};
        try {
            CepJson.create().read(JsonInput.file(file), record -> {
                if (record.record().orElse(null) instanceof Operator operator) {
                    result.add(operator);
                } else {
                    skipped[0]++;
                }
            });
        } catch (IOException | IllegalArgumentException e) {
            err.println("cep: cannot read the operators file " + file + ": " + e.getMessage());
            return null;
        }
        if (skipped[0] > 0) {
            err.println("cep: " + file + ": " + skipped[0] + " record(s) that are not readable operators were ignored"
                    + " (validate the file itself to see why)");
        }
        return result;
    }
}
