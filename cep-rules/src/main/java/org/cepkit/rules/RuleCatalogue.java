package org.cepkit.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every rule cepkit reports (SPEC §5), read from the data file
 * {@code org/cepkit/rules/catalogue.txt} and published as JSON ({@link #toJson()}, which {@code cep rules --format
 * json} prints and cep-json ships beside the JSON Schema as {@code schema/v1/rules.json}).
 *
 * <pre>{@code
 * RuleDefinition rule = RuleCatalogue.get("mission-locale.age");
 * rule.defaultSeverity();  // ERROR
 * rule.source();           // "Code du travail, art. L5314-2 …"
 * }</pre>
 */
public final class RuleCatalogue {

    /** The resource the catalogue is read from. */
    public static final String RESOURCE = "/org/cepkit/rules/catalogue.txt";
    /** The catalogue as JSON in the cep-rules jar: {@link #toJson()}, checked in as {@code schema/v1/rules.json}. */
    public static final String JSON_RESOURCE = "/org/cepkit/rules/rules.json";

    private static final Map<String, RuleDefinition> RULES = load();

    private RuleCatalogue() {
    }

    /** Every rule, in catalogue order. */
    public static List<RuleDefinition> all() {
        return List.copyOf(RULES.values());
    }

    /** The rule with this id, or empty. */
    public static Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    /** The rule with this id; an {@link IllegalArgumentException} names an unknown id. */
    public static RuleDefinition get(String id) {
        RuleDefinition rule = RULES.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("Unknown rule id '" + id + "'");
        }
        return rule;
    }

    /** The catalogue as a JSON array of {@code {id, severity, needsRegistry, readerOnly, source, description, messages: {fr, en}}}. */
    public static String toJson() {
        StringBuilder json = new StringBuilder("[\n");
        int n = 0;
        for (RuleDefinition rule : RULES.values()) {
            json.append(n++ == 0 ? "" : ",\n").append("  {\"id\": ").append(quote(rule.id()))
                    .append(", \"severity\": ").append(quote(rule.defaultSeverity().name()))
                    .append(", \"needsRegistry\": ").append(rule.needsRegistry())
                    .append(", \"readerOnly\": ").append(rule.readerOnly())
                    .append(",\n   \"source\": ").append(quote(rule.source()))
                    .append(",\n   \"description\": ").append(quote(rule.description()))
                    .append(",\n   \"messages\": {\"fr\": ").append(quote(rule.messageTemplate(java.util.Locale.FRENCH)))
                    .append(", \"en\": ").append(quote(rule.messageTemplate(java.util.Locale.ENGLISH))).append("}}");
        }
        return json.append("\n]\n").toString();
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static Map<String, RuleDefinition> load() {
        InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE + " in the cep-rules jar");
        }
        Map<String, RuleDefinition> rules = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> block = new HashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    addRule(rules, block);
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'key: value'");
                }
                block.put(line.substring(0, colon), line.substring(colon + 2));
            }
            addRule(rules, block);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(rules);
    }

    private static void addRule(Map<String, RuleDefinition> rules, Map<String, String> block) {
        if (block.isEmpty()) {
            return;
        }
        String id = block.get("rule");
        RuleDefinition rule = new RuleDefinition(id, Severity.valueOf(block.get("severity")), block.get("source"),
                block.get("description"), block.get("fr"), block.get("en"), "yes".equals(block.get("registry")),
                "yes".equals(block.get("reader")));
        if (rules.put(id, rule) != null) {
            throw new IllegalStateException(RESOURCE + ": rule '" + id + "' is defined twice");
        }
        block.clear();
    }
}
