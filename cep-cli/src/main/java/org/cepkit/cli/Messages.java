package org.cepkit.cli;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the command line in one language: French (the default) or English,
 * from {@code Messages.properties} and {@code Messages_en.properties}. Numbers and plurals follow the language
 * ("1 083 enregistrements", "1 record").
 *
 * <pre>{@code
 * Messages fr = Messages.of(Locale.FRENCH);
 * fr.get("error.today", "2024-13-01");   // "--today attend une date AAAA-MM-JJ, reçu « 2024-13-01 »"
 * fr.number(1083);                       // "1 083"
 * }</pre>
 */
public final class Messages {

    private static final String BUNDLE = "org.cepkit.cli.Messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's locale: French is the base bundle, whatever the system says.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in English for {@link Locale#ENGLISH}, in French for any other locale. */
    public static Messages of(Locale locale) {
        return new Messages(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale == Locale.ENGLISH;
    }

    /** The bundle, for picocli's help. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key} with its arguments, formatted in the language (numbers, plurals). */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Whether the bundle has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A whole number as the language writes it: {@code 1 083} in French, {@code 1,083} in English. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A decimal number with at most one decimal: {@code 64,5} in French, {@code 64.5} in English. */
    public String decimal(double value) {
        return decimal(value, 1);
    }

    /** A decimal number with at most {@code digits} decimals, as the language writes it. */
    public String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
