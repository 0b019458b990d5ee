package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code cep} shares: {@code --lang}, and a usage error written in that language,
 * "cep : --today attend une date AAAA-MM-JJ, reçu « 2024-13-01 » (voir cep validate --help)", with exit status 2.
 */
abstract class LocalizedCommand implements Callable<Integer> {

    @Mixin
    LanguageOption lang;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        Messages messages = lang.get().messages();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(messages, err);
        } catch (UsageException e) {
            err.println(messages.get("error.prefix", messages.get("error.usage", e.getMessage(),
                    spec.qualifiedName())));
            return 2;
        } finally {
            err.flush();
        }
    }

    /** Runs the command, its texts in {@code messages}; its exit status. */
    abstract int run(Messages messages, PrintWriter err) throws IOException, UsageException;
}
