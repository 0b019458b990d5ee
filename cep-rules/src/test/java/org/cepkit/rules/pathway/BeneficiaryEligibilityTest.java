package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.englishValidator;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.warning;
import static org.cepkit.rules.Fixtures.withStatus;

import java.time.LocalDate;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.Issue;
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

    @Test
    void underTheCahierOf2014TheMessageAsksWhetherTheStudentHoldsAJob() {
        Pathway student = withStatus(pathway(OperatorFamily.APEC, LocalDate.of(2019, 3, 1)), BeneficiaryStatus.STUDENT);

        assertThat(validator().validate(student).issues()).singleElement().extracting(Issue::message)
                .isEqualTo("Sous le cahier des charges CDC_2014, un étudiant ou un retraité n'est éligible au CEP que "
                        + "s'il occupe un emploi.");
        assertThat(englishValidator().validate(student).issues()).singleElement().extracting(Issue::message)
                .isEqualTo("Under the CDC_2014 specification, a student or a retiree is eligible for the CEP only "
                        + "while working.");
    }

    @Test
    void underTheCahierOf2019TheMessageAsksWhetherTheRetireeHoldsOrSeeksAJob() {
        Pathway retiree = withStatus(pathway(OperatorFamily.APEC, LocalDate.of(2020, 1, 1)), BeneficiaryStatus.RETIREE);

        assertThat(validator().validate(retiree).issues()).singleElement().extracting(Issue::message)
                .isEqualTo("Sous le cahier des charges CDC_2019, un étudiant ou un retraité n'est éligible au CEP que "
                        + "s'il occupe ou recherche un emploi.");
        assertThat(englishValidator().validate(retiree).issues()).singleElement().extracting(Issue::message)
                .isEqualTo("Under the CDC_2019 specification, a student or a retiree is eligible for the CEP only "
                        + "while working or seeking work.");
    }
}
