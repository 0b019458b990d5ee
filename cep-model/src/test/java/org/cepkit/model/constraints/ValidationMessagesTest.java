package org.cepkit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepExamples;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The {@code ContributorValidationMessages} bundles give every cepkit template an English and a French message. */
class ValidationMessagesTest {

    private static final Set<String> RULES = Set.of("commune", "departement", "region", "epci", "employment-zone",
            "postal-code", "siret", "rome", "formacode", "certification", "identifier", "length", "length.communes");

    @Test
    void bothBundlesHoldExactlyTheKeysOfEveryCepkitTemplate() throws IOException {
        Set<String> keys = RULES.stream().map(rule -> "org.cepkit.format." + rule)
                .collect(java.util.stream.Collectors.toSet());

        assertThat(bundle("ContributorValidationMessages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(bundle("ContributorValidationMessages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void theEnglishBundleRepeatsTheDefaultBundle() throws IOException {
        assertThat(bundle("ContributorValidationMessages_en.properties"))
                .isEqualTo(bundle("ContributorValidationMessages.properties"));
    }

    @Test
    void everyMessageIsTranslated() throws IOException {
        Properties english = bundle("ContributorValidationMessages.properties");
        Properties french = bundle("ContributorValidationMessages_fr.properties");

        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).isNotBlank();
            assertThat(french.getProperty(key)).isNotBlank().isNotEqualTo(english.getProperty(key));
        });
    }

    @Test
    void communeMessageResolvesInEnglish() {
        assertThat(messageOf(validator(Locale.ENGLISH), badCommune()))
                .isEqualTo("must be an INSEE commune code: a département (01-95 but 20, 2A, 2B) then 3 digits,"
                        + " or 971-976 then 2 digits");
    }

    @Test
    void communeMessageResolvesInFrench() {
        assertThat(messageOf(validator(Locale.FRENCH), badCommune()))
                .isEqualTo("doit être un code commune INSEE : un département (01-95 sauf 20, 2A, 2B) puis 3 chiffres,"
                        + " ou 971-976 puis 2 chiffres");
    }

    @Test
    void localAreaMessageResolvesInBothLanguages() {
        Territory noCommunes = CepExamples.localArea().withCommunes();

        assertThat(messageOf(validator(Locale.ENGLISH), noCommunes)).isEqualTo("must list at least one commune");
        assertThat(messageOf(validator(Locale.FRENCH), noCommunes))
                .isEqualTo("doit lister au moins une commune");
    }

    @Test
    void englishIsResolvedEvenWhenTheJvmDefaultLocaleIsFrench() {
        Locale jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(messageOf(validator(Locale.ENGLISH), badCommune())).startsWith("must be an INSEE commune code");
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    private static Territory badCommune() {
        return Territory.builder().kind(TerritoryKind.COMMUNE).code("20004").build();
    }

    private static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(
                        new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, Locale.FRENCH), locale, false))
                .buildValidatorFactory()
                .getValidator();
    }

    private static String messageOf(Validator validator, Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        assertThat(violations).hasSize(1);
        return violations.iterator().next().getMessage();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
