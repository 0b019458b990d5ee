package org.cepkit.rules.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.TODAY;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.ImmutableRelation;
import org.cepkit.rules.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code cooperation.dates}: a cooperation ends on or after its start, none of its relations starts after its
 * end, and no date comes after the validator's reference date ({@link Fixtures#TODAY}).
 */
class CooperationDatesTest {

    private static final LocalDate START = LocalDate.of(2021, 9, 1);

    private static ImmutableCooperation withRelationSince(ImmutableCooperation cooperation, LocalDate since) {
        return cooperation.withRelations(ImmutableRelation.copyOf(cooperation.getRelations().get(0)).withSince(since));
    }

    @Test
    void aCooperationMayEndOnItsStartDate() {
        assertThat(findingsOf(cooperation().withStartDate(START).withEndDate(START))).isEmpty();
    }

    @Test
    void aCooperationCannotEndTheDayBeforeItStarts() {
        ImmutableCooperation withoutRelations = cooperation().withRelations(List.of());

        assertThat(findingsOf(withoutRelations.withStartDate(START).withEndDate(START.minusDays(1))))
                .containsExactly(error("cooperation.dates", "/endDate", COOPERATION_ID));
    }

    @Test
    void aRelationMayStartOnTheEndDate() {
        LocalDate end = LocalDate.of(2023, 6, 30);

        assertThat(findingsOf(withRelationSince(cooperation().withEndDate(end), end))).isEmpty();
    }

    @Test
    void aRelationCannotStartTheDayAfterTheEnd() {
        LocalDate end = LocalDate.of(2023, 6, 30);

        assertThat(findingsOf(withRelationSince(cooperation().withEndDate(end), end.plusDays(1))))
                .containsExactly(error("cooperation.dates", "/relations/0/since", COOPERATION_ID));
    }

    @Test
    void anOpenCooperationAcceptsAnyRelationStart() {
        assertThat(findingsOf(withRelationSince(cooperation(), START.plusYears(3)))).isEmpty();
    }

    @Test
    void bothProblemsAreReportedInOnePass() {
        ImmutableCooperation cooperation = withRelationSince(
                cooperation().withStartDate(START).withEndDate(START.minusDays(1)), START);

        // in the order of the record: relations come before endDate
        assertThat(findingsOf(cooperation)).containsExactly(
                error("cooperation.dates", "/relations/0/since", COOPERATION_ID),
                error("cooperation.dates", "/endDate", COOPERATION_ID));
    }

    @Test
    void aCooperationMayStartAndEndOnTheReferenceDate() {
        assertThat(findingsOf(cooperation().withStartDate(TODAY).withEndDate(TODAY).withRelations(List.of())))
                .isEmpty();
    }

    @Test
    void aCooperationCannotStartTheDayAfterTheReferenceDate() {
        assertThat(findingsOf(cooperation().withStartDate(TODAY.plusDays(1)).withRelations(List.of())))
                .containsExactly(error("cooperation.dates", "/startDate", COOPERATION_ID));
    }

    @Test
    void aCooperationCannotEndTheDayAfterTheReferenceDate() {
        assertThat(findingsOf(cooperation().withEndDate(TODAY.plusDays(1))))
                .containsExactly(error("cooperation.dates", "/endDate", COOPERATION_ID));
    }

    @Test
    void aRelationMayStartOnTheReferenceDateButNotTheDayAfter() {
        assertThat(findingsOf(withRelationSince(cooperation(), TODAY))).isEmpty();
        assertThat(findingsOf(withRelationSince(cooperation(), TODAY.plusDays(1))))
                .containsExactly(error("cooperation.dates", "/relations/0/since", COOPERATION_ID));
    }
}
