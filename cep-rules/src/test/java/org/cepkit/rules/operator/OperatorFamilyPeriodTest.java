package org.cepkit.rules.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.pathway;

import java.time.LocalDate;
import java.util.Optional;
import org.cepkit.model.operator.OperatorFamily;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code operator.family-period}: the Opacif/Fongecif delivered the CEP until 2019-12-31, the regional operators
 * from 2020-01-01, checked on a pathway's start date and on an operator's {@code activeFrom}.
 */
class OperatorFamilyPeriodTest {

    private static final LocalDate LAST_DAY_OF_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate FIRST_DAY_OF_2020 = LocalDate.of(2020, 1, 1);

    @Nested
    class OnAPathwayStartDate {

        @Test
        void aFongecifPathwayMayStartOn31December2019() {
            assertThat(findingsOf(pathway(OperatorFamily.OPACIF_FONGECIF, LAST_DAY_OF_2019))).isEmpty();
        }

        @Test
        void aFongecifPathwayCannotStartOn1January2020() {
            assertThat(findingsOf(pathway(OperatorFamily.OPACIF_FONGECIF, FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/operator/family", PATHWAY_ID));
        }

        @Test
        void aRegionalOperatorPathwayCannotStartOn31December2019() {
            assertThat(findingsOf(pathway(OperatorFamily.REGIONAL_OPERATOR, LAST_DAY_OF_2019)))
                    .containsExactly(error("operator.family-period", "/operator/family", PATHWAY_ID));
        }

        @Test
        void aRegionalOperatorPathwayMayStartOn1January2020() {
            assertThat(findingsOf(pathway(OperatorFamily.REGIONAL_OPERATOR, FIRST_DAY_OF_2020))).isEmpty();
        }

        @Test
        void theOtherFamiliesHaveNoPeriod() {
            assertThat(findingsOf(pathway(OperatorFamily.MISSION_LOCALE, LocalDate.of(2015, 1, 1)))).isEmpty();
            assertThat(findingsOf(pathway(OperatorFamily.MISSION_LOCALE, LocalDate.of(2026, 1, 1)))).isEmpty();
        }
    }

    @Nested
    class OnAnOperatorActiveFrom {

        private final String fongecif = operatorId(OperatorFamily.OPACIF_FONGECIF);
        private final String regional = operatorId(OperatorFamily.REGIONAL_OPERATOR);

        @Test
        void aFongecifMayBeActiveFrom31December2019() {
            assertThat(findingsOf(operator(OperatorFamily.OPACIF_FONGECIF).withActiveFrom(LAST_DAY_OF_2019)))
                    .isEmpty();
        }

        @Test
        void aFongecifCannotBeActiveFrom1January2020() {
            assertThat(findingsOf(operator(OperatorFamily.OPACIF_FONGECIF).withActiveFrom(FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/activeFrom", fongecif));
        }

        @Test
        void aRegionalOperatorCannotBeActiveFrom31December2019() {
            assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withActiveFrom(LAST_DAY_OF_2019)))
                    .containsExactly(error("operator.family-period", "/activeFrom", regional));
        }

        @Test
        void aRegionalOperatorMayBeActiveFrom1January2020() {
            assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withActiveFrom(FIRST_DAY_OF_2020)))
                    .isEmpty();
        }

        @Test
        void anOperatorWithoutActiveFromIsNotChecked() {
            assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withActiveFrom(Optional.empty())))
                    .isEmpty();
        }
    }
}
