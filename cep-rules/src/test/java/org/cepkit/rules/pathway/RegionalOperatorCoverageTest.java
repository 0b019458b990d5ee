package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.AJACCIO;
import static org.cepkit.rules.Fixtures.PARIS;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.validatorKnowing;
import static org.cepkit.rules.Fixtures.warning;
import static org.cepkit.rules.Fixtures.withBeneficiary;

import java.util.List;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * {@code regional-operator.coverage}: a regional operator holds its contract for given régions; a beneficiary
 * living elsewhere is unexpected. The coverage is read from the operator registry.
 */
class RegionalOperatorCoverageTest {

    private static final ImmutableOperator CORSICAN_OPERATOR = operator(OperatorFamily.REGIONAL_OPERATOR);

    private static Pathway livingIn(CommuneCode residence) {
        return withBeneficiary(pathway(OperatorFamily.REGIONAL_OPERATOR), b -> b.withResidence(residence));
    }

    @Test
    void aResidenceInACoveredRegionIsFine() {
        assertThat(findings(validatorKnowing(CORSICAN_OPERATOR).validate(livingIn(AJACCIO)))).isEmpty();
    }

    @Test
    void aResidenceOutsideTheCoverageIsAWarning() {
        ValidationReport report = validatorKnowing(CORSICAN_OPERATOR).validate(livingIn(PARIS));

        assertThat(findings(report))
                .containsExactly(warning("regional-operator.coverage", "/beneficiary/residence", PATHWAY_ID));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void isSilentWithoutARegistryAndSaysSo() {
        ValidationReport report = validator().validate(livingIn(PARIS));

        assertThat(findings(report)).isEmpty();
        assertThat(report.rulesNotApplied()).contains("regional-operator.coverage");
    }

    @Test
    void readsTheCoverageFromTheOperatorsOfTheInput() {
        ValidationReport report = validator().validate(List.of(livingIn(PARIS), CORSICAN_OPERATOR));

        assertThat(findings(report))
                .containsExactly(warning("regional-operator.coverage", "/beneficiary/residence", PATHWAY_ID));
        assertThat(report.rulesNotApplied()).isEmpty();
    }

    @Test
    void leavesAnUnregisteredOperatorToTheReferenceRule() {
        ValidationReport report = validatorKnowing(operator(OperatorFamily.MISSION_LOCALE)).validate(livingIn(PARIS));

        assertThat(findings(report))
                .containsExactly(error("reference.unknown-operator", "/operator/id", PATHWAY_ID));
    }

    @Test
    void leavesAnOperatorWithoutCoverageToTheOperatorRule() {
        Operator uncovered = CORSICAN_OPERATOR.withCoverage(List.of());

        assertThat(findings(validatorKnowing(uncovered).validate(livingIn(PARIS)))).isEmpty();
    }

    @Test
    void concernsRegionalOperatorsOnly() {
        Pathway franceTravail = withBeneficiary(pathway(OperatorFamily.FRANCE_TRAVAIL), b -> b.withResidence(PARIS));

        assertThat(findings(validatorKnowing(CORSICAN_OPERATOR, operator(OperatorFamily.FRANCE_TRAVAIL))
                .validate(franceTravail))).isEmpty();
    }
}
