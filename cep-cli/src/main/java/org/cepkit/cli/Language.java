package org.cepkit.cli;

import java.util.Locale;

/** The {@code --lang} values. */
enum Language {
    fr, en;

    Locale locale() {
        return this == en ? Locale.ENGLISH : Locale.FRENCH;
    }
}
