package org.cepkit.rules;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule catalogue is SPEC §5, rule for rule, and every rule the validator reports is in it. */
class RuleCatalogueTest {

    /** SPEC §5: every rule id with its default severity, in SPEC order. */
    private static final Map<String, Severity> SPEC = specTable();

    private static final Set<String> READER_ONLY = Set.of("format.syntax", "format.limit", "format.type",
            "format.unknown-field", "format.enum", "format.date", "format.schema-version", "code.alias");

    private static final Set<String> NEED_REGISTRY = Set.of("regional-operator.coverage",
            "cooperation.territory-presence", "reference.unknown-operator", "reference.family-mismatch",
            "reference.operator-inactive");

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Severity> specTable() {
        Severity error = Severity.ERROR;
        Severity warning = Severity.WARNING;
        Severity info = Severity.INFO;
        Map<String, Severity> table = new LinkedHashMap<>();
        for (Map.Entry<String, Severity> entry : new Map.Entry[] {
                entry("format.syntax", error),
                entry("format.limit", error),
                entry("format.type", error),
                entry("format.required", error),
                entry("format.unknown-field", error),
                entry("format.enum", error),
                entry("format.date", error),
                entry("format.identifier", error),
                entry("format.length", error),
                entry("format.schema-version", error),
                entry("format.commune", error),
                entry("format.departement", error),
                entry("format.region", error),
                entry("format.epci", error),
                entry("format.employment-zone", error),
                entry("format.postal-code", error),
                entry("format.siret", error),
                entry("format.rome", error),
                entry("format.formacode", error),
                entry("format.certification", error),
                entry("code.alias", info),
                entry("territory.unknown", error),
                entry("territory.not-current", warning),
                entry("territory.inconsistent", error),
                entry("territory.postal-code", warning),
                entry("beneficiary.not-eligible", error),
                entry("beneficiary.eligibility-condition", warning),
                entry("beneficiary.age", error),
                entry("mission-locale.age", error),
                entry("cap-emploi.public", warning),
                entry("apec.public", warning),
                entry("france-travail.public", info),
                entry("regional-operator.public", error),
                entry("regional-operator.coverage", warning),
                entry("operator.family-period", error),
                entry("operator.dates", error),
                entry("reference.operator-inactive", warning),
                entry("operator.coverage", error),
                entry("operator.site-coverage", warning),
                entry("pathway.specification-period", error),
                entry("pathway.level-specification", error),
                entry("pathway.dates", error),
                entry("pathway.future-date", error),
                entry("pathway.self-referral", error),
                entry("privacy.identifier", error),
                entry("cooperation.operators", error),
                entry("cooperation.relation", error),
                entry("cooperation.configuration", warning),
                entry("cooperation.single-family", warning),
                entry("cooperation.dates", error),
                entry("cooperation.territory-presence", warning),
                entry("reference.unknown-operator", error),
                entry("reference.family-mismatch", error),
                entry("dataset.duplicate-id", error),
                entry("dataset.beneficiary-inconsistent", warning)}) {
            table.put(entry.getKey(), entry.getValue());
        }
        return table;
    }

    private static Map<String, Severity> catalogue() {
        Map<String, Severity> catalogue = new LinkedHashMap<>();
        RuleCatalogue.builtIn().all().forEach(rule -> catalogue.put(rule.id(), rule.defaultSeverity()));
        return catalogue;
    }

    @Test
    void holdsExactlyThe55RulesOfTheSpecWithTheirDefaultSeverities() {
        assertThat(SPEC).hasSize(55);
        assertThat(catalogue()).containsExactlyEntriesOf(SPEC);
    }

    @Test
    void marksTheRulesOnlyTheJsonReaderCanSee() {
        assertThat(RuleCatalogue.builtIn().all().stream().filter(RuleDefinition::readerOnly).map(RuleDefinition::id))
                .containsExactlyInAnyOrderElementsOf(READER_ONLY);
    }

    @Test
    void marksTheRulesThatNeedAnOperatorRegistry() {
        assertThat(RuleCatalogue.builtIn().all().stream().filter(RuleDefinition::needsRegistry).map(RuleDefinition::id))
                .containsExactlyInAnyOrderElementsOf(NEED_REGISTRY);
    }

    @Test
    void everyRuleHasFrenchAndEnglishMessagesASourceAndADescription() {
        assertThat(RuleCatalogue.builtIn().all()).allSatisfy(rule -> {
            assertThat(rule.messageTemplate(Locale.FRENCH)).as(rule.id() + " fr").isNotBlank();
            assertThat(rule.messageTemplate(Locale.ENGLISH)).as(rule.id() + " en").isNotBlank();
            assertThat(rule.source()).as(rule.id() + " source").isNotBlank();
            assertThat(rule.description(Locale.FRENCH)).as(rule.id() + " description-fr").isNotBlank();
            assertThat(rule.description(Locale.ENGLISH)).as(rule.id() + " description").isNotBlank();
        });
    }

    /**
     * The two descriptions of a rule say the same things: they are not one text twice, and they name the same
     * codes, fields, dates, patterns and numbers.
     */
    @Test
    void frenchAndEnglishDescriptionsNameTheSameThings() {
        assertThat(RuleCatalogue.builtIn().all()).allSatisfy(rule -> {
            String french = rule.description(Locale.FRENCH);
            String english = rule.description(Locale.ENGLISH);
            assertThat(french).as(rule.id()).isNotEqualTo(english);
            assertThat(terms(french)).as(rule.id()).isEqualTo(terms(english));
        });
    }

    /** The terms a translation keeps: codes, camelCase fields, ISO dates, patterns ({@code ^…$}) and numbers. */
    private static Set<String> terms(String text) {
        Set<String> terms = new TreeSet<>();
        Matcher m = Pattern.compile(
                "\\^\\S+\\$|\\d{4}-\\d{2}-\\d{2}|\\b[A-Z][A-Z0-9_]+\\b|\\b[a-z]+[A-Z][A-Za-z]*\\b|\\d+").matcher(text);
        while (m.find()) {
            terms.add(m.group());
        }
        return terms;
    }

    @Test
    void frenchAndEnglishMessagesTakeTheSamePlaceholders() {
        assertThat(RuleCatalogue.builtIn().all()).allSatisfy(rule -> assertThat(placeholders(rule.messageTemplate(Locale.FRENCH)))
                .as(rule.id()).isEqualTo(placeholders(rule.messageTemplate(Locale.ENGLISH))));
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void everyIdABuiltInRuleDeclaresIsInTheCatalogue() {
        assertThat(BuiltInRules.all()).allSatisfy(rule -> assertThat(rule.ruleIds())
                .as(rule.getClass().getName()).isNotEmpty()
                .allSatisfy(id -> assertThat(RuleCatalogue.builtIn().find(id))
                        .as(id).isPresent()));
    }

    @Test
    void everyRuleTheValidatorCanSeeIsDeclaredByABuiltInRule() {
        Set<String> declared = new TreeSet<>();
        BuiltInRules.all().forEach(rule -> declared.addAll(rule.ruleIds()));

        assertThat(RuleCatalogue.builtIn().all()).filteredOn(rule -> !rule.readerOnly())
                .extracting(RuleDefinition::id)
                .allSatisfy(id -> assertThat(declared.contains(id) || id.startsWith("dataset.")
                        || id.startsWith("territory.")).as(id).isTrue());
    }

    @Test
    void noBuiltInRuleDeclaresAReaderOnlyId() {
        assertThat(BuiltInRules.all()).flatExtracting(Rule::ruleIds).doesNotContainAnyElementsOf(READER_ONLY);
    }

    @Test
    void anUnknownIdIsRefusedByName() {
        assertThat(RuleCatalogue.builtIn().find("no.such-rule")).isEmpty();
        assertThatThrownBy(() -> RuleCatalogue.builtIn().get("no.such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such-rule");
    }

    @Test
    void aMessageFillsItsPlaceholdersAndLeavesUnknownOnesVisible() {
        RuleDefinition family = RuleCatalogue.builtIn().get("reference.family-mismatch");

        assertThat(family.message(Locale.ENGLISH, Map.of("family", "APEC", "operator", "ml-1", "registered",
                "MISSION_LOCALE"))).isEqualTo(
                        "The family given (APEC) differs from that of the registered operator ml-1 (MISSION_LOCALE).");
        assertThat(family.message(Locale.ENGLISH, Map.of("family", "APEC")))
                .contains("(APEC)").contains("{operator}").contains("{registered}");
    }

    @Test
    void aMessageQuotesAnOperatorIdOnlyWhenAReportMayRepeatIt() {
        RuleDefinition unknown = RuleCatalogue.builtIn().get("reference.unknown-operator");

        assertThat(unknown.message(Locale.FRENCH, Map.of("operator", "ml-bastia")))
                .isEqualTo("Opérateur ml-bastia absent du registre des opérateurs.");
        assertThat(unknown.message(Locale.FRENCH, Map.of("operator", "<b>Jean Dupont</b>")))
                .isEqualTo("Opérateur (identifiant non valide) absent du registre des opérateurs.");
        assertThat(unknown.message(Locale.ENGLISH, Map.of("operator", "1.85.05.78.006.084.36")))
                .isEqualTo("Operator (invalid id) is absent from the operator registry.");
    }

    @Test
    void theJsonFormListsEveryRuleWithItsFields() {
        String json = RuleCatalogue.builtIn().toJson();

        assertThat(json.strip()).startsWith("[").endsWith("]");
        assertThat(count(json, "\"id\": ")).isEqualTo(55);
        assertThat(count(json, "\"severity\": ")).isEqualTo(55);
        assertThat(count(json, "\"source\": ")).isEqualTo(55);
        assertThat(count(json, "\"description\": {\"fr\": ")).isEqualTo(55);
        assertThat(count(json, "\"messages\": {\"fr\": ")).isEqualTo(55);
        assertThat(json).contains("{\"id\": \"mission-locale.age\", \"severity\": \"ERROR\"");
        assertThat(json).contains("{\"id\": \"reference.unknown-operator\", \"severity\": \"ERROR\", "
                + "\"needsRegistry\": true, \"readerOnly\": false");
    }

    @Test
    void theJsonFormIsWellFormed() {
        new JsonShape(RuleCatalogue.builtIn().toJson()).arrayOfObjects();
    }

    @Test
    void theJsonFormEscapesQuotesBackslashesAndControlCharacters() {
        assertThat(RuleCatalogue.quote("a \"b\" \\ c\n\t\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\t\\u0001\"");
    }

    @Test
    void theJarCarriesTheJsonForm() throws IOException {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RuleCatalogue.JSON_RESOURCE)) {
            assertThat(in).as(RuleCatalogue.JSON_RESOURCE).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(RuleCatalogue.builtIn().toJson());
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /**
     * A strict reader of the JSON subset {@link RuleCatalogue#toJson()} writes (arrays, objects, strings, booleans),
     * enough to prove the text well-formed without a JSON library in cep-rules.
     */
    private static final class JsonShape {
        private final String text;
        private int at;

        JsonShape(String text) {
            this.text = text;
        }

        void arrayOfObjects() {
            space();
            expect('[');
            do {
                space();
                object();
                space();
            } while (take(','));
            expect(']');
            space();
            assertThat(at).as("trailing text").isEqualTo(text.length());
        }

        private void object() {
            expect('{');
            do {
                space();
                string();
                space();
                expect(':');
                space();
                value();
                space();
            } while (take(','));
            expect('}');
        }

        private void value() {
            char c = text.charAt(at);
            if (c == '"') {
                string();
            } else if (c == '{') {
                object();
            } else if (text.startsWith("true", at)) {
                at += 4;
            } else if (text.startsWith("false", at)) {
                at += 5;
            } else {
                throw new AssertionError("Unexpected value at " + at + ": " + text.substring(at, Math.min(at + 20,
                        text.length())));
            }
        }

        private void string() {
            expect('"');
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                assertThat(c).as("control character at " + at).isGreaterThanOrEqualTo(' ');
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    if (escaped == 'u') {
                        assertThat(text.substring(at, at + 4)).matches("[0-9a-fA-F]{4}");
                        at += 4;
                    } else {
                        assertThat("\"\\/bfnrt").contains(String.valueOf(escaped));
                    }
                }
            }
            at++;
        }

        private void space() {
            while (at < text.length() && " \n\r\t".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private boolean take(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            assertThat(at).as("end of text while expecting " + c).isLessThan(text.length());
            assertThat(text.charAt(at)).as("character " + at).isEqualTo(c);
            at++;
        }
    }
}
