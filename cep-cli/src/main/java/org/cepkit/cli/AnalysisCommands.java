package org.cepkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;

/**
 * What {@code cep indicators} and {@code cep network} share on the command line: their help and errors follow
 * {@code --lang}, French by default, from {@link Messages}.
 */
final class AnalysisCommands {

    /** A command whose texts follow {@code --lang}. */
    interface Localized {
    }

    private AnalysisCommands() {
    }

    /**
     * Gives the analysis commands of {@code cli} their French help, and a handler of parse errors that writes
     * them in the language the arguments ask for.
     */
    static void install(CommandLine cli) {
        Messages french = Messages.of(Locale.FRENCH);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof Localized) {
                sub.getCommandSpec().resourceBundle(french.bundle());
            }
        }
        CommandLine.IExecutionStrategy strategy = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parsed -> {
            for (CommandLine.ParseResult result = parsed; result != null; result = result.subcommand()) {
                if (result.commandSpec().userObject() instanceof Localized) {
                    String lang = result.matchedOptionValue("--lang", Language.fr.name());
                    result.commandSpec().resourceBundle(Messages.of(Language.en.name().equals(lang)
                            ? Language.en.locale() : Language.fr.locale()).bundle());
                }
            }
            return strategy.execute(parsed);
        });
        CommandLine.IParameterExceptionHandler others = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((error, args) -> {
            CommandLine failed = error.getCommandLine();
            if (!(failed.getCommand() instanceof Localized)) {
                return others.handleParseException(error, args);
            }
            Messages messages = Messages.of(languageOf(args).locale());
            String text;
            if (error instanceof CommandLine.UnmatchedArgumentException unmatched) {
                text = messages.get("error.unknownOption", String.join(" ", unmatched.getUnmatched()));
            } else if (error instanceof CommandLine.MissingParameterException missing) {
                text = messages.get("error.missing", String.join(", ", missing.getMissing().stream()
                        .map(arg -> arg.paramLabel()).toList()));
            } else {
                text = error.getMessage();
            }
            PrintWriter err = failed.getErr();
            err.println(messages.get("error.prefix", messages.get("error.usage", text, failed.getCommandName())));
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
    }

    /** The {@code --lang} of the arguments ({@code --lang en} or {@code --lang=en}); French otherwise. */
    static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if ("en".equals(value)) {
                return Language.en;
            }
        }
        return Language.fr;
    }

    /**
     * The messages of a {@code --lang} value, or null after writing, in French, that the value is not a
     * language.
     */
    static Messages messages(String lang, PrintWriter err) {
        for (Language language : Language.values()) {
            if (language.name().equals(lang)) {
                return Messages.of(language.locale());
            }
        }
        Messages french = Messages.of(Locale.FRENCH);
        err.println(french.get("error.prefix", french.get("error.lang", lang)));
        return null;
    }
}
