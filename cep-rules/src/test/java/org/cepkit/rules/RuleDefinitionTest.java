package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleDefinitionTest {

    private static final RuleDefinition LENGTH = RuleCatalogue.builtIn().get("format.length");

    @Test
    void boundsAreSaidInWordsInFrench() {
        assertThat(message(Locale.FRENCH, "1..200", "characters"))
                .isEqualTo("Longueur hors des bornes autorisées : de 1 à 200 caractères.");
        assertThat(message(Locale.FRENCH, "1..", "items"))
                .isEqualTo("Longueur hors des bornes autorisées : au moins 1 élément.");
        assertThat(message(Locale.FRENCH, "2..", "items"))
                .isEqualTo("Longueur hors des bornes autorisées : au moins 2 éléments.");
        assertThat(message(Locale.FRENCH, "0..1", "items"))
                .isEqualTo("Longueur hors des bornes autorisées : au plus 1 élément.");
        assertThat(message(Locale.FRENCH, "5..5", "characters"))
                .isEqualTo("Longueur hors des bornes autorisées : exactement 5 caractères.");
        assertThat(message(Locale.FRENCH, "1..10000", "characters"))
                .isEqualTo("Longueur hors des bornes autorisées : de 1 à 10\u202f000 caractères.");
    }

    @Test
    void boundsAreSaidInWordsInEnglish() {
        assertThat(message(Locale.ENGLISH, "1..200", "characters"))
                .isEqualTo("Length outside the allowed bounds: from 1 to 200 characters.");
        assertThat(message(Locale.ENGLISH, "1..", "items"))
                .isEqualTo("Length outside the allowed bounds: at least 1 item.");
        assertThat(message(Locale.ENGLISH, "0..0", "items"))
                .isEqualTo("Length outside the allowed bounds: exactly 0 items.");
        assertThat(message(Locale.ENGLISH, "1..10000", "characters"))
                .isEqualTo("Length outside the allowed bounds: from 1 to 10,000 characters.");
    }

    @Test
    void boundsOfAnotherShapeAreLeftAsTheyAre() {
        assertThat(message(Locale.ENGLISH, "a few", "items")).isEqualTo("Length outside the allowed bounds: a few.");
    }

    @Test
    void aRuleOfOnesOwnHasADescriptionInEachLanguage() {
        RuleDefinition rule = RuleDefinition.builder("acme.check").severity(Severity.INFO).source("Acme")
                .description("Vérifie.", "Checks.").messages("Vérifié.", "Checked.").build();

        assertThat(rule.description(Locale.FRENCH)).isEqualTo("Vérifie.");
        assertThat(rule.description(Locale.ENGLISH)).isEqualTo("Checks.");
        assertThatThrownBy(() -> RuleDefinition.builder("acme.check").severity(Severity.INFO).source("Acme")
                .messages("Vérifié.", "Checked.").build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("description");
    }

    private static String message(Locale locale, String bounds, String unit) {
        return LENGTH.message(locale, Map.of("bounds", bounds, "unit", unit));
    }
}
