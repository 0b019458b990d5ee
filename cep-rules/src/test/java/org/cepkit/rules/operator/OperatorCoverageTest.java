package org.cepkit.rules.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.AJACCIO;
import static org.cepkit.rules.Fixtures.CORSE;
import static org.cepkit.rules.Fixtures.ILE_DE_FRANCE;
import static org.cepkit.rules.Fixtures.PARIS;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.site;
import static org.cepkit.rules.Fixtures.warning;

import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.rules.Fixtures.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code operator.coverage} and {@code operator.site-coverage}: a regional operator lists the régions of its
 * France compétences contract, and receives the public there.
 */
class OperatorCoverageTest {

    private static final String REGIONAL = operatorId(OperatorFamily.REGIONAL_OPERATOR);

    @Test
    void aRegionalOperatorListsTheRegionsOfItsContract() {
        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR))).isEmpty();
    }

    @Test
    void aRegionalOperatorWithoutCoverageIsRefused() {
        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withCoverage(List.of())))
                .containsExactly(error("operator.coverage", "/coverage", REGIONAL));
    }

    @Test
    void otherFamiliesNeedNoCoverage() {
        for (OperatorFamily family : OperatorFamily.values()) {
            if (family != OperatorFamily.REGIONAL_OPERATOR) {
                assertThat(findingsOf(operator(family))).as(family.code()).isEmpty();
            }
        }
    }

    @Test
    void aSiteInACoveredRegionIsFine() {
        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR)
                .withSites(site("bastia", CommuneCode.parse("2B033")), site("ajaccio", AJACCIO)))).isEmpty();
    }

    @Test
    void aSiteOutsideTheCoveredRegionsIsAWarning() {
        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR)
                .withSites(site("ajaccio", AJACCIO), site("paris", PARIS))))
                .containsExactly(warning("operator.site-coverage", "/sites/1/commune", REGIONAL));
    }

    @Test
    void aSecondCoveredRegionBringsItsSitesIn() {
        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withCoverage(CORSE, ILE_DE_FRANCE)
                .withSites(site("ajaccio", AJACCIO), site("paris", PARIS)))).isEmpty();
    }

    @Test
    void anOperatorWithoutCoverageHasNoSiteOutsideIt() {
        assertThat(findingsOf(operator(OperatorFamily.MISSION_LOCALE).withSites(site("paris", PARIS)))).isEmpty();
    }

    /** Saint-Pierre-et-Miquelon is in no région; whether the COG knows the code is for the territory rules. */
    @Test
    void aSiteInNoRegionIsNotChecked() {
        CommuneCode saintPierre = CommuneCode.parse("97502");

        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withSites(site("spm", saintPierre))))
                .extracting(Finding::rule).doesNotContain("operator.site-coverage");
    }

    @Test
    void withoutCoverageOnlyTheMissingCoverageIsReported() {
        assertThat(findingsOf(operator(OperatorFamily.REGIONAL_OPERATOR).withCoverage(List.of())
                .withSites(site("paris", PARIS))))
                .containsExactly(error("operator.coverage", "/coverage", REGIONAL));
    }
}
