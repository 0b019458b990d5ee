package org.cepkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.cepkit.rules.territory.Referential;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code cep} command and its subcommands. */
@Command(name = "cep",
        mixinStandardHelpOptions = true,
        versionProvider = CepCommand.Version.class,
        subcommands = {ValidateCommand.class, ConvertCommand.class, SchemaCommand.class, RulesCommand.class,
                GenerateCommand.class, IndicatorsCommand.class, NetworkCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class CepCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private LanguageOption lang;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line writing UTF-8 to the process's standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(StandardOutput.open(),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                        StandardCharsets.UTF_8), true));
    }

    /** The command line writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CepCommand());
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
