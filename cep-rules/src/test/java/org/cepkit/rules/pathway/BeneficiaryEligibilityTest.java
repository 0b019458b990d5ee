package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.warning;
import static org.cepkit.rules.Fixtures.withStatus;

import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code beneficiary.not-eligible} and {@code beneficiary.eligibility-condition}: the CEP serves actifs; students
 * and retirees only while working or seeking work. Checked on Apec pathways, whose public rule ignores the status.
 */
class BeneficiaryEligibilityTest {

    @Test
    void anInactivePersonIsNotEligible() {
        assertThat(findingsOf(withStatus(pathway(OperatorFamily.APEC), BeneficiaryStatus.INACTIVE)))
                .containsExactly(error("beneficiary.not-eligible", "/beneficiary/status", PATHWAY_ID));
    }

    @ParameterizedTest
    @EnumSource(value = BeneficiaryStatus.class, names = {"STUDENT", "RETIREE"})
    void aStudentOrARetireeIsEligibleOnlyWhileWorkingOrSeekingWork(BeneficiaryStatus status) {
        assertThat(findingsOf(withStatus(pathway(OperatorFamily.APEC), status)))
                .containsExactly(warning("beneficiary.eligibility-condition", "/beneficiary/status", PATHWAY_ID));
    }

    @ParameterizedTest
    @EnumSource(value = BeneficiaryStatus.class, names = {"JOBSEEKER", "PRIVATE_EMPLOYEE", "PUBLIC_AGENT",
            "SELF_EMPLOYED", "APPRENTICE_OR_PAID_TRAINEE"})
    void actifsAreEligible(BeneficiaryStatus status) {
        assertThat(findingsOf(withStatus(pathway(OperatorFamily.APEC), status))).isEmpty();
    }
}
