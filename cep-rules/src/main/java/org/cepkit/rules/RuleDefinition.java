package org.cepkit.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One rule of the catalogue: its stable id, default severity, the source it comes from (a Code du travail
 * article, an arrêté, the Céreq study, the COG), a one-line description, and French and English message
 * templates whose {@code {name}} placeholders are filled from an issue's arguments.
 */
public final class RuleDefinition {

    private final String id;
    private final Severity defaultSeverity;
    private final String source;
    private final String description;
    private final String messageFr;
    private final String messageEn;
    private final boolean needsRegistry;
    private final boolean readerOnly;

    RuleDefinition(String id, Severity defaultSeverity, String source, String description, String messageFr,
            String messageEn, boolean needsRegistry, boolean readerOnly) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "severity of " + id);
        this.source = Objects.requireNonNull(source, "source of " + id);
        this.description = Objects.requireNonNull(description, "description of " + id);
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

    /** What the rule checks, in one English line. */
    public String description() {
        return description;
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

    /** The message in {@code locale}, with {@code {name}} placeholders replaced by {@code arguments}. */
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
            String value = arguments.get(template.substring(open + 1, close));
            out.append(value != null ? value : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return id + " (" + defaultSeverity + ")";
    }
}
