package org.cepkit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;

/** The {@code cep} command: {@code java -jar cep.jar validate examples/demo.ndjson}. */
public final class Main {

    /** Held so that the level set below is not lost with a collected logger. */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO on first use: noise on a command line's stderr.
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 no ERROR, 1 some ERROR, 2 usage or input error). */
    public static int run(String... args) {
        picocli.CommandLine cli = CepCommand.commandLine();
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }
}
