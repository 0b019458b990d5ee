package org.cepkit.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.validatorKnowing;
import static org.cepkit.rules.Fixtures.warning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.Fixtures.Finding;
import org.cepkit.rules.Issue;
import org.cepkit.rules.OperatorRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code reference.operator-inactive}: a pathway starts within its registered operator's period of activity, both
 * ends included. A warning, and only with a registry.
 */
class OperatorInactiveTest {

    private static final LocalDate FROM = LocalDate.of(2021, 1, 4);
    private static final LocalDate TO = LocalDate.of(2023, 12, 29);
    private static final ImmutableOperator MISSION_LOCALE = operator(OperatorFamily.MISSION_LOCALE)
            .withActiveFrom(FROM).withActiveTo(TO);
    private static final Finding INACTIVE = warning("reference.operator-inactive", "/startDate", PATHWAY_ID);

    private static List<Finding> startingOn(LocalDate start) {
        return findings(validatorKnowing(MISSION_LOCALE).validate(pathway(OperatorFamily.MISSION_LOCALE, start)));
    }

    @Test
    void aPathwayCannotStartTheDayBeforeItsOperatorIsActive() {
        assertThat(startingOn(FROM.minusDays(1))).containsExactly(INACTIVE);
    }

    @Test
    void aPathwayMayStartTheDayItsOperatorBecomesActive() {
        assertThat(startingOn(FROM)).isEmpty();
    }

    @Test
    void aPathwayMayStartOnItsOperatorsLastDay() {
        assertThat(startingOn(TO)).isEmpty();
    }

    @Test
    void aPathwayCannotStartTheDayAfterItsOperatorsLastDay() {
        assertThat(startingOn(TO.plusDays(1))).containsExactly(INACTIVE);
    }

    @Test
    void anOperatorWithoutDatesIsAlwaysActive() {
        assertThat(findings(validatorKnowing(operator(OperatorFamily.MISSION_LOCALE))
                .validate(pathway(OperatorFamily.MISSION_LOCALE, LocalDate.of(2015, 1, 1))))).isEmpty();
    }

    @Test
    void withoutARegistryOrForAnUnregisteredOperatorNothingIsSaid() {
        assertThat(findings(validator().validate(pathway(OperatorFamily.MISSION_LOCALE, TO.plusDays(1))))).isEmpty();
        assertThat(findings(validatorKnowing(operator(OperatorFamily.APEC))
                .validate(pathway(OperatorFamily.MISSION_LOCALE, TO.plusDays(1)))))
                .extracting(Finding::rule).containsExactly("reference.unknown-operator");
    }

    @Test
    void theMessageGivesTheOperatorsPeriodInBothLanguages() {
        CepValidator english = CepValidator.create(Fixtures.profile().locale(Locale.ENGLISH)
                .operators(OperatorRegistry.of(List.of(MISSION_LOCALE))).build());
        Issue issue = english.validate(pathway(OperatorFamily.MISSION_LOCALE, TO.plusDays(1))).issues().get(0);

        assertThat(issue.message()).isEqualTo("The pathway starts outside the activity period of its registered "
                + "operator (2021-01-04 – 2023-12-29).");
        assertThat(validatorKnowing(MISSION_LOCALE).validate(pathway(OperatorFamily.MISSION_LOCALE, TO.plusDays(1)))
                .issues().get(0).message()).isEqualTo("Le parcours commence hors de la période d'activité de son "
                        + "opérateur enregistré (2021-01-04 – 2023-12-29).");
    }
}
