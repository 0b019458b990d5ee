package org.cepkit.rules.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.operator.OperatorFamily;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code operator.family-period}: the Opacif/Fongecif delivered the CEP until 2019-12-31, the operators designated
 * by a Région from 2015-01-01 to 2019-12-31, the regional operators from 2020-01-01; checked on a pathway's start
 * date, on an operator's {@code activeFrom} and {@code activeTo}, and on a cooperation's start date.
 */
class OperatorFamilyPeriodTest {

    private static final LocalDate LAST_DAY_OF_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate FIRST_DAY_OF_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY_OF_2014 = LocalDate.of(2014, 12, 31);
    private static final LocalDate FIRST_DAY_OF_2015 = LocalDate.of(2015, 1, 1);
    private static final OperatorFamily DESIGNATED = OperatorFamily.REGION_DESIGNATED_OPERATOR;

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
        void aRegionDesignatedOperatorPathwayCannotStartOn31December2014() {
            assertThat(findingsOf(pathway(DESIGNATED, LAST_DAY_OF_2014)))
                    .contains(error("operator.family-period", "/operator/family", PATHWAY_ID));
        }

        @Test
        void aRegionDesignatedOperatorPathwayMayStartOn1January2015() {
            assertThat(findingsOf(pathway(DESIGNATED, FIRST_DAY_OF_2015))).isEmpty();
        }

        @Test
        void aRegionDesignatedOperatorPathwayMayStartOn31December2019() {
            assertThat(findingsOf(pathway(DESIGNATED, LAST_DAY_OF_2019))).isEmpty();
        }

        @Test
        void aRegionDesignatedOperatorPathwayCannotStartOn1January2020() {
            assertThat(findingsOf(pathway(DESIGNATED, FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/operator/family", PATHWAY_ID));
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
            assertThat(findingsOf(operator(OperatorFamily.OPACIF_FONGECIF).withActiveFrom(FIRST_DAY_OF_2020)
                    .withActiveTo(Optional.empty())))
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

    @Nested
    class OnAnOperatorActiveTo {

        private final String fongecif = operatorId(OperatorFamily.OPACIF_FONGECIF);
        private final String designated = operatorId(DESIGNATED);
        private final String regional = operatorId(OperatorFamily.REGIONAL_OPERATOR);

        @Test
        void aFongecifMayBeActiveTo31December2019() {
            assertThat(findingsOf(operator(OperatorFamily.OPACIF_FONGECIF).withActiveTo(LAST_DAY_OF_2019))).isEmpty();
        }

        @Test
        void aFongecifCannotBeActiveTo1January2020() {
            assertThat(findingsOf(operator(OperatorFamily.OPACIF_FONGECIF).withActiveTo(FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/activeTo", fongecif));
        }

        @Test
        void aRegionDesignatedOperatorMayBeActiveTo31December2019() {
            assertThat(findingsOf(operator(DESIGNATED).withActiveTo(LAST_DAY_OF_2019))).isEmpty();
        }

        @Test
        void aRegionDesignatedOperatorCannotBeActiveTo1January2020() {
            assertThat(findingsOf(operator(DESIGNATED).withActiveTo(FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/activeTo", designated));
        }

        @Test
        void aRegionDesignatedOperatorCannotBeActiveFrom31December2014() {
            assertThat(findingsOf(operator(DESIGNATED).withActiveFrom(LAST_DAY_OF_2014)))
                    .containsExactly(error("operator.family-period", "/activeFrom", designated));
        }

        @Test
        void aRegionalOperatorCannotBeActiveTo31December2019() {
            assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withActiveFrom(Optional.empty())
                    .withActiveTo(LAST_DAY_OF_2019)))
                    .containsExactly(error("operator.family-period", "/activeTo", regional));
        }

        @Test
        void aRegionalOperatorMayBeActiveTo1January2020() {
            assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withActiveTo(FIRST_DAY_OF_2020)))
                    .isEmpty();
        }
    }

    @Nested
    class OnACooperationStartDate {

        private ImmutableCooperation withFongecifStartingOn(LocalDate start) {
            return cooperation().withOperators(ref(OperatorFamily.MISSION_LOCALE), ref(OperatorFamily.OPACIF_FONGECIF))
                    .withRelations(List.of()).withStartDate(start);
        }

        @Test
        void aCooperationWithAFongecifMayStartOn31December2019() {
            assertThat(findingsOf(withFongecifStartingOn(LAST_DAY_OF_2019))).isEmpty();
        }

        @Test
        void aCooperationWithAFongecifCannotStartOn1January2020() {
            assertThat(findingsOf(withFongecifStartingOn(FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/operators/1/family", COOPERATION_ID));
        }

        @Test
        void aCooperationWithARegionalOperatorCannotStartOn31December2019() {
            assertThat(findingsOf(cooperation().withOperators(ref(OperatorFamily.REGIONAL_OPERATOR),
                    ref(OperatorFamily.MISSION_LOCALE)).withRelations(List.of()).withStartDate(LAST_DAY_OF_2019)))
                    .containsExactly(error("operator.family-period", "/operators/0/family", COOPERATION_ID));
        }

        @Test
        void aCooperationOfTwoHistoricalFamiliesIn2020ReportsBoth() {
            assertThat(findingsOf(cooperation().withOperators(ref(OperatorFamily.OPACIF_FONGECIF), ref(DESIGNATED))
                    .withRelations(List.of()).withStartDate(FIRST_DAY_OF_2020)))
                    .containsExactly(error("operator.family-period", "/operators/0/family", COOPERATION_ID),
                            error("operator.family-period", "/operators/1/family", COOPERATION_ID));
        }
    }
}
