package org.cepkit.cli;

import java.io.PrintWriter;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.json.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cep validate}: reads and validates records, and reports every issue. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand extends LocalizedCommand {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", descriptionKey = "validate.format")
    private OutputFormat format;

    @Mixin
    private RecordSource.Options input;

    @Override
    int run(Messages messages, PrintWriter err) throws UsageException {
        RecordSource source = RecordSource.open(input, messages, err);
        PrintWriter out = spec.commandLine().getOut();
        RecordSource.Outcome outcome;
        if (format == OutputFormat.json) {
            // on the process's standard output, the report's held issues are copied as bytes
            try (JsonReportWriter writer = out instanceof StandardOutput standard
                    ? JsonReportWriter.to(standard.bytes()) : JsonReportWriter.to(out)) {
                outcome = source.validate(writer);
            }
        } else {
            outcome = source.validate(TextReportWriter.to(out, messages.locale(), Terminal.colors()));
        }
        out.flush();
        if (outcome.unreadable()) {
            return 2;
        }
        return outcome.report().isValid() ? 0 : 1;
    }
}
