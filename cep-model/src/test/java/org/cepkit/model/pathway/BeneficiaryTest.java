package org.cepkit.model.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {

    private static Beneficiary bornOn(LocalDate birthDate) {
        return CepExamples.beneficiary().withBirthDate(birthDate);
    }

    @Test
    void ageIsInCompletedYearsTheDayBeforeTheBirthday() {
        assertThat(bornOn(LocalDate.of(2001, 5, 14)).ageAt(LocalDate.of(2027, 5, 13))).isEqualTo(25);
    }

    @Test
    void ageChangesOnTheBirthdayItself() {
        assertThat(bornOn(LocalDate.of(2001, 5, 14)).ageAt(LocalDate.of(2027, 5, 14))).isEqualTo(26);
    }

    @Test
    void ageIsZeroOnTheDayOfBirth() {
        assertThat(bornOn(LocalDate.of(2001, 5, 14)).ageAt(LocalDate.of(2001, 5, 14))).isZero();
    }

    @Test
    void someoneBornOn29FebruaryIsStill17On28FebruaryOfACommonYear() {
        assertThat(bornOn(LocalDate.of(2004, 2, 29)).ageAt(LocalDate.of(2022, 2, 28))).isEqualTo(17);
    }

    @Test
    void someoneBornOn29FebruaryTurns18On1MarchOfACommonYear() {
        assertThat(bornOn(LocalDate.of(2004, 2, 29)).ageAt(LocalDate.of(2022, 3, 1))).isEqualTo(18);
    }

    @Test
    void someoneBornOn29FebruaryTurns20On29FebruaryOfALeapYear() {
        assertThat(bornOn(LocalDate.of(2004, 2, 29)).ageAt(LocalDate.of(2024, 2, 28))).isEqualTo(19);
        assertThat(bornOn(LocalDate.of(2004, 2, 29)).ageAt(LocalDate.of(2024, 2, 29))).isEqualTo(20);
    }

    @Test
    void executiveAndDisabilityRecognitionDefaultToFalse() {
        Beneficiary beneficiary = CepExamples.beneficiary();

        assertThat(beneficiary.isExecutive()).isFalse();
        assertThat(beneficiary.isDisabilityRecognition()).isFalse();
    }

    @Test
    void toStringShowsTheCodeListValuesButNoPersonalValue() {
        ImmutableBeneficiary beneficiary = personalBeneficiary();

        assertThat(beneficiary.toString())
                .contains("sex=MALE", "status=PRIVATE_EMPLOYEE", "qualificationLevel=LEVEL_6")
                .doesNotContain("b-9c41e2", "1987", "03-17", "17/03", "69381", "73282932000074", "732829320",
                        "true");
    }

    @Test
    void pathwayToStringEmbedsTheRedactedBeneficiary() {
        Pathway pathway = CepExamples.pathway().withBeneficiary(personalBeneficiary());

        assertThat(pathway.toString())
                .contains("Pathway{", "pw-2024-0001", "status=PRIVATE_EMPLOYEE")
                .doesNotContain("b-9c41e2", "1987", "69381", "73282932000074");
    }

    @Test
    void beneficiariesAreEqualByEveryValueThoughToStringHidesThem() {
        ImmutableBeneficiary beneficiary = personalBeneficiary();
        Beneficiary otherPerson = beneficiary.withId("b-000001");

        assertThat(otherPerson).isNotEqualTo(beneficiary).hasToString(beneficiary.toString());
        assertThat(beneficiary.withDisabilityRecognition(false)).isNotEqualTo(beneficiary);
    }

    /** A beneficiary whose every personal value is distinctive text, absent from {@link CepExamples#pathway()}. */
    private static ImmutableBeneficiary personalBeneficiary() {
        return Beneficiary.builder()
                .id("b-9c41e2")
                .birthDate(LocalDate.of(1987, 3, 17))
                .sex(Sex.MALE)
                .status(BeneficiaryStatus.PRIVATE_EMPLOYEE)
                .executive(true)
                .disabilityRecognition(true)
                .qualificationLevel(QualificationLevel.LEVEL_6)
                .residence(CommuneCode.parse("69381"))
                .employerSiret(Siret.parse("73282932000074"))
                .build();
    }
}
