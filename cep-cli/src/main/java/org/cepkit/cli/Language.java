package org.cepkit.cli;

import java.util.List;
import java.util.Locale;

/** The {@code --lang} values: the language of every text of the command line, French by default. */
enum Language {
    fr, en;

    Locale locale() {
        return this == en ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The texts in this language. */
    Messages messages() {
        return Messages.of(locale());
    }

    /**
     * The language that the arguments ask for: the value of their last {@code --lang} ({@code --lang en} or
     * {@code --lang=en}, in any case), French otherwise. Help and usage errors, which come before the options are
     * set (or when they cannot be), speak this language.
     */
    static Language of(List<String> args) {
        Language language = fr;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : "--lang".equals(arg) && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                language = "en".equalsIgnoreCase(value) ? en : fr;
            }
        }
        return language;
    }
}
