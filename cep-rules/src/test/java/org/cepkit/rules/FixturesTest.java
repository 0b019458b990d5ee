package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.findingsOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The fixtures every rule test starts from pass every rule: a test's issues come from its own change. */
class FixturesTest {

    @ParameterizedTest
    @EnumSource(OperatorFamily.class)
    void theFixturePathwayOfEachFamilyHasNoIssue(OperatorFamily family) {
        assertThat(findingsOf(Fixtures.pathway(family))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OperatorFamily.class)
    void theFixtureOperatorOfEachFamilyHasNoIssue(OperatorFamily family) {
        assertThat(findingsOf(Fixtures.operator(family))).isEmpty();
    }

    @Test
    void theFixtureCooperationHasNoIssue() {
        assertThat(findingsOf(Fixtures.cooperation())).isEmpty();
    }

    @Test
    void theFixturesTogetherAreAValidDatasetWithEveryRegistryRuleApplied() {
        List<CepRecord> dataset = new ArrayList<>();
        Arrays.stream(OperatorFamily.values()).map(Fixtures::operator).forEach(dataset::add);
        dataset.add(Fixtures.cooperation());
        dataset.add(Fixtures.pathway(OperatorFamily.REGIONAL_OPERATOR));

        ValidationReport report = Fixtures.validator().validate(dataset);

        assertThat(findings(report)).isEmpty();
        assertThat(report.rulesNotApplied()).isEmpty();
        assertThat(report.records()).isEqualTo(dataset.size());
        assertThat(report.valid()).isEqualTo(dataset.size());
    }

    @ParameterizedTest
    @EnumSource(OperatorFamily.class)
    void theFixturePathwayOfEachFamilyPassesTheRegistryRules(OperatorFamily family) {
        Operator[] all = Arrays.stream(OperatorFamily.values()).map(Fixtures::operator).toArray(Operator[]::new);

        assertThat(findings(Fixtures.validatorKnowing(all).validate(Fixtures.pathway(family)))).isEmpty();
    }
}
