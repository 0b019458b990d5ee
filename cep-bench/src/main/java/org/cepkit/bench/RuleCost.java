package org.cepkit.bench;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.cepkit.rules.RuleDefinition;
import org.cepkit.rules.ValidationReport;

/**
 * What the rules cost a whole run: validates an NDJSON file as {@code cep validate} does (the library, on a pool
 * of one thread a processor), with some of the rules disabled, and without the command line. Run the modes in turn
 * as separate processes and compare their times.
 *
 * <ul>
 *   <li>{@code all}: every rule;</li>
 *   <li>{@code no-dataset}: every rule but {@code dataset.*};</li>
 *   <li>{@code no-territory}: every rule but those that look up the COG;</li>
 *   <li>{@code format-only}: only the reader's own rules, {@code format.*} and {@code code.*} (what a JSON Schema
 *       validator checks).</li>
 * </ul>
 *
 * <p>The report is counted, or written as the JSON report to /dev/null with {@code json} as third argument.
 *
 * <pre>java -cp cep-bench/target/cep-bench.jar org.cepkit.bench.RuleCost data.ndjson format-only [json]</pre>
 */
public final class RuleCost {

    private static final List<String> TERRITORY = List.of("territory.unknown", "territory.not-current",
            "territory.inconsistent", "territory.postal-code", "regional-operator.coverage", "operator.coverage",
            "operator.site-coverage", "cooperation.territory-presence");

    private RuleCost() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[1];
        Profile.Builder profile = Profile.builder().referenceDate(LocalDate.of(2026, 1, 1));
        for (RuleDefinition rule : profile.build().catalogue().all()) {
            String id = rule.id();
            boolean reader = id.startsWith("format.") || id.startsWith("code.");
            boolean off = switch (mode) {
                case "all" -> false;
                case "no-dataset" -> id.startsWith("dataset.");
                case "no-territory" -> TERRITORY.contains(id);
                case "format-only" -> !reader;
                default -> throw new IllegalArgumentException("mode: all, no-dataset, no-territory or format-only");
            };
            if (off) {
                profile.disable(id);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "rule-cost");
            thread.setDaemon(true);
            return thread;
        });
        CepJson json = CepJson.builder().validator(CepValidator.create(profile.build())).executor(pool, threads)
                .build();
        List<JsonInput> inputs = List.of(JsonInput.file(Path.of(args[0])));
        ValidationReport report;
        if (args.length > 2 && args[2].equals("json")) {
            try (OutputStream out = new BufferedOutputStream(new FileOutputStream("/dev/null"), 1 << 16);
                    JsonReportWriter writer = JsonReportWriter.to(out)) {
                report = json.validate(inputs, false, writer);
            }
        } else {
            long[] issues = {0};
            report = json.validate(inputs, false, new ReportSink() {
                @Override
                public void record(RecordResult result) {
                    issues[0] += result.issues().size();
                }
            });
            System.out.println(issues[0] + " issues");
        }
        System.out.println(mode + ": " + report.records() + " records, " + report.errors() + " errors, " + report.warnings()
                + " warnings, " + report.infos() + " infos");
        pool.shutdown();
    }
}
