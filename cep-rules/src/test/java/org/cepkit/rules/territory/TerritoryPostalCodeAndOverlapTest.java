package org.cepkit.rules.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.warning;

import java.util.List;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.Fixtures.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code territory.postal-code}, from La Poste's codes in the referential, and the overlaps of a local area that
 * {@code territory.inconsistent} reports (a commune with its arrondissement, a former commune with its current one).
 */
class TerritoryPostalCodeAndOverlapTest {

    @Nested
    class PostalCodes {

        private final String franceTravail = operatorId(OperatorFamily.FRANCE_TRAVAIL);

        private Operator sitedAt(String commune, String postalCode) {
            return operator(OperatorFamily.FRANCE_TRAVAIL).withSites(Site.builder().id("s-1")
                    .commune(CommuneCode.parse(commune)).postalCode(PostalCode.parse(postalCode))
                    .addModes(DeliveryMode.IN_PERSON).build());
        }

        private Finding misfit() {
            return warning("territory.postal-code", "/sites/0/postalCode", franceTravail);
        }

        @Test
        void eachOfAjacciosThreePostalCodesFitsIt() {
            assertThat(findingsOf(sitedAt("2A004", "20000"))).isEmpty();
            assertThat(findingsOf(sitedAt("2A004", "20090"))).isEmpty();
            assertThat(findingsOf(sitedAt("2A004", "20167"))).isEmpty();
        }

        @Test
        void bastiasPostalCodeDoesNotFitAjaccio() {
            assertThat(findingsOf(sitedAt("2A004", "20200"))).containsExactly(misfit());
        }

        @Test
        void anArrondissementHasItsOwnPostalCodeAndItsCommuneAllOfThem() {
            assertThat(findingsOf(sitedAt("75101", "75001"))).isEmpty();
            assertThat(findingsOf(sitedAt("75101", "75002"))).containsExactly(misfit());
            assertThat(findingsOf(sitedAt("75056", "75002"))).isEmpty();
        }

        @Test
        void saintMartinHasItsPostalCode() {
            assertThat(findingsOf(sitedAt("97801", "97150"))).isEmpty();
            assertThat(findingsOf(sitedAt("97801", "97133"))).containsExactly(misfit());
        }

        @Test
        void aCommuneAbsentFromTheReferentialIsLeftToTerritoryUnknown() {
            assertThat(findingsOf(sitedAt("2A999", "20000"))).extracting(Finding::rule)
                    .containsExactly("territory.unknown");
        }

        @Test
        void aSiteWithoutPostalCodeIsNotJudged() {
            assertThat(findingsOf(operator(OperatorFamily.FRANCE_TRAVAIL))).isEmpty();
        }
    }

    @Nested
    class Overlaps {

        private Cooperation overLocalArea(String... communes) {
            return cooperation().withTerritory(Territory.builder().kind(TerritoryKind.LOCAL_AREA).code("bassin")
                    .communes(List.of(communes).stream().map(CommuneCode::parse).toList()).build());
        }

        @Test
        void twoArrondissementsWithoutTheirCommuneDoNotOverlap() {
            assertThat(findingsOf(overLocalArea("13201", "13202"))).isEmpty();
        }

        @Test
        void anArrondissementWithItsCommuneIsReportedOnTheArrondissement() {
            assertThat(findingsOf(overLocalArea("13055", "13201")))
                    .containsExactly(error("territory.inconsistent", "/territory/communes/1", COOPERATION_ID));
            assertThat(findingsOf(overLocalArea("13201", "13055")))
                    .containsExactly(error("territory.inconsistent", "/territory/communes/0", COOPERATION_ID));
        }

        @Test
        void aFormerCommuneWithItsCurrentOneIsReportedOnTheFormerOne() {
            assertThat(findingsOf(overLocalArea("01138", "01039"))).containsExactly(
                    warning("territory.not-current", "/territory/communes/1", COOPERATION_ID),
                    error("territory.inconsistent", "/territory/communes/1", COOPERATION_ID));
        }

        @Test
        void aFormerCommuneWithoutItsCurrentOneIsOnlyNotCurrent() {
            assertThat(findingsOf(overLocalArea("01039", "01004"))).containsExactly(
                    warning("territory.not-current", "/territory/communes/0", COOPERATION_ID));
        }

        @Test
        void aRepeatedPartIsReportedOnceAsRepeatedAndOnceAsAnOverlap() {
            assertThat(findingsOf(overLocalArea("75056", "75101", "75101"))).containsExactly(
                    error("territory.inconsistent", "/territory/communes/1", COOPERATION_ID),
                    error("territory.inconsistent", "/territory/communes/2", COOPERATION_ID));
        }

        @Test
        void theMessageNamesWhatOverlaps() {
            assertThat(Fixtures.englishValidator().validate(overLocalArea("75056", "75101")).issues())
                    .singleElement().satisfies(issue -> assertThat(issue.message()).isEqualTo(
                            "Inconsistent territory: a municipal arrondissement is listed with its commune."));
        }
    }
}
