package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.TODAY;
import static org.cepkit.rules.Fixtures.bornOn;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.Outcome;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.Fixtures.Finding;
import org.cepkit.rules.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pathway.future-date}: a record tells what happened, so none of its dates comes after the validator's
 * reference date ({@link Fixtures#TODAY} here). The reference date itself is not in the future.
 */
class PathwayFutureDateTest {

    private static final LocalDate START = TODAY.minusWeeks(8);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    /** A France Travail pathway started before TODAY, still open, with one service on its start. */
    private static ImmutablePathway open() {
        return pathway(OperatorFamily.FRANCE_TRAVAIL, START);
    }

    private static Finding future(String path) {
        return error("pathway.future-date", path, PATHWAY_ID);
    }

    /**
     * Each date of a pathway set to a given day, with the findings when that day is TODAY and when it is
     * TOMORROW. A start date carries its service along; a birth date on or after the start breaks
     * {@code beneficiary.age} whatever the reference date.
     */
    static Stream<Arguments> everyDatePath() {
        Finding age = error("beneficiary.age", "/beneficiary/birthDate", PATHWAY_ID);
        return Stream.of(
                Arguments.of("/startDate", dated(day -> pathway(OperatorFamily.FRANCE_TRAVAIL, day)),
                        List.of(), List.of(future("/startDate"), future("/services/0/date"))),
                Arguments.of("/endDate", dated(day -> open().withEndDate(day)),
                        List.of(), List.of(future("/endDate"))),
                Arguments.of("/services/0/date", dated(day -> open().withServices(
                        Service.of(ServiceLevel.LEVEL_2, day, DeliveryMode.REMOTE))),
                        List.of(), List.of(future("/services/0/date"))),
                Arguments.of("/referrals/0/date", dated(day -> open().withReferrals(
                        Referral.builder().to(ref(OperatorFamily.MISSION_LOCALE)).date(day)
                                .purpose(CooperationPurpose.BUILD_PROJECT).build())),
                        List.of(), List.of(future("/referrals/0/date"))),
                Arguments.of("/actionPlan/deliveredOn", dated(day -> open().withActionPlan(
                        ActionPlan.builder().deliveredOn(day)
                                .addGoals(Goal.builder().kind(GoalKind.MOBILITY).build()).build())),
                        List.of(), List.of(future("/actionPlan/deliveredOn"))),
                Arguments.of("/outcome/observedOn", dated(day -> open().withOutcome(
                        Outcome.of(day, OutcomeSituation.EMPLOYMENT))),
                        List.of(), List.of(future("/outcome/observedOn"))),
                Arguments.of("/beneficiary/birthDate", dated(day -> bornOn(open(), day)),
                        List.of(age), List.of(age, future("/beneficiary/birthDate"))));
    }

    private static Function<LocalDate, Pathway> dated(Function<LocalDate, Pathway> pathwayOn) {
        return pathwayOn;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDatePath")
    void aDateOnTheReferenceDateIsNotInTheFuture(String path, Function<LocalDate, Pathway> pathwayOn,
            List<Finding> onTheDay, List<Finding> onTheNextDay) {
        assertThat(findingsOf(pathwayOn.apply(TODAY))).containsExactlyElementsOf(onTheDay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDatePath")
    void aDateTheDayAfterTheReferenceDateIsInTheFuture(String path, Function<LocalDate, Pathway> pathwayOn,
            List<Finding> onTheDay, List<Finding> onTheNextDay) {
        assertThat(findingsOf(pathwayOn.apply(TOMORROW))).containsExactlyElementsOf(onTheNextDay)
                .contains(future(path));
    }

    @Test
    void theReferenceDateComesFromTheProfile() {
        Pathway endsTomorrow = open().withEndDate(TOMORROW);
        CepValidator aDayLater = CepValidator.create(Profile.builder().referenceDate(TOMORROW).build());

        assertThat(findings(aDayLater.validate(endsTomorrow))).isEmpty();
    }

    @Test
    void theDefaultReferenceDateIsTodayInParis() {
        Pathway endsInAWeek = open().withEndDate(LocalDate.now(Profile.DEFAULT_ZONE).plusWeeks(1));

        assertThat(findings(CepValidator.create().validate(endsInAWeek)))
                .contains(future("/endDate"));
    }
}
