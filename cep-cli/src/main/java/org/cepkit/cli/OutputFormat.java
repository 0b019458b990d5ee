package org.cepkit.cli;

/** The {@code --format} values. */
enum OutputFormat {
    text, json
}
