package org.cepkit.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.cepkit.rules.territory.Referential;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code cep} command and its subcommands. */
@Command(name = "cep",
        mixinStandardHelpOptions = true,
        versionProvider = CepCommand.Version.class,
        description = "Validate, describe and generate records of the French Conseil en évolution professionnelle"
                + " (CEP), wire format v1, and serve their validation over HTTP.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, SchemaCommand.class, RulesCommand.class,
                GenerateCommand.class, IndicatorsCommand.class, NetworkCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  cep validate examples/demo.ndjson",
                "  cep validate --format json --lang en --operators operators.ndjson \\",
                "      pathways.ndjson",
                "  cep schema pathway",
                "  cep rules --format json",
                "  cep generate --pathways 1000 --seed 7 > data.ndjson",
                "  cep indicators --by family,age-band examples/analysis.ndjson",
                "  cep network --territory 2B --format svg examples/analysis.ndjson > 2B.svg",
                "  cep serve --port 8080",
                "", "Exit status: 0 no ERROR, 1 some ERROR, 2 usage error or unreadable input."})
public final class CepCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The command line writing UTF-8 to the process's standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                        StandardCharsets.UTF_8), true));
    }

    /** The command line writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CepCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        AnalysisCommands.install(cli);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("cep: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: validate, schema, rules, generate, indicators, network or serve");
    }

    /** {@code cep --version}: the version and the embedded COG edition. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cep " + version(), "Referential: " + Referential.embedded().edition() + " ("
                    + Referential.embedded().source() + ")", "Wire format: v1"};
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
