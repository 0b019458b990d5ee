package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code cep indicators} and {@code cep network} share: the input options of {@code cep validate}, the CSV
 * options, {@code --lang} and {@code --help}, and the handling of a usage error, written in the command's
 * language with exit status 2.
 */
abstract class AnalysisCommand implements Callable<Integer>, AnalysisCommands.Localized {

    @Option(names = "--separator", paramLabel = "CHAR", descriptionKey = "separator")
    String separator = ",";

    @Option(names = "--bom", descriptionKey = "bom")
    boolean bom;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    private String lang = "fr";

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    @Mixin
    RecordSource.Options input;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = AnalysisCommands.messages(lang, err);
        if (messages == null) {
            return 2;
        }
        try {
            if (!separator.equals(",") && !separator.equals(";")) {
                throw new RecordSource.UsageException(messages.get("error.separator", separator));
            }
            return run(messages, err);
        } catch (RecordSource.UsageException e) {
            err.println(messages.get("error.prefix", messages.get("error.usage", e.getMessage(), spec.name())));
            return 2;
        }
    }

    /** Runs the command; its exit status. */
    abstract int run(Messages messages, PrintWriter err) throws IOException, RecordSource.UsageException;
}
