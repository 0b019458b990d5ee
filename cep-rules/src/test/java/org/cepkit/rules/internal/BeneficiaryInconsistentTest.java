package org.cepkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.warning;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Sex;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.Issue;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * {@code dataset.beneficiary-inconsistent}: the pathways of one input that share a beneficiary id give one birth
 * date and one sex; a later pathway that differs from the first one of its beneficiary gets a warning per field.
 */
class BeneficiaryInconsistentTest {

    private static final ImmutablePathway FIRST = pathway(OperatorFamily.MISSION_LOCALE);

    /** Another pathway of the same beneficiary id, {@code pw-2}, with the beneficiary changed by {@code change}. */
    private static ImmutablePathway again(UnaryOperator<ImmutableBeneficiary> change) {
        return Fixtures.withBeneficiary(FIRST.withId("pw-2"), change);
    }

    private static ValidationReport validate(Pathway... pathways) {
        return validator().validate(List.of(pathways));
    }

    @Test
    void theSameBirthDateAndSexAreConsistent() {
        assertThat(findings(validate(FIRST, again(b -> b)))).isEmpty();
    }

    @Test
    void aBirthDateOneDayApartIsReportedOnTheLaterPathway() {
        LocalDate birthDate = FIRST.getBeneficiary().getBirthDate();

        assertThat(findings(validate(FIRST, again(b -> b.withBirthDate(birthDate.plusDays(1))))))
                .containsExactly(warning("dataset.beneficiary-inconsistent", "/beneficiary/birthDate", "pw-2"));
    }

    @Test
    void anotherSexIsReportedOnTheLaterPathway() {
        assertThat(findings(validate(FIRST, again(b -> b.withSex(Sex.UNDISCLOSED)))))
                .containsExactly(warning("dataset.beneficiary-inconsistent", "/beneficiary/sex", "pw-2"));
    }

    @Test
    void bothFieldsDifferingGiveTwoWarningsAndTheRecordStaysValid() {
        ValidationReport report = validate(FIRST, again(b -> b.withSex(Sex.MALE)
                .withBirthDate(b.getBirthDate().minusYears(1))));

        assertThat(findings(report)).containsExactly(
                warning("dataset.beneficiary-inconsistent", "/beneficiary/birthDate", "pw-2"),
                warning("dataset.beneficiary-inconsistent", "/beneficiary/sex", "pw-2"));
        assertThat(report.invalid()).isZero();
    }

    @Test
    void everyLaterPathwayIsComparedWithTheFirstOfItsBeneficiary() {
        LocalDate birthDate = FIRST.getBeneficiary().getBirthDate();
        Pathway second = again(b -> b.withBirthDate(birthDate.plusDays(1)));
        Pathway third = Fixtures.withBeneficiary(FIRST.withId("pw-3"), b -> b);

        assertThat(findings(validate(FIRST, second, third)))
                .containsExactly(warning("dataset.beneficiary-inconsistent", "/beneficiary/birthDate", "pw-2"));
    }

    @Test
    void anotherBeneficiaryIdIsAnotherPerson() {
        assertThat(findings(validate(FIRST, again(b -> b.withId("b-other").withSex(Sex.MALE))))).isEmpty();
    }

    @Test
    void theMessageCarriesNoneOfTheValues() {
        LocalDate birthDate = FIRST.getBeneficiary().getBirthDate();
        List<Issue> issues = validate(FIRST, again(b -> b.withBirthDate(birthDate.plusDays(1)))).issues();

        assertThat(issues).singleElement().satisfies(issue -> assertThat(issue.message())
                .isEqualTo("Ce bénéficiaire a une autre valeur pour ce champ dans un parcours précédent de la même "
                        + "entrée.")
                .doesNotContain(birthDate.toString(), Fixtures.BENEFICIARY_ID));
    }

    @Test
    void theFingerprintTellsApartEveryDayAndSexAndNeverCollidesWithAbsent() {
        ImmutableBeneficiary b = ImmutableBeneficiary.copyOf(FIRST.getBeneficiary());
        int day = DatasetValidation.fingerprint(b);

        assertThat(DatasetValidation.fingerprint(b.withBirthDate(b.getBirthDate().plusDays(1)))).isNotEqualTo(day);
        assertThat(DatasetValidation.fingerprint(b.withSex(Sex.MALE))).isNotEqualTo(day);
        assertThat(DatasetValidation.fingerprint(b.withBirthDate(LocalDate.MIN))).isNotEqualTo(IdSet.ABSENT);
        assertThat(DatasetValidation.fingerprint(b.withBirthDate(LocalDate.MAX))).isNotEqualTo(IdSet.ABSENT);
    }
}
