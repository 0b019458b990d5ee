package org.cepkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cep rules [--format text|json]}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false)
final class RulesCommand extends LocalizedCommand {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", descriptionKey = "rules.format")
    private OutputFormat format;

    @Override
    int run(Messages messages, PrintWriter err) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(RuleCatalogue.builtIn().toJson());
        } else {
            Locale locale = messages.locale();
            for (RuleDefinition rule : RuleCatalogue.builtIn().all()) {
                out.printf("%-36s %-7s %s%n", rule.id(), rule.defaultSeverity(), rule.description(locale));
                out.printf("%-36s %-7s %s%n", "", "", rule.messageTemplate(locale));
                out.printf("%-36s %-7s %s%n%n", "", "", messages.get(rule.needsRegistry() ? "rules.sourceRegistry"
                        : "rules.source", rule.source()));
            }
        }
        out.flush();
        return 0;
    }
}
