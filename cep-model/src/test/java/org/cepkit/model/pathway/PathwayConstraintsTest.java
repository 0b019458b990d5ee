package org.cepkit.model.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.model.testing.BeanValidation.violations;

import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/** The Jakarta constraints of {@link Pathway} and its parts, cascaded with {@code @Valid}. */
class PathwayConstraintsTest {

    private static final String NOT_EMPTY = "{jakarta.validation.constraints.NotEmpty.message}";
    private static final String IDENTIFIER = "{org.cepkit.format.identifier}";

    @Test
    void examplePathwayHasNoViolation() {
        assertThat(violations(CepExamples.pathway())).isEmpty();
    }

    @Test
    void pathwayIdOutsideTheIdentifierPatternIsReportedOnId() {
        assertThat(violations(CepExamples.pathway().withId("pw 1"))).containsExactly("id " + IDENTIFIER);
    }

    @Test
    void pathwayWithoutServiceIsReportedOnServices() {
        assertThat(violations(CepExamples.pathway().withServices())).containsExactly("services " + NOT_EMPTY);
    }

    @Test
    void beneficiaryIdIsValidatedThroughThePathway() {
        Pathway pathway = CepExamples.pathway().withBeneficiary(CepExamples.beneficiary().withId("b 1"));

        assertThat(violations(pathway)).containsExactly("beneficiary.id " + IDENTIFIER);
    }

    @Test
    void operatorRefIdIsValidatedThroughThePathway() {
        Pathway pathway = CepExamples.pathway().withOperator(OperatorRef.of("", OperatorFamily.MISSION_LOCALE));

        assertThat(violations(pathway)).containsExactly("operator.id " + IDENTIFIER);
    }

    @Test
    void referralTargetIdIsValidatedThroughThePathway() {
        Referral referral = ImmutableReferral.copyOf(CepExamples.pathway().getReferrals().get(0))
                .withTo(OperatorRef.of("ft bastia", OperatorFamily.FRANCE_TRAVAIL));

        assertThat(violations(CepExamples.pathway().withReferrals(referral)))
                .containsExactly("referrals[0].to.id " + IDENTIFIER);
    }

    @Test
    void actionPlanWithoutGoalIsReportedThroughThePathway() {
        Pathway pathway = CepExamples.pathway().withActionPlan(CepExamples.actionPlan().withGoals());

        assertThat(violations(pathway)).containsExactly("actionPlan.goals " + NOT_EMPTY);
    }

    @Test
    void actionPlanWithoutGoalIsReportedOnGoals() {
        assertThat(violations(CepExamples.actionPlan().withGoals())).containsExactly("goals " + NOT_EMPTY);
    }

    @Test
    void beneficiaryIdOutsideTheIdentifierPatternIsReportedOnId() {
        assertThat(violations(CepExamples.beneficiary())).isEmpty();
        assertThat(violations(CepExamples.beneficiary().withId("b".repeat(65)))).containsExactly("id " + IDENTIFIER);
    }

    @Test
    void everyViolationOfAPathwayIsReportedAtOnce() {
        Pathway pathway = CepExamples.pathway()
                .withId("")
                .withBeneficiary(CepExamples.beneficiary().withId(""))
                .withServices()
                .withActionPlan(CepExamples.actionPlan().withGoals());

        assertThat(violations(pathway)).containsExactly(
                "actionPlan.goals " + NOT_EMPTY,
                "beneficiary.id " + IDENTIFIER,
                "id " + IDENTIFIER,
                "services " + NOT_EMPTY);
    }
}
