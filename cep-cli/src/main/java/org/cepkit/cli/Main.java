package org.cepkit.cli;

import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.territory.Referential;

import picocli.CommandLine;

/** The {@code cep} command: {@code java -jar cep.jar validate examples/demo.ndjson}. */
public final class Main {

    /** Held so that the level set below is not lost with a collected logger. */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    /** The commands that read records, and so need the wire format's description and, but convert, the COG. */
    private static final Set<String> READING = Set.of("validate", "indicators", "network", "serve", "convert");

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO on first use: noise on a command line's stderr.
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        preload(args);
        System.exit(run(args));
    }

    /**
     * Starts indexing the COG and deriving the wire format's description, each on a thread of its own, while picocli
     * reads the arguments on this one: cold, the COG's index takes about 0.1 s and the description 0.2 s, and a
     * validating command waited for both after picocli's 0.2 to 0.3 s (measured, BENCHMARKS.md). Both are shared,
     * loaded once by whichever thread comes first; what fails here fails again, and is reported, where the command
     * needs it.
     */
    private static void preload(String[] args) {
        if (Arrays.stream(args).noneMatch(READING::contains)) {
            return;
        }
        start("cep-preload-cog", Referential::embedded);
        start("cep-preload-wire-format", WireFormat::records);
    }

    private static void start(String name, Runnable load) {
        Thread thread = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // left to the command, which meets it again when it needs what failed to load
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the command line and returns its exit code (0 no ERROR, 1 some ERROR, 2 usage or input error). */
    public static int run(String... args) {
        picocli.CommandLine cli = CepCommand.commandLine(args);
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }
}
