package org.cepkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cep rules [--format text|json]}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Print the rule catalogue: id, default severity, source and description of every rule.",
        footer = {"", "Examples:", "  cep rules", "  cep rules --format json > rules.json"})
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json")
    private OutputFormat format;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "LANG",
            description = "language of the messages shown in text: fr (default) or en")
    private Language lang;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(RuleCatalogue.builtIn().toJson());
        } else {
            Locale locale = lang.locale();
            for (RuleDefinition rule : RuleCatalogue.builtIn().all()) {
                out.printf("%-36s %-7s %s%n", rule.id(), rule.defaultSeverity(), rule.description(locale));
                out.printf("%-36s %-7s %s%n", "", "", rule.messageTemplate(locale));
                out.printf("%-36s %-7s source: %s%s%n%n", "", "", rule.source(),
                        rule.needsRegistry() ? " (needs an operator registry)" : "");
            }
        }
        out.flush();
        return 0;
    }
}
