package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.TODAY;
import static org.cepkit.rules.Fixtures.bornOn;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.profile;
import static org.cepkit.rules.Fixtures.withBeneficiary;
import static org.cepkit.rules.Fixtures.withStatus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.rules.internal.RulesAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A profile changes how a validator judges: severities, disabled rules, reference date and language. */
class ProfileTest {

    private static final Pathway APEC_NON_EXECUTIVE = withBeneficiary(pathway(OperatorFamily.APEC),
            b -> b.withExecutive(false).withQualificationLevel(QualificationLevel.LEVEL_4));
    private static final Pathway ML_AGED_27 = bornOn(pathway(OperatorFamily.MISSION_LOCALE, LocalDate.of(2024, 3, 1)),
            LocalDate.of(1996, 6, 1));

    @Test
    void theDefaultsAreFrenchDefaultSeveritiesNoRegistryAndTodayInParis() {
        Profile defaults = Profile.defaults();

        assertThat(defaults.locale()).isEqualTo(Locale.FRENCH);
        assertThat(defaults.operators()).isEmpty();
        assertThat(defaults.disabledRules()).isEmpty();
        assertThat(defaults.severityOf("apec.public")).isEqualTo(Severity.WARNING);
        assertThat(defaults.clock().getZone()).isEqualTo(Profile.DEFAULT_ZONE);
    }

    @Test
    void refusesAnUnknownRuleIdForASeverity() {
        assertThatThrownBy(() -> Profile.builder().severity("apec.publik", Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apec.publik");
    }

    @Test
    void refusesAnUnknownRuleIdToDisable() {
        assertThatThrownBy(() -> Profile.builder().disable("mission-locale"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mission-locale");
    }

    @Test
    void aWarningRaisedToAnErrorMakesTheRecordInvalid() {
        CepValidator strict = CepValidator.create(profile().severity("apec.public", Severity.ERROR).build());

        ValidationReport report = strict.validate(APEC_NON_EXECUTIVE);

        assertThat(findings(report)).containsExactly(error("apec.public", "/beneficiary/executive", PATHWAY_ID));
        assertThat(report.isValid()).isFalse();
        assertThat(report.invalid()).isEqualTo(1);
    }

    @Test
    void anErrorLoweredToAWarningKeepsTheRecordValid() {
        CepValidator tolerant = CepValidator.create(profile().severity("mission-locale.age", Severity.WARNING).build());

        ValidationReport report = tolerant.validate(ML_AGED_27);

        assertThat(report.issues()).singleElement().extracting(Issue::severity).isEqualTo(Severity.WARNING);
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).isEqualTo(1);
    }

    @Test
    void aDisabledRuleIsSilent() {
        CepValidator withoutAge = CepValidator.create(profile().disable("mission-locale.age").build());

        assertThat(findings(withoutAge.validate(ML_AGED_27))).isEmpty();
    }

    @Test
    void disablingOneRuleLeavesTheOthers() {
        CepValidator withoutAge = CepValidator.create(profile().disable("mission-locale.age").build());

        assertThat(findings(withoutAge.validate(withStatus(ML_AGED_27, BeneficiaryStatus.INACTIVE))))
                .containsExactly(error("beneficiary.not-eligible", "/beneficiary/status", PATHWAY_ID));
    }

    @Test
    void aDisabledRegistryRuleIsNotListedAsNotApplied() {
        CepValidator validator = CepValidator.create(profile().disable("reference.unknown-operator").build());

        assertThat(validator.validate(APEC_NON_EXECUTIVE).rulesNotApplied())
                .doesNotContain("reference.unknown-operator").contains("reference.family-mismatch");
    }

    @Test
    void aDisabledRuleIsNoIssueForTheReaderEither() {
        CepValidator validator = CepValidator.create(profile().disable("format.unknown-field").build());

        assertThat(RulesAccess.issue(validator, "format.unknown-field", "/colour", Map.of())).isEmpty();
        assertThat(RulesAccess.issue(validator, "format.enum", "/sex", Map.of("codeList", "Sex")))
                .hasValueSatisfying(issue -> {
                    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
                    assertThat(issue.path()).isEqualTo("/sex");
                    assertThat(issue.message()).isEqualTo("Valeur hors de la liste de codes Sex.");
                });
    }

    @Test
    void theReaderGetsTheProfilesSeverity() {
        CepValidator lenient = CepValidator.create(profile().severity("format.unknown-field", Severity.INFO).build());

        assertThat(RulesAccess.issue(lenient, "format.unknown-field", "/colour", Map.of()))
                .hasValueSatisfying(issue -> assertThat(issue.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void toBuilderKeepsEverySetting() {
        Profile profile = profile().severity("apec.public", Severity.ERROR).disable("france-travail.public")
                .locale(Locale.ENGLISH).operators(OperatorRegistry.empty()).build();

        Profile copy = profile.toBuilder().build();

        assertThat(copy.severityOf("apec.public")).isEqualTo(Severity.ERROR);
        assertThat(copy.overrides("apec.public")).isTrue();
        assertThat(copy.isEnabled("france-travail.public")).isFalse();
        assertThat(copy.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(copy.operators()).isPresent();
        assertThat(copy.referenceDate()).isEqualTo(TODAY);
    }

    @Test
    void messagesAreFrenchByDefault() {
        ValidationReport report = CepValidator.create(profile().build()).validate(ML_AGED_27);

        assertThat(report.issues()).singleElement().extracting(Issue::message)
                .isEqualTo(RuleCatalogue.builtIn().get("mission-locale.age").messageTemplate(Locale.FRENCH))
                .asString().startsWith("Une Mission locale accompagne");
    }

    @Test
    void messagesAreEnglishOnRequest() {
        ValidationReport report = CepValidator.create(profile().locale(Locale.ENGLISH).build()).validate(ML_AGED_27);

        assertThat(report.issues()).singleElement().extracting(Issue::message)
                .isEqualTo("A Mission locale serves young people aged 16 to 25 (29 with a disability recognition for a"
                        + " pathway starting on or after 1 March 2022): the age at entry is outside that range.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "en-US"})
    void everyEnglishLocaleGetsEnglish(String tag) {
        ValidationReport report = CepValidator.create(profile().locale(Locale.forLanguageTag(tag)).build())
                .validate(ML_AGED_27);

        assertThat(report.issues()).singleElement().extracting(Issue::message).asString().startsWith("A Mission");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr-FR", "fr-CA", "de", "es"})
    void everyOtherLocaleGetsFrench(String tag) {
        ValidationReport report = CepValidator.create(profile().locale(Locale.forLanguageTag(tag)).build())
                .validate(ML_AGED_27);

        assertThat(report.issues()).singleElement().extracting(Issue::message).asString().startsWith("Une Mission");
    }

    @Test
    void messagesWithADetailAreLocalizedToo() {
        Pathway endsBeforeStart = pathway(OperatorFamily.MISSION_LOCALE).withEndDate(LocalDate.of(2024, 2, 1));

        assertThat(CepValidator.create(profile().build()).validate(endsBeforeStart).issues())
                .singleElement().extracting(Issue::message).isEqualTo("La date de fin précède la date d'entrée.");
        assertThat(CepValidator.create(profile().locale(Locale.ENGLISH).build()).validate(endsBeforeStart).issues())
                .singleElement().extracting(Issue::message).isEqualTo("The end date is before the start date.");
    }
}
