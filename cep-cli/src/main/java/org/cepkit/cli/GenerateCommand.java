package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.cepkit.cli.generate.DatasetGenerator;
import org.cepkit.cli.generate.GenerationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cep generate}: realistic synthetic NDJSON for tests, demos and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write realistic synthetic CEP records as NDJSON on standard output: operators of every family"
                + " across metropolitan, Corsican and overseas régions, pathways with plausible ages, statuses and"
                + " dates for each family, and cooperations of the three Céreq configurations.",
                "The output depends only on the options: the same seed gives the same bytes. It is streamed: any"
                        + " number of pathways in constant memory."},
        footer = {"", "Examples:",
                "  cep generate --pathways 1000 > data.ndjson",
                "  cep generate --pathways 200000 --seed 42 --invalid-rate 0.05 > bench.ndjson"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--pathways", required = true, paramLabel = "N", description = "how many pathways to write")
    private long pathways;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the random seed (default 1)")
    private long seed;

    @Option(names = "--invalid-rate", defaultValue = "0", paramLabel = "R",
            description = "the share of records made invalid by one known rule violation, from 0 (default) to 1")
    private double invalidRate;

    @Option(names = "--today", paramLabel = "DATE",
            description = "no generated date is after this one (default today, as for cep validate, so that"
                    + " validating the output finds the violations it says it injected; give it for the same bytes"
                    + " on another day)")
    private String today;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (pathways < 0) {
            err.println("cep: --pathways must be 0 or more, got " + pathways);
            return 2;
        }
        if (!(invalidRate >= 0 && invalidRate <= 1)) {
            err.println("cep: --invalid-rate must be between 0 and 1, got " + invalidRate);
            return 2;
        }
        LocalDate reference = LocalDate.now();
        if (today != null) {
            try {
                reference = LocalDate.parse(today);
            } catch (DateTimeParseException e) {
                err.println("cep: --today expects a date YYYY-MM-DD, got '" + today + "'");
                return 2;
            }
        }
        Writer out = spec.commandLine().getOut();
        GenerationSummary summary = new DatasetGenerator(seed, invalidRate, reference).generate(pathways, out);
        out.flush();
        err.printf("cep: wrote %,d records: %,d operators, %,d pathways, %,d cooperations; %,d made invalid%s%n",
                summary.records(), summary.operators(), summary.pathways(), summary.cooperations(),
                summary.invalidRecords(), summary.invalidByRule().isEmpty() ? "" : " " + summary.invalidByRule());
        err.flush();
        return 0;
    }
}
