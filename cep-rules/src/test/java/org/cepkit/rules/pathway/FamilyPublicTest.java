package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.info;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.warning;
import static org.cepkit.rules.Fixtures.withBeneficiary;
import static org.cepkit.rules.Fixtures.withStatus;

import java.util.List;
import java.util.stream.Stream;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.rules.Fixtures.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core public of each operator family (Céreq Bref n° 383, box 1): serving another public is a warning or an
 * information, except for the regional operators, whose France compétences contract is for private-sector
 * working people.
 */
class FamilyPublicTest {

    @Nested
    class CapEmploi {

        @Test
        void servesDisabledPeople() {
            assertThat(findingsOf(pathway(OperatorFamily.CAP_EMPLOI))).isEmpty();
        }

        @Test
        void warnsWithoutADisabilityRecognition() {
            Pathway pathway = withBeneficiary(pathway(OperatorFamily.CAP_EMPLOI),
                    b -> b.withDisabilityRecognition(false));

            assertThat(findingsOf(pathway)).containsExactly(
                    warning("cap-emploi.public", "/beneficiary/disabilityRecognition", PATHWAY_ID));
            assertThat(validator().validate(pathway).isValid()).isTrue();
        }
    }

    @Nested
    class Apec {

        @Test
        void servesAnExecutiveWhateverTheQualification() {
            Pathway pathway = withBeneficiary(pathway(OperatorFamily.APEC),
                    b -> b.withExecutive(true).withQualificationLevel(QualificationLevel.NONE));

            assertThat(findingsOf(pathway)).isEmpty();
        }

        @Test
        void servesANonExecutiveQualifiedAtLevel6() {
            Pathway pathway = withBeneficiary(pathway(OperatorFamily.APEC),
                    b -> b.withExecutive(false).withQualificationLevel(QualificationLevel.LEVEL_6));

            assertThat(findingsOf(pathway)).isEmpty();
        }

        @Test
        void warnsForANonExecutiveQualifiedAtLevel5() {
            Pathway pathway = withBeneficiary(pathway(OperatorFamily.APEC),
                    b -> b.withExecutive(false).withQualificationLevel(QualificationLevel.LEVEL_5));

            assertThat(findingsOf(pathway))
                    .containsExactly(warning("apec.public", "/beneficiary/executive", PATHWAY_ID));
            assertThat(validator().validate(pathway).isValid()).isTrue();
        }
    }

    @Nested
    class FranceTravail {

        @Test
        void servesJobSeekers() {
            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL))).isEmpty();
        }

        @Test
        void notesAnyOtherStatusAsInformation() {
            Pathway pathway = withStatus(pathway(OperatorFamily.FRANCE_TRAVAIL), BeneficiaryStatus.PUBLIC_AGENT);

            assertThat(findingsOf(pathway))
                    .containsExactly(info("france-travail.public", "/beneficiary/status", PATHWAY_ID));
            assertThat(validator().validate(pathway).isValid()).isTrue();
        }
    }

    @Nested
    class RegionalOperator {

        static Stream<Arguments> everyStatus() {
            Finding outsidePublic = error("regional-operator.public", "/beneficiary/status", PATHWAY_ID);
            Finding condition = warning("beneficiary.eligibility-condition", "/beneficiary/status", PATHWAY_ID);
            Finding notEligible = error("beneficiary.not-eligible", "/beneficiary/status", PATHWAY_ID);
            return Stream.of(
                    Arguments.of(BeneficiaryStatus.PRIVATE_EMPLOYEE, List.of()),
                    Arguments.of(BeneficiaryStatus.SELF_EMPLOYED, List.of()),
                    Arguments.of(BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE, List.of()),
                    Arguments.of(BeneficiaryStatus.JOBSEEKER, List.of(outsidePublic)),
                    Arguments.of(BeneficiaryStatus.PUBLIC_AGENT, List.of(outsidePublic)),
                    Arguments.of(BeneficiaryStatus.STUDENT, List.of(condition, outsidePublic)),
                    Arguments.of(BeneficiaryStatus.RETIREE, List.of(condition, outsidePublic)),
                    Arguments.of(BeneficiaryStatus.INACTIVE, List.of(notEligible, outsidePublic)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("everyStatus")
        void servesPrivateSectorWorkingPeopleOnly(BeneficiaryStatus status, List<Finding> expected) {
            assertThat(findingsOf(withStatus(pathway(OperatorFamily.REGIONAL_OPERATOR), status)))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyStatusIsCoveredByTheRegionalOperatorCases() {
        assertThat(RegionalOperator.everyStatus().map(arguments -> arguments.get()[0]))
                .containsExactlyInAnyOrder((Object[]) BeneficiaryStatus.values());
    }
}
