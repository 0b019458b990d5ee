package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.bornOn;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;

import java.time.LocalDate;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.Fixtures.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code beneficiary.age}: born before the start date, and aged 15 to 100 in completed years at entry. Checked on
 * Apec pathways starting on 2024-03-01, which no other age rule concerns.
 */
class BeneficiaryAgeTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final Finding AGE = error("beneficiary.age", "/beneficiary/birthDate", PATHWAY_ID);

    private static Pathway bornOnDate(LocalDate birthDate) {
        return bornOn(pathway(OperatorFamily.APEC, START), birthDate);
    }

    @Test
    void acceptsAge15OnThe15thBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(15)))).isEmpty();
    }

    @Test
    void rejectsAge14TheDayBeforeThe15thBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(15).plusDays(1)))).containsExactly(AGE);
    }

    @Test
    void acceptsAge100TheDayBeforeThe101stBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(101).plusDays(1)))).isEmpty();
    }

    @Test
    void rejectsAge101OnThe101stBirthday() {
        assertThat(findingsOf(bornOnDate(START.minusYears(101)))).containsExactly(AGE);
    }

    @Test
    void rejectsABirthDateOnTheStartDate() {
        assertThat(findingsOf(bornOnDate(START))).containsExactly(AGE);
    }

    @Test
    void rejectsABirthDateAfterTheStartDate() {
        assertThat(findingsOf(bornOnDate(START.plusDays(1)))).containsExactly(AGE);
    }
}
