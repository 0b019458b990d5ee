package org.cepkit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The language of the command line: the help of every command and the usage errors that picocli finds follow
 * {@code --lang}, French by default, from {@link Messages}; so do the line that says a run ran out of memory, and
 * how to give it more, and the exit status 2 that goes with it.
 */
final class Localization {

    private Localization() {
    }

    /**
     * Gives every command of {@code cli} its French help, then, for each run, the help and the parse errors of the
     * language that the arguments ask for ({@link Language#of}).
     */
    static void install(CommandLine cli) {
        cli.setResourceBundle(Language.fr.messages().bundle());
        CommandLine.IExecutionStrategy strategy = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parsed -> {
            Messages messages = Language.of(parsed.originalArgs()).messages();
            cli.setResourceBundle(messages.bundle());
            try {
                return strategy.execute(parsed);
            } catch (OutOfMemoryError e) {
                // what filled the heap is out of reach once the error has left the command: a line can be written
                PrintWriter err = cli.getErr();
                err.println(messages.get("error.prefix", messages.get("error.memory",
                        Runtime.getRuntime().maxMemory() >> 20)));
                err.flush();
                return CommandLine.ExitCode.USAGE;
            }
        });
        cli.setParameterExceptionHandler((error, args) -> {
            Messages messages = Language.of(Arrays.asList(args)).messages();
            CommandLine failed = error.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(messages.get("error.prefix", messages.get("error.usage", describe(error, messages),
                    failed.getCommandSpec().qualifiedName())));
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            Messages messages = Language.of(parsed.originalArgs()).messages();
            command.getErr().println(messages.get("error.prefix", messages.get("error.unexpected",
                    error.getClass().getSimpleName(), String.valueOf(error.getMessage()))));
            command.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
    }

    /** What was wrong with the arguments, in the language of {@code messages}. */
    private static String describe(CommandLine.ParameterException error, Messages messages) {
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("error.unknownOption", String.join(" ", unmatched.getUnmatched()));
        }
        if (error instanceof CommandLine.MissingParameterException missing) {
            return messages.get("error.missing", missing.getMissing().stream().map(Localization::name)
                    .collect(Collectors.joining(", ")));
        }
        if (error instanceof CommandLine.MutuallyExclusiveArgsException) {
            for (ArgGroupSpec group : error.getCommandLine().getCommandSpec().argGroups()) {
                if (group.exclusive()) {
                    return messages.get("error.exclusive", join(group.args().stream().map(Localization::name)
                            .toList(), messages.get("word.and")));
                }
            }
        }
        if (error instanceof CommandLine.OverwrittenOptionException twice) {
            return messages.get("error.twice", name(twice.getOverwritten()));
        }
        ArgSpec arg = error.getArgSpec();
        if (arg != null && error.getValue() != null) {
            Object[] choices = arg.type().getEnumConstants();
            return choices == null ? messages.get("error.invalidValue", name(arg), error.getValue())
                    : messages.get("error.invalidChoice", name(arg), error.getValue(), join(Arrays.stream(choices)
                            .map(choice -> choice.toString().toLowerCase(Locale.ROOT)).toList(),
                            messages.get("word.or")));
        }
        return error.getMessage();
    }

    /** {@code a, b or c}: the items, the last two joined by {@code word}. */
    private static String join(List<String> items, String word) {
        int last = items.size() - 1;
        return last < 1 ? String.join("", items)
                : String.join(", ", items.subList(0, last)) + " " + word + " " + items.get(last);
    }

    /** How the help names an argument: an option by its longest name, a parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The subcommands, "validate, convert… ou serve", for the message of a missing one. */
    static String commands(CommandLine cli, Messages messages) {
        return join(cli.getSubcommands().keySet().stream().filter(name -> !"help".equals(name)).toList(),
                messages.get("word.or"));
    }
}
