package org.cepkit.rules;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of the catalogue: its stable id, default severity, the source it comes from (a Code du travail
 * article, an arrêté, the Céreq study, the COG), and a one-line description and a message template, each in French
 * and English; a template's {@code {name}} placeholders are filled from an issue's arguments. The built-in rules' are in
 * {@link RuleCatalogue#builtIn()}; a rule of one's own gets its definition from {@link #builder(String)}.
 */
public final class RuleDefinition {

    /** The shape of a rule id: dotted lower-case words, {@code mission-locale.age}, {@code acme.referral-purpose}. */
    public static final String ID_REGEX = "^[a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+$";
    private static final Pattern ID = Pattern.compile(ID_REGEX);
    /** The placeholder of an operator's id, the one input text a message may quote. */
    private static final String OPERATOR = "operator";
    /** The placeholder of a length's bounds ({@code 1..200}, {@code 2..}), which a message says in words. */
    private static final String BOUNDS = "bounds";
    private static final Pattern BOUNDS_VALUE = Pattern.compile("(\\d+)\\.\\.(\\d*)");

    private final String id;
    private final Severity defaultSeverity;
    private final String source;
    private final String descriptionFr;
    private final String descriptionEn;
    private final String messageFr;
    private final String messageEn;
    private final boolean needsRegistry;
    private final boolean readerOnly;

    RuleDefinition(String id, Severity defaultSeverity, String source, String descriptionFr, String descriptionEn,
            String messageFr, String messageEn, boolean needsRegistry, boolean readerOnly) {
        this.id = Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A rule id is dotted lower-case words (" + ID_REGEX + "), was '" + id
                    + "'");
        }
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "severity of " + id);
        this.source = Objects.requireNonNull(source, "source of " + id);
        this.descriptionFr = Objects.requireNonNull(descriptionFr, "description-fr of " + id);
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "description of " + id);
        this.messageFr = Objects.requireNonNull(messageFr, "fr of " + id);
        this.messageEn = Objects.requireNonNull(messageEn, "en of " + id);
        this.needsRegistry = needsRegistry;
        this.readerOnly = readerOnly;
    }

    /** The stable id, e.g. {@code mission-locale.age}. */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The legal or statistical source of the rule. */
    public String source() {
        return source;
    }

    /** What the rule checks, in one line of French ({@code Locale.FRENCH}) or English. */
    public String description(Locale locale) {
        return isEnglish(locale) ? descriptionEn : descriptionFr;
    }

    /** The message template in French ({@code Locale.FRENCH}) or English. */
    public String messageTemplate(Locale locale) {
        return isEnglish(locale) ? messageEn : messageFr;
    }

    /** Whether the rule can only run when an operator registry is known. */
    public boolean needsRegistry() {
        return needsRegistry;
    }

    /** Whether only the JSON reader can see the problem (malformed JSON, wrong JSON types, unknown fields…). */
    public boolean readerOnly() {
        return readerOnly;
    }

    /**
     * The message in {@code locale}, with {@code {name}} placeholders replaced by {@code arguments}. The
     * placeholder {@code {operator}} names an operator by its id, which the message quotes only when a report may
     * repeat it ({@link Issue#isReportableRecordId}); any other text there reads "(identifiant non valide)",
     * "(invalid id)". The placeholder {@code {bounds}}, with a value {@code 1..200} or {@code 2..} (no upper bound)
     * and an argument {@code unit} ({@code characters} or {@code items}), is said in words: "de 1 à 200
     * caractères", "at least 2 items".
     */
    public String message(Locale locale, Map<String, String> arguments) {
        String template = messageTemplate(locale);
        if (arguments.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String value = arguments.get(name);
            if (value != null && OPERATOR.equals(name) && !Issue.isReportableRecordId(value)) {
                value = isEnglish(locale) ? "(invalid id)" : "(identifiant non valide)";
            } else if (value != null && BOUNDS.equals(name)) {
                value = boundsInWords(value, arguments.get("unit"), isEnglish(locale));
            }
            out.append(value != null ? value : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    /**
     * A builder of the definition of a rule of one's own, of id {@code id} (dotted lower-case words, not the id of
     * a built-in rule: {@code acme.referral-purpose}).
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Bounds {@code min..max} as a sentence says them; a value of another shape is left as it is. */
    static String boundsInWords(String bounds, String unit, boolean english) {
        Matcher m = BOUNDS_VALUE.matcher(bounds);
        if (!m.matches()) {
            return bounds;
        }
        long min = Long.parseLong(m.group(1));
        Long max = m.group(2).isEmpty() ? null : Long.parseLong(m.group(2));
        NumberFormat numbers = NumberFormat.getIntegerInstance(english ? Locale.ENGLISH : Locale.FRENCH);
        boolean characters = "characters".equals(unit);
        if (max == null) {
            return (english ? "at least " : "au moins ") + numbers.format(min) + " " + unit(min, characters, english);
        }
        String upTo = numbers.format(max) + " " + unit(max, characters, english);
        if (min == max) {
            return (english ? "exactly " : "exactement ") + upTo;
        }
        if (min == 0) {
            return (english ? "at most " : "au plus ") + upTo;
        }
        return (english ? "from " : "de ") + numbers.format(min) + (english ? " to " : " à ") + upTo;
    }

    /** The unit after a count: French keeps the singular for 0 and 1, English for 1 only. */
    private static String unit(long count, boolean characters, boolean english) {
        boolean plural = english ? count != 1 : count > 1;
        if (characters) {
            return english ? (plural ? "characters" : "character") : (plural ? "caractères" : "caractère");
        }
        return english ? (plural ? "items" : "item") : (plural ? "éléments" : "élément");
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return id + " (" + defaultSeverity + ")";
    }

    /** Builds a {@link RuleDefinition}; every property is required but {@link #needsRegistry(boolean)}. */
    public static final class Builder {
        private final String id;
        private Severity severity;
        private String source;
        private String descriptionFr;
        private String descriptionEn;
        private String messageFr;
        private String messageEn;
        private boolean needsRegistry;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** The severity of the rule's issues unless a profile says otherwise. */
        public Builder severity(Severity value) {
            this.severity = Objects.requireNonNull(value, "severity");
            return this;
        }

        /** Where the rule comes from: a law, a contract, a policy. */
        public Builder source(String value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        /** What the rule checks, in one line of French and the same in English. */
        public Builder description(String french, String english) {
            this.descriptionFr = Objects.requireNonNull(french, "french");
            this.descriptionEn = Objects.requireNonNull(english, "english");
            return this;
        }

        /**
         * The message templates in French and English; {@code {name}} placeholders are filled from the arguments
         * given to {@link RuleContext#report(String, String, Map)}. A message never carries a beneficiary's values.
         */
        public Builder messages(String french, String english) {
            this.messageFr = Objects.requireNonNull(french, "french");
            this.messageEn = Objects.requireNonNull(english, "english");
            return this;
        }

        /** Whether the rule needs an operator registry; its check then finds one in {@link RuleContext#registry()}. */
        public Builder needsRegistry(boolean value) {
            this.needsRegistry = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException if the id is not dotted lower-case words
         * @throws NullPointerException if a property is missing
         */
        public RuleDefinition build() {
            return new RuleDefinition(id, severity, source, descriptionFr, descriptionEn, messageFr, messageEn,
                    needsRegistry, false);
        }
    }
}
