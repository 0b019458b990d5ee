package org.cepkit.rules.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;

import java.time.LocalDate;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.OperatorFamily;
import org.junit.jupiter.api.Test;

/** {@code operator.dates}: an operator's activity ends on or after the day it starts. */
class OperatorDatesTest {

    private static final LocalDate FROM = LocalDate.of(2018, 5, 1);
    private static final ImmutableOperator APEC = operator(OperatorFamily.APEC);

    @Test
    void anOperatorMayEndTheDayItStarts() {
        assertThat(findingsOf(APEC.withActiveFrom(FROM).withActiveTo(FROM))).isEmpty();
    }

    @Test
    void anOperatorCannotEndTheDayBeforeItStarts() {
        assertThat(findingsOf(APEC.withActiveFrom(FROM).withActiveTo(FROM.minusDays(1))))
                .containsExactly(error("operator.dates", "/activeTo", operatorId(OperatorFamily.APEC)));
    }

    @Test
    void anOpenEndedOrOpenStartedOperatorIsNotChecked() {
        assertThat(findingsOf(APEC.withActiveFrom(FROM))).isEmpty();
        assertThat(findingsOf(APEC.withActiveTo(FROM))).isEmpty();
    }

    @Test
    void aFongecifActiveTo2019AfterAStartIn2020BreaksBothItsPeriodAndItsDates() {
        String fongecif = operatorId(OperatorFamily.OPACIF_FONGECIF);

        assertThat(findingsOf(operator(OperatorFamily.OPACIF_FONGECIF).withActiveFrom(LocalDate.of(2020, 1, 1))))
                .containsExactly(error("operator.family-period", "/activeFrom", fongecif),
                        error("operator.dates", "/activeTo", fongecif));
    }
}
