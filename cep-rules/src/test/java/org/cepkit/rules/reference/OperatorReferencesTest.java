package org.cepkit.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.ref;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.validatorKnowing;

import java.util.List;
import java.util.Locale;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * {@code reference.unknown-operator} and {@code reference.family-mismatch}: with a registry, every operator
 * reference names a registered operator, with its family. Without one, the rules are not applied, and the
 * report says so.
 */
class OperatorReferencesTest {

    private static final ImmutableOperator MISSION_LOCALE = operator(OperatorFamily.MISSION_LOCALE);
    private static final ImmutableOperator FRANCE_TRAVAIL = operator(OperatorFamily.FRANCE_TRAVAIL);
    private static final List<String> REGISTRY_RULES = List.of("reference.unknown-operator",
            "reference.family-mismatch", "regional-operator.coverage", "cooperation.territory-presence",
            "reference.operator-inactive");

    /** A Mission locale pathway that refers its beneficiary to {@code target}. */
    private static Pathway referringTo(OperatorRef target) {
        ImmutablePathway pathway = pathway(OperatorFamily.MISSION_LOCALE);
        return pathway.withReferrals(Referral.builder().to(target)
                .date(pathway.getStartDate().plusDays(14)).purpose(CooperationPurpose.REMOVE_BARRIERS).build());
    }

    @Test
    void withoutARegistryTheReferencesAreNotCheckedAndTheReportSaysSo() {
        ValidationReport report = validator().validate(referringTo(OperatorRef.of("nowhere", OperatorFamily.APEC)));

        assertThat(findings(report)).isEmpty();
        assertThat(report.rulesNotApplied()).containsExactlyInAnyOrderElementsOf(REGISTRY_RULES);
    }

    @Test
    void registeredReferencesAreFine() {
        ValidationReport report = validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL)
                .validate(referringTo(ref(OperatorFamily.FRANCE_TRAVAIL)));

        assertThat(findings(report)).isEmpty();
        assertThat(report.rulesNotApplied()).isEmpty();
    }

    @Test
    void aPathwaysOperatorMustBeRegistered() {
        assertThat(findings(validatorKnowing(FRANCE_TRAVAIL).validate(pathway(OperatorFamily.MISSION_LOCALE))))
                .containsExactly(error("reference.unknown-operator", "/operator/id", PATHWAY_ID));
    }

    @Test
    void aPathwaysOperatorMustHaveItsRegisteredFamily() {
        Operator registeredAsCapEmploi = MISSION_LOCALE.withFamily(OperatorFamily.CAP_EMPLOI);

        assertThat(findings(validatorKnowing(registeredAsCapEmploi).validate(pathway(OperatorFamily.MISSION_LOCALE))))
                .containsExactly(error("reference.family-mismatch", "/operator/family", PATHWAY_ID));
    }

    @Test
    void aReferralsTargetMustBeRegisteredWithItsFamily() {
        CepValidator validator = validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL);

        assertThat(findings(validator.validate(referringTo(ref(OperatorFamily.CAP_EMPLOI)))))
                .containsExactly(error("reference.unknown-operator", "/referrals/0/to/id", PATHWAY_ID));
        assertThat(findings(validator.validate(referringTo(OperatorRef.of("ft-bastia", OperatorFamily.APEC)))))
                .containsExactly(error("reference.family-mismatch", "/referrals/0/to/family", PATHWAY_ID));
    }

    @Test
    void aCooperationsOperatorsMustBeRegisteredWithTheirFamily() {
        Cooperation cooperation = cooperation().withOperators(
                OperatorRef.of("ml-bastia", OperatorFamily.APEC), ref(OperatorFamily.FRANCE_TRAVAIL));

        // in catalogue order: reference.unknown-operator comes first
        assertThat(findings(validatorKnowing(MISSION_LOCALE).validate(cooperation))).containsExactly(
                error("reference.unknown-operator", "/operators/1/id", COOPERATION_ID),
                error("reference.family-mismatch", "/operators/0/family", COOPERATION_ID));
    }

    @Test
    void anEmptyRegistryKnowsNoOperator() {
        CepValidator validator = CepValidator.create(Fixtures.profile().operators(OperatorRegistry.empty()).build());
        ValidationReport report = validator.validate(pathway(OperatorFamily.MISSION_LOCALE));

        assertThat(findings(report)).containsExactly(error("reference.unknown-operator", "/operator/id", PATHWAY_ID));
        assertThat(report.rulesNotApplied()).isEmpty();
    }

    @Test
    void aDatasetRegistersItsOperatorsWhereverTheyStand() {
        ValidationReport report = validator().validate(List.of(cooperation(),
                referringTo(ref(OperatorFamily.FRANCE_TRAVAIL)), MISSION_LOCALE, FRANCE_TRAVAIL));

        assertThat(findings(report)).isEmpty();
        assertThat(report.rulesNotApplied()).isEmpty();
    }

    @Test
    void aDatasetChecksItsReferencesAgainstItsOperators() {
        ValidationReport report = validator().validate(List.of(pathway(OperatorFamily.CAP_EMPLOI), MISSION_LOCALE));

        assertThat(findings(report)).containsExactly(error("reference.unknown-operator", "/operator/id", PATHWAY_ID));
    }

    @Test
    void aDatasetAddsItsOperatorsToTheGivenRegistry() {
        CepValidator knowsMissionLocale = validatorKnowing(MISSION_LOCALE);

        ValidationReport report = knowsMissionLocale.validate(List.of(cooperation(), FRANCE_TRAVAIL));

        assertThat(findings(report)).isEmpty();
    }

    @Test
    void anInputOperatorReplacesARegisteredOneOfTheSameId() {
        CepValidator knowsMissionLocale = validatorKnowing(MISSION_LOCALE);
        Operator renamedAsApec = MISSION_LOCALE.withFamily(OperatorFamily.APEC);

        ValidationReport report = knowsMissionLocale.validate(List.of(pathway(OperatorFamily.MISSION_LOCALE),
                renamedAsApec));

        assertThat(findings(report))
                .containsExactly(error("reference.family-mismatch", "/operator/family", PATHWAY_ID));
    }

    @Test
    void aDatasetWithoutOperatorsOrRegistryDoesNotApplyTheRegistryRules() {
        ValidationReport report = validator().validate(List.of(pathway(OperatorFamily.MISSION_LOCALE)));

        assertThat(report.rulesNotApplied()).containsExactlyInAnyOrderElementsOf(REGISTRY_RULES);
    }

    @Test
    void theMessageQuotesAValidOperatorId() {
        ValidationReport report = validatorKnowing(FRANCE_TRAVAIL).validate(pathway(OperatorFamily.MISSION_LOCALE));

        assertThat(report.issues()).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("ml-bastia"));
    }

    @Test
    void theMessageNeverQuotesAnOperatorIdThatIsNoValidIdOrIsShapedLikeANir() {
        for (String id : List.of("Jean Dupont 1985-05-14", "<script>alert(1)</script>", "185057800608436",
                "ml bastia")) {
            for (CepValidator validator : List.of(validatorKnowing(MISSION_LOCALE), CepValidator.create(Fixtures
                    .profile().locale(Locale.ENGLISH).operators(OperatorRegistry.of(List.of(MISSION_LOCALE)))
                    .build()))) {
                ValidationReport report = validator.validate(referringTo(OperatorRef.of(id, OperatorFamily.APEC)));

                assertThat(report.issues()).filteredOn(issue -> issue.rule().equals("reference.unknown-operator"))
                        .singleElement().satisfies(issue -> assertThat(issue.message()).doesNotContain(id)
                                .containsAnyOf("(identifiant non valide)", "(invalid id)"));
            }
        }
    }

    @Test
    void aFamilyMismatchOfARegisteredOperatorWithAnInvalidIdDoesNotQuoteIt() {
        Operator registered = MISSION_LOCALE.withId("ml <b>bastia</b>");
        ValidationReport report = validatorKnowing(registered).validate(pathway(OperatorFamily.FRANCE_TRAVAIL)
                .withOperator(OperatorRef.of("ml <b>bastia</b>", OperatorFamily.APEC)));

        assertThat(report.issues()).filteredOn(issue -> issue.rule().equals("reference.family-mismatch"))
                .singleElement().satisfies(issue -> assertThat(issue.message()).doesNotContain("bastia")
                        .contains("(identifiant non valide)").contains("APEC").contains("MISSION_LOCALE"));
    }
}
