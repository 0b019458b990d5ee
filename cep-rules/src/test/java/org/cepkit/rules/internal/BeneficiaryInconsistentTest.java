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
    void theFingerprintsKeepTheFirstBirthDateAndSexOfEachIdThroughTheirGrowth() {
        BeneficiaryFingerprints fingerprints = new BeneficiaryFingerprints();
        LocalDate day = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            assertThat(fingerprints.putIfAbsent("b-" + i, day.plusDays(i), Sex.values()[i % 3]))
                    .isEqualTo(BeneficiaryFingerprints.FIRST);
        }

        int datesTold = 0;
        for (int i = 0; i < 20_000; i++) {
            long first = fingerprints.putIfAbsent("b-" + i, day.plusDays(i + 1), Sex.values()[(i + 1) % 3]);
            assertThat(BeneficiaryFingerprints.sameBirthDate(first, day.plusDays(i))).isTrue();
            assertThat(BeneficiaryFingerprints.sameSex(first, Sex.values()[i % 3])).isTrue();
            assertThat(BeneficiaryFingerprints.sameSex(first, Sex.values()[(i + 1) % 3])).isFalse();
            datesTold += BeneficiaryFingerprints.sameBirthDate(first, day.plusDays(i + 1)) ? 0 : 1;
        }
        assertThat(fingerprints.size()).isEqualTo(20_000);
        // a 10-bit hash of the date: another day passes for the same about one time in 1,024
        assertThat(datesTold).isGreaterThan(19_900);
    }

    @Test
    void extremeBirthDatesAreFingerprintedToo() {
        BeneficiaryFingerprints fingerprints = new BeneficiaryFingerprints();

        assertThat(fingerprints.putIfAbsent("b-min", LocalDate.MIN, Sex.FEMALE)).isEqualTo(BeneficiaryFingerprints.FIRST);
        assertThat(BeneficiaryFingerprints.sameBirthDate(fingerprints.putIfAbsent("b-min", LocalDate.MAX, Sex.FEMALE),
                LocalDate.MIN)).isTrue();
    }
}
