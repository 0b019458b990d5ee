package org.cepkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.cepkit.rules.territory.Referential;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code cep} command and its subcommands. */
@Command(name = "cep",
        mixinStandardHelpOptions = true,
        versionProvider = CepCommand.Version.class)
public final class CepCommand implements Callable<Integer> {

    /** The subcommands, in the order that {@code cep --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, ConvertCommand.class,
            SchemaCommand.class, RulesCommand.class, GenerateCommand.class, IndicatorsCommand.class,
            NetworkCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Mixin
    private LanguageOption lang;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * The command line of one run, writing UTF-8 to the process's standard output and error: when {@code args}
     * name their subcommand first ({@code validate …}, or {@code --lang en validate …}), that subcommand alone,
     * which gives the same help, errors and results as the whole command line. picocli reads the annotations of
     * every command it is given, and that took about 0.1 s of each run's start for the seven it does not run
     * (BENCHMARKS.md).
     */
    public static CommandLine commandLine(String... args) {
        return commandLine(StandardOutput.open(), standardError(), subcommandsFor(args));
    }

    /** The whole command line, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, SUBCOMMANDS);
    }

    /** The command line of a run of {@code args} (see {@link #commandLine(String...)}), writing to the two given. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, subcommandsFor(args));
    }

    private static PrintWriter standardError() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
    }

    /**
     * The subcommand that {@code args} run, when their first argument names it, or their second or third after
     * {@code --lang=LANG} or {@code --lang LANG}; every subcommand otherwise, and for {@code help}, which needs
     * them all.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        int at = args.length > 0 && args[0].startsWith("--lang=") ? 1
                : args.length > 1 && args[0].equals("--lang") ? 2 : 0;
        if (at < args.length) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                String name = subcommand.getAnnotation(Command.class).name();
                if (name.equals(args[at]) && subcommand != CommandLine.HelpCommand.class) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new CepCommand());
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(subcommand);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        Localization.install(cli);
        return cli;
    }

    /** {@code cep} alone: a usage error that lists the commands. */
    @Override
    public Integer call() {
        Messages messages = lang.get().messages();
        PrintWriter err = spec.commandLine().getErr();
        err.println(messages.get("error.prefix", messages.get("error.usage",
                messages.get("error.noCommand", Localization.commands(spec.commandLine(), messages)), spec.qualifiedName())));
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    /** {@code cep --version}: the version and the embedded COG edition. */
    static final class Version implements CommandLine.IVersionProvider {

        /** The command, whose resource bundle is in the language of the run. */
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public String[] getVersion() {
            Messages messages = Messages.of(spec.resourceBundle().getLocale());
            return new String[] {"cep " + version(), messages.get("version.referential",
                    Referential.embedded().edition(), Referential.embedded().source()), messages.get("version.wire")};
        }
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CepCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
