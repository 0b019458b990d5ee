package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.bornOn;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.withBeneficiary;

import java.time.LocalDate;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.Fixtures.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code mission-locale.age}: a Mission locale serves young people of 16 to 25 "ans révolus" at entry, up to 29
 * with a disability recognition. Completed years: 25 lasts until the day before the 26th birthday.
 */
class MissionLocaleAgeTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final Finding OUT_OF_AGE = error("mission-locale.age", "/beneficiary/birthDate", PATHWAY_ID);

    private static Pathway bornOnDate(LocalDate birthDate) {
        return bornOn(pathway(OperatorFamily.MISSION_LOCALE, START), birthDate);
    }

    private static Pathway withDisabilityRecognition(Pathway pathway) {
        return withBeneficiary(pathway, b -> b.withDisabilityRecognition(true));
    }

    @Test
    void rejectsAge15TheDayBeforeThe16thBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(16).plusDays(1)))).containsExactly(OUT_OF_AGE);
    }

    @Test
    void acceptsAge16OnThe16thBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(16)))).isEmpty();
    }

    @Test
    void acceptsAge25TheDayBeforeThe26thBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(26).plusDays(1)))).isEmpty();
    }

    @Test
    void rejectsAge26OnThe26thBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(26)))).containsExactly(OUT_OF_AGE);
    }

    @Test
    void acceptsAge29WithADisabilityRecognitionTheDayBeforeThe30thBirthday() {
        assertThat(findingsOf(withDisabilityRecognition(bornOnDate(START.minusYears(30).plusDays(1))))).isEmpty();
    }

    @Test
    void rejectsAge30WithADisabilityRecognitionOnThe30thBirthday() {
        assertThat(findingsOf(withDisabilityRecognition(bornOnDate(START.minusYears(30)))))
                .containsExactly(OUT_OF_AGE);
    }

    @Test
    void acceptsAge29WithADisabilityRecognitionOnTheFirstDayOfTheContratDEngagementJeune() {
        LocalDate first = LocalDate.of(2022, 3, 1);

        assertThat(findingsOf(withDisabilityRecognition(bornOn(pathway(OperatorFamily.MISSION_LOCALE, first),
                first.minusYears(30).plusDays(1))))).isEmpty();
    }

    @Test
    void rejectsAge29WithADisabilityRecognitionTheDayBeforeTheContratDEngagementJeune() {
        LocalDate dayBefore = LocalDate.of(2022, 2, 28);

        assertThat(findingsOf(withDisabilityRecognition(bornOn(pathway(OperatorFamily.MISSION_LOCALE, dayBefore),
                dayBefore.minusYears(30).plusDays(1))))).containsExactly(OUT_OF_AGE);
    }

    @Test
    void rejectsAge26WithADisabilityRecognitionTheDayBeforeTheContratDEngagementJeune() {
        LocalDate dayBefore = LocalDate.of(2022, 2, 28);

        assertThat(findingsOf(withDisabilityRecognition(bornOn(pathway(OperatorFamily.MISSION_LOCALE, dayBefore),
                dayBefore.minusYears(26))))).containsExactly(OUT_OF_AGE);
    }

    @Test
    void acceptsAge25WithADisabilityRecognitionTheDayBeforeTheContratDEngagementJeune() {
        LocalDate dayBefore = LocalDate.of(2022, 2, 28);

        assertThat(findingsOf(withDisabilityRecognition(bornOn(pathway(OperatorFamily.MISSION_LOCALE, dayBefore),
                dayBefore.minusYears(26).plusDays(1))))).isEmpty();
    }

    @Test
    void aDisabilityRecognitionDoesNotLowerTheMinimumAge() {
        assertThat(findingsOf(withDisabilityRecognition(bornOnDate(START.minusYears(16).plusDays(1)))))
                .containsExactly(OUT_OF_AGE);
    }

    @Test
    void someoneBornOn29FebruaryTurns26On1MarchOfACommonYear() {
        LocalDate leapDay = LocalDate.of(2000, 2, 29);

        assertThat(findingsOf(bornOn(pathway(OperatorFamily.MISSION_LOCALE, LocalDate.of(2026, 2, 28)), leapDay)))
                .isEmpty();
        assertThat(findingsOf(bornOn(pathway(OperatorFamily.MISSION_LOCALE, LocalDate.of(2026, 3, 1)), leapDay)))
                .containsExactly(OUT_OF_AGE);
    }

    @Test
    void otherFamiliesServeAdultsOver25() {
        assertThat(findingsOf(bornOn(pathway(OperatorFamily.FRANCE_TRAVAIL, START), START.minusYears(26)))).isEmpty();
    }
}
