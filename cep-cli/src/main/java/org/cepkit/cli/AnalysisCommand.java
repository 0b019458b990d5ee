package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code cep indicators} and {@code cep network} share: the input options of {@code cep validate}, the CSV
 * options and {@code --help}.
 */
abstract class AnalysisCommand extends LocalizedCommand {

    @Option(names = "--separator", paramLabel = "CHAR", descriptionKey = "separator")
    String separator = ",";

    @Option(names = "--bom", descriptionKey = "bom")
    boolean bom;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    @Mixin
    RecordSource.Options input;

    @Override
    final int run(Messages messages, PrintWriter err) throws IOException, UsageException {
        if (!separator.equals(",") && !separator.equals(";")) {
            throw new UsageException(messages.get("error.separator", separator));
        }
        return analyse(messages, err);
    }

    /** Runs the analysis; its exit status. */
    abstract int analyse(Messages messages, PrintWriter err) throws IOException, UsageException;
}
