package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.ref;

import java.time.LocalDate;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Outcome;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.junit.jupiter.api.Test;

/**
 * {@code pathway.dates}: a pathway ends on or after its start, and its services, referrals and action plan fall
 * within [startDate, endDate], both days included; an open pathway has no upper bound. The outcome is observed on
 * or after the end (the start while the pathway is open).
 */
class PathwayDatesTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final LocalDate END = LocalDate.of(2024, 6, 28);

    /** A France Travail pathway from START to END, with its only service on START. */
    private static ImmutablePathway closed() {
        return pathway(OperatorFamily.FRANCE_TRAVAIL, START).withEndDate(END);
    }

    private static ImmutablePathway withServiceOn(ImmutablePathway pathway, LocalDate date) {
        return pathway.withServices(Service.of(ServiceLevel.LEVEL_1, START, DeliveryMode.IN_PERSON),
                Service.of(ServiceLevel.LEVEL_2, date, DeliveryMode.REMOTE));
    }

    private static ImmutablePathway withReferralOn(ImmutablePathway pathway, LocalDate date) {
        return pathway.withReferrals(Referral.builder().to(ref(OperatorFamily.MISSION_LOCALE)).date(date)
                .purpose(CooperationPurpose.REMOVE_BARRIERS).build());
    }

    private static ImmutablePathway withActionPlanOn(ImmutablePathway pathway, LocalDate date) {
        return pathway.withActionPlan(ActionPlan.builder().deliveredOn(date)
                .addGoals(Goal.builder().kind(GoalKind.RETRAINING).build()).build());
    }

    @Test
    void aPathwayMayEndOnItsStartDate() {
        assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL, START).withEndDate(START))).isEmpty();
    }

    @Test
    void aPathwayCannotEndTheDayBeforeItStarts() {
        assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL, START).withEndDate(START.minusDays(1))))
                .containsExactly(error("pathway.dates", "/endDate", PATHWAY_ID));
    }

    @Test
    void anOpenPathwayAcceptsDatesLongAfterItsStart() {
        ImmutablePathway open = pathway(OperatorFamily.FRANCE_TRAVAIL, START);
        LocalDate later = START.plusYears(2);

        assertThat(findingsOf(withActionPlanOn(withReferralOn(withServiceOn(open, later), later), later))).isEmpty();
    }

    @Test
    void aServiceMayFallOnTheStartAndOnTheEndDate() {
        assertThat(findingsOf(withServiceOn(closed(), END))).isEmpty();
    }

    @Test
    void aServiceCannotComeTheDayBeforeTheStart() {
        assertThat(findingsOf(withServiceOn(closed(), START.minusDays(1))))
                .containsExactly(error("pathway.dates", "/services/1/date", PATHWAY_ID));
    }

    @Test
    void aServiceCannotComeTheDayAfterTheEnd() {
        assertThat(findingsOf(withServiceOn(closed(), END.plusDays(1))))
                .containsExactly(error("pathway.dates", "/services/1/date", PATHWAY_ID));
    }

    @Test
    void aReferralMayFallOnTheStartAndOnTheEndDate() {
        assertThat(findingsOf(withReferralOn(closed(), START))).isEmpty();
        assertThat(findingsOf(withReferralOn(closed(), END))).isEmpty();
    }

    @Test
    void aReferralCannotComeBeforeTheStartOrAfterTheEnd() {
        assertThat(findingsOf(withReferralOn(closed(), START.minusDays(1))))
                .containsExactly(error("pathway.dates", "/referrals/0/date", PATHWAY_ID));
        assertThat(findingsOf(withReferralOn(closed(), END.plusDays(1))))
                .containsExactly(error("pathway.dates", "/referrals/0/date", PATHWAY_ID));
    }

    @Test
    void anActionPlanMayBeDeliveredOnTheStartAndOnTheEndDate() {
        assertThat(findingsOf(withActionPlanOn(closed(), START))).isEmpty();
        assertThat(findingsOf(withActionPlanOn(closed(), END))).isEmpty();
    }

    @Test
    void anActionPlanCannotBeDeliveredBeforeTheStartOrAfterTheEnd() {
        assertThat(findingsOf(withActionPlanOn(closed(), START.minusDays(1))))
                .containsExactly(error("pathway.dates", "/actionPlan/deliveredOn", PATHWAY_ID));
        assertThat(findingsOf(withActionPlanOn(closed(), END.plusDays(1))))
                .containsExactly(error("pathway.dates", "/actionPlan/deliveredOn", PATHWAY_ID));
    }

    @Test
    void everyDateOutsideThePeriodIsReportedInOnePass() {
        ImmutablePathway pathway = withActionPlanOn(withReferralOn(withServiceOn(closed(), END.plusDays(1)),
                START.minusDays(1)), END.plusDays(1));

        assertThat(findingsOf(pathway)).containsExactly(
                error("pathway.dates", "/services/1/date", PATHWAY_ID),
                error("pathway.dates", "/referrals/0/date", PATHWAY_ID),
                error("pathway.dates", "/actionPlan/deliveredOn", PATHWAY_ID));
    }

    private static ImmutablePathway withOutcomeOn(ImmutablePathway pathway, LocalDate date) {
        return pathway.withOutcome(Outcome.of(date, OutcomeSituation.TRAINING));
    }

    @Test
    void anOutcomeMayBeObservedOnTheEndDate() {
        assertThat(findingsOf(withOutcomeOn(closed(), END))).isEmpty();
    }

    @Test
    void anOutcomeCannotBeObservedTheDayBeforeTheEnd() {
        assertThat(findingsOf(withOutcomeOn(closed(), END.minusDays(1))))
                .containsExactly(error("pathway.dates", "/outcome/observedOn", PATHWAY_ID));
    }

    @Test
    void anOutcomeOfAnOpenPathwayMayBeObservedOnItsStartButNotTheDayBefore() {
        ImmutablePathway open = pathway(OperatorFamily.FRANCE_TRAVAIL, START);

        assertThat(findingsOf(withOutcomeOn(open, START))).isEmpty();
        assertThat(findingsOf(withOutcomeOn(open, START.minusDays(1))))
                .containsExactly(error("pathway.dates", "/outcome/observedOn", PATHWAY_ID));
    }

    @Test
    void anOutcomeIsCheckedAgainstTheStartWhenTheEndPrecedesIt() {
        ImmutablePathway endBeforeStart = pathway(OperatorFamily.FRANCE_TRAVAIL, START).withEndDate(START.minusDays(3));

        assertThat(findingsOf(withOutcomeOn(endBeforeStart, START.minusDays(2))))
                .containsExactly(error("pathway.dates", "/endDate", PATHWAY_ID),
                        error("pathway.dates", "/outcome/observedOn", PATHWAY_ID));
        assertThat(findingsOf(withOutcomeOn(endBeforeStart, START)))
                .containsExactly(error("pathway.dates", "/endDate", PATHWAY_ID));
    }
}
