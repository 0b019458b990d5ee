package org.cepkit.cli;

import picocli.CommandLine.Option;

/** The option {@code --lang fr|en} of every command, mixed in: the language of its help, messages and report. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    private Language value = Language.fr;

    Language get() {
        return value;
    }
}
