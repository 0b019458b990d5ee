package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.cepkit.cli.generate.DatasetGenerator;
import org.cepkit.cli.generate.GenerationSummary;
import org.cepkit.rules.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cep generate}: realistic synthetic NDJSON for tests, demos and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand extends LocalizedCommand {

    @Option(names = "--pathways", required = true, paramLabel = "N", descriptionKey = "pathways")
    private long pathways;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", descriptionKey = "seed")
    private long seed;

    @Option(names = "--invalid-rate", defaultValue = "0", paramLabel = "R", descriptionKey = "invalid-rate")
    private double invalidRate;

    @Option(names = "--today", paramLabel = "DATE", descriptionKey = "generate.today")
    private String today;

    @Override
    int run(Messages messages, PrintWriter err) throws IOException, UsageException {
        if (pathways < 0) {
            throw new UsageException(messages.get("error.pathways", pathways));
        }
        if (!(invalidRate >= 0 && invalidRate <= 1)) {
            throw new UsageException(messages.get("error.invalidRate", invalidRate));
        }
        // today where validate takes it (Europe/Paris), not in the machine's zone: else, for an hour or more a day,
        // the two disagree and an injected future date is not one
        LocalDate reference = LocalDate.now(Profile.DEFAULT_ZONE);
        if (today != null) {
            try {
                reference = LocalDate.parse(today);
            } catch (DateTimeParseException e) {
                throw new UsageException(messages.get("error.today", today));
            }
            if (reference.isBefore(DatasetGenerator.EARLIEST_REFERENCE_DATE)) {
                throw new UsageException(messages.get("error.generateToday", today,
                        DatasetGenerator.EARLIEST_REFERENCE_DATE.toString()));
            }
        }
        Writer out = spec.commandLine().getOut();
        GenerationSummary summary = new DatasetGenerator(seed, invalidRate, reference).generate(pathways, out);
        out.flush();
        err.println(messages.get("summary.generate", summary.records(), summary.operators(), summary.pathways(),
                summary.cooperations(), summary.invalidRecords()) + byRule(summary.invalidByRule(), messages));
        return 0;
    }

    /** The violations injected, rule by rule: " (pathway.future-date 3, …)", or nothing. */
    private static String byRule(Map<String, Long> invalidByRule, Messages messages) {
        return invalidByRule.isEmpty() ? "" : invalidByRule.entrySet().stream()
                .map(entry -> entry.getKey() + " " + messages.number(entry.getValue()))
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
