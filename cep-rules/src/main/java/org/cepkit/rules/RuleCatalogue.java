package org.cepkit.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.WireFormat;

/**
 * A catalogue of rules: the built-in rules of cepkit ({@link #builtIn()}, docs/rules.md, read from the data file
 * {@code org/cepkit/rules/catalogue.txt} and published as JSON by {@code cep rules --format json} and
 * {@code schema/v1/rules.json}), and, in a validator's catalogue ({@link CepValidator#catalogue()}), the rules its
 * profile adds after them. Its order is the order of the issues of a record ({@link #issueOrder(org.cepkit.model.RecordType)}). Immutable.
 *
 * <pre>{@code
 * RuleDefinition rule = RuleCatalogue.builtIn().get("mission-locale.age");
 * rule.defaultSeverity();  // ERROR
 * rule.source();           // "Code du travail, art. L5314-2 …"
 * }</pre>
 */
public final class RuleCatalogue {

    /** The resource the built-in catalogue is read from. */
    public static final String RESOURCE = "/org/cepkit/rules/catalogue.txt";
    /**
     * The built-in catalogue as JSON in the cep-rules jar: {@link #toJson()}, checked in as
     * {@code schema/v1/rules.json}.
     */
    public static final String JSON_RESOURCE = "/org/cepkit/rules/rules.json";

    private static final RuleCatalogue BUILT_IN = new RuleCatalogue(load());

    private final Map<String, RuleDefinition> rules;
    private final Map<String, Integer> index;

    private RuleCatalogue(Map<String, RuleDefinition> rules) {
        this.rules = Collections.unmodifiableMap(rules);
        Map<String, Integer> positions = new HashMap<>();
        for (String id : rules.keySet()) {
            positions.put(id, positions.size());
        }
        this.index = positions;
    }

    /** The rules of cepkit, in catalogue order. */
    public static RuleCatalogue builtIn() {
        return BUILT_IN;
    }

    /**
     * This catalogue followed by {@code more}, in their order.
     *
     * @throws IllegalArgumentException if an id of {@code more} is already in the catalogue, or given twice
     */
    RuleCatalogue with(List<RuleDefinition> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, RuleDefinition> all = new LinkedHashMap<>(rules);
        for (RuleDefinition rule : more) {
            if (all.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Rule id '" + rule.id() + "' is already defined"
                        + (BUILT_IN.rules.containsKey(rule.id()) ? " by cepkit" : ""));
            }
        }
        return new RuleCatalogue(all);
    }

    /** Every rule, in catalogue order. */
    public List<RuleDefinition> all() {
        return List.copyOf(rules.values());
    }

    /** The rule with this id, or empty. */
    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rule with this id; an {@link IllegalArgumentException} names an unknown id. */
    public RuleDefinition get(String id) {
        RuleDefinition rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("Unknown rule id '" + id + "'");
        }
        return rule;
    }

    /**
     * The order of the issues of one record of {@code type} in every report: by rule, in catalogue order, then by
     * where they are in the record, its properties in the wire format's order ({@code id} first, {@code operator}
     * before {@code beneficiary}…; a record's {@code type} and {@code schemaVersion} before them), list elements by
     * index, a value before the values inside it, and names the wire format does not define after those it does,
     * alphabetically. With no type (a record whose type could not be
     * read), the paths are compared token by token as text, list indexes as numbers.
     */
    public Comparator<Issue> issueOrder(RecordType type) {
        ObjectType root = type == null ? null : WireFormat.of(type);
        return Comparator.comparingInt((Issue issue) -> position(issue.rule()))
                .thenComparing(Issue::path, (a, b) -> comparePointers(a, b, root));
    }

    private int position(String id) {
        Integer position = index.get(id);
        return position != null ? position : Integer.MAX_VALUE;
    }

    /** Compares two JSON Pointers token by token in the order of the properties of {@code root}, when known. */
    static int comparePointers(String a, String b, ObjectType root) {
        ObjectType current = root;
        boolean index = false; // the next token is a list index
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = next(a, i);
            int endB = next(b, j);
            String tokenA = a.substring(i + 1, endA);
            String tokenB = b.substring(j + 1, endB);
            if (!tokenA.equals(tokenB)) {
                if (isIndex(tokenA) && isIndex(tokenB)) {
                    return Long.compare(Long.parseLong(tokenA), Long.parseLong(tokenB));
                }
                int rankA = rank(current, current == root, index, tokenA);
                int rankB = rank(current, current == root, index, tokenB);
                return rankA != rankB ? Integer.compare(rankA, rankB) : tokenA.compareTo(tokenB);
            }
            if (index) {
                index = false;
            } else {
                Property property = current == null ? null : current.propertyOrNull(tokenA);
                index = property != null && property.isList();
                current = property != null && property.kind() == Property.Kind.OBJECT ? property.object() : null;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int next(String pointer, int from) {
        int end = pointer.indexOf('/', from + 1);
        return end < 0 ? pointer.length() : end;
    }

    /**
     * A property's place in its object, the record's {@code type} and {@code schemaVersion} before its properties;
     * after every property, a name the wire format does not define.
     */
    private static int rank(ObjectType type, boolean record, boolean index, String token) {
        if (type == null || index) {
            return Integer.MAX_VALUE;
        }
        if (record && token.equals("type")) {
            return Integer.MIN_VALUE;
        }
        if (record && token.equals("schemaVersion")) {
            return Integer.MIN_VALUE + 1;
        }
        Property property = type.propertyOrNull(token);
        return property != null ? property.order() : Integer.MAX_VALUE;
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 18) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (token.charAt(k) < '0' || token.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The catalogue as a JSON array of
     * {@code {id, severity, needsRegistry, readerOnly, source, description: {fr, en}, messages: {fr, en}}}.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("[\n");
        int n = 0;
        for (RuleDefinition rule : rules.values()) {
            json.append(n++ == 0 ? "" : ",\n").append("  {\"id\": ").append(quote(rule.id()))
                    .append(", \"severity\": ").append(quote(rule.defaultSeverity().name()))
                    .append(", \"needsRegistry\": ").append(rule.needsRegistry())
                    .append(", \"readerOnly\": ").append(rule.readerOnly())
                    .append(",\n   \"source\": ").append(quote(rule.source()))
                    .append(",\n   \"description\": {\"fr\": ").append(quote(rule.description(Locale.FRENCH)))
                    .append(", \"en\": ").append(quote(rule.description(Locale.ENGLISH))).append('}')
                    .append(",\n   \"messages\": {\"fr\": ").append(quote(rule.messageTemplate(Locale.FRENCH)))
                    .append(", \"en\": ").append(quote(rule.messageTemplate(Locale.ENGLISH))).append("}}");
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
        return rules;
    }

    private static void addRule(Map<String, RuleDefinition> rules, Map<String, String> block) {
        if (block.isEmpty()) {
            return;
        }
        String id = block.get("rule");
        RuleDefinition rule = new RuleDefinition(id, Severity.valueOf(block.get("severity")), block.get("source"),
                block.get("description-fr"), block.get("description"), block.get("fr"), block.get("en"),
                "yes".equals(block.get("registry")), "yes".equals(block.get("reader")));
        if (rules.put(id, rule) != null) {
            throw new IllegalStateException(RESOURCE + ": rule '" + id + "' is defined twice");
        }
        block.clear();
    }
}
