package org.cepkit.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The textual format of one kind of code (commune code, SIRET, ROME…): an anchored regular expression,
 * optionally a check that no regular expression can state (a Luhn key), and a human description used
 * in error messages.
 *
 * <p>The {@link #regex()} is the very pattern the published JSON Schema uses, so that Java and the
 * schema agree on every code.
 *
 * <pre>{@code
 * CodeFormat format = CommuneCode.FORMAT;
 * format.matches("2A004");   // true
 * format.regex();            // "^(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])\\d{3}$|^97[1-8]\\d{2}$"
 * }</pre>
 */
public final class CodeFormat {

    private final String name;
    private final String regex;
    private final Pattern pattern;
    private final String expected;
    private final Predicate<String> extraCheck;
    private final String extraCheckDescription;
    /** The regex as plain code, or null: codes are checked several times a record. */
    private final Predicate<CharSequence> matcher;

    /** The regex of a code that is a fixed number of digits, such as {@code ^\d{14}$}. */
    private static final Pattern DIGITS = Pattern.compile("\\^\\\\d\\{(\\d{1,3})\\}\\$");

    private CodeFormat(String name, String regex, String expected, Predicate<String> extraCheck,
            String extraCheckDescription, Predicate<CharSequence> matcher) {
        this.name = Objects.requireNonNull(name, "name");
        this.regex = Objects.requireNonNull(regex, "regex");
        this.pattern = Pattern.compile(regex);
        this.expected = Objects.requireNonNull(expected, "expected");
        this.extraCheck = extraCheck;
        this.extraCheckDescription = extraCheckDescription;
        this.matcher = matcher != null ? matcher : digitsMatcher(regex);
    }

    /** For a regex that is exactly {@code ^\d{n}$}, the same test without a regex engine; null otherwise. */
    private static Predicate<CharSequence> digitsMatcher(String regex) {
        Matcher digits = DIGITS.matcher(regex);
        if (!digits.matches()) {
            return null;
        }
        int length = Integer.parseInt(digits.group(1));
        return text -> text.length() == length && isDigits(text, 0, length);
    }

    /**
     * A format that is exactly an anchored regular expression. One that is a fixed number of digits
     * ({@code ^\d{5}$}) is matched without the regex engine.
     */
    public static CodeFormat of(String name, String regex, String expected) {
        return new CodeFormat(name, regex, expected, null, null, null);
    }

    /**
     * A format whose regular expression is also written as code, {@code matcher}, for speed: codes are checked
     * several times a record, and {@code java.util.regex} is slow to start and to run on short texts. The
     * matcher must accept exactly the texts that {@code regex} matches; cepkit's own formats are proven so by a
     * property test, and the schema keeps publishing the regex.
     */
    public static CodeFormat of(String name, String regex, String expected, Predicate<CharSequence> matcher) {
        return new CodeFormat(name, regex, expected, null, null, Objects.requireNonNull(matcher, "matcher"));
    }

    /**
     * A format that needs a check beyond its regular expression.
     *
     * @param extraCheck run only on text that already matches {@code regex}
     * @param extraCheckDescription what the check is, in words (published in the JSON Schema description)
     */
    public static CodeFormat withCheck(String name, String regex, String expected, Predicate<String> extraCheck,
            String extraCheckDescription) {
        return new CodeFormat(name, regex, expected, Objects.requireNonNull(extraCheck, "extraCheck"),
                Objects.requireNonNull(extraCheckDescription, "extraCheckDescription"), null);
    }

    /**
     * Whether the characters of {@code text} from {@code from} to {@code to} (exclusive) are all ASCII digits,
     * what {@code \d} matches in a Java or JSON Schema regex; true for an empty range.
     */
    public static boolean isDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** What the code is, in words: {@code "commune code"}. */
    public String name() {
        return name;
    }

    /** The anchored regular expression, as published in the JSON Schema. */
    public String regex() {
        return regex;
    }

    /** What a valid text looks like, in words, for error messages. */
    public String expected() {
        return expected;
    }

    /** The check no regular expression can state (the Luhn key of a SIRET), if any. */
    public Optional<String> extraCheckDescription() {
        return Optional.ofNullable(extraCheckDescription);
    }

    /** Whether {@code text} matches the regular expression, regardless of any extra check. */
    public boolean matchesPattern(CharSequence text) {
        return text != null && (matcher != null ? matcher.test(text) : pattern.matcher(text).matches());
    }

    /** Whether {@code text} is a valid code: it matches the pattern and passes the extra check. */
    public boolean matches(CharSequence text) {
        return matchesPattern(text) && (extraCheck == null || extraCheck.test(text.toString()));
    }

    /**
     * Parses {@code text} into a value, or throws an {@link InvalidCodeException} that quotes the text and
     * says what was expected.
     */
    public <T> T parse(CharSequence text, Function<String, T> constructor) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (!matchesPattern(s)) {
            throw new InvalidCodeException(this, s, "expected " + expected);
        }
        if (extraCheck != null && !extraCheck.test(s)) {
            throw new InvalidCodeException(this, s, "failed the check: " + extraCheckDescription);
        }
        return constructor.apply(s);
    }

    /** Parses {@code text}, or returns empty when it is null or not a valid code. */
    public <T> Optional<T> tryParse(CharSequence text, Function<String, T> constructor) {
        return matches(text) ? Optional.of(constructor.apply(text.toString())) : Optional.empty();
    }

    @Override
    public String toString() {
        return name + " " + regex;
    }
}
