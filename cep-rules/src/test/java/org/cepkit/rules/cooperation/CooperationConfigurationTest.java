package org.cepkit.rules.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.warning;

import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.ImmutableContext;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code cooperation.configuration}: each configuration of the Céreq typology goes with its context. The
 * warning points at {@code /context}, or at {@code /configuration} when there is no context at all.
 */
class CooperationConfigurationTest {

    private static final Partner CITE_DES_METIERS = Partner.of("Cité des métiers de Bastia",
            PartnerKind.CITE_DES_METIERS);

    private static ImmutableCooperation configured(Configuration configuration, ImmutableContext.Builder context) {
        return cooperation().withConfiguration(configuration).withContext(context.build());
    }

    private static ImmutableCooperation configured(Configuration configuration) {
        return cooperation().withConfiguration(configuration);
    }

    @Nested
    class RegionLedLocalService {

        @Test
        void needsAStrongEngagementAndAnAnimator() {
            assertThat(findingsOf(configured(Configuration.REGION_LED_LOCAL_SERVICE, Context.builder()
                    .regionalEngagement(RegionalEngagement.STRONG).animator(CITE_DES_METIERS)))).isEmpty();
        }

        @Test
        void warnsWithAModerateEngagement() {
            assertThat(findingsOf(configured(Configuration.REGION_LED_LOCAL_SERVICE, Context.builder()
                    .regionalEngagement(RegionalEngagement.MODERATE).animator(CITE_DES_METIERS))))
                    .containsExactly(warning("cooperation.configuration", "/context", COOPERATION_ID));
        }

        @Test
        void warnsWithoutAnAnimator() {
            assertThat(findingsOf(configured(Configuration.REGION_LED_LOCAL_SERVICE, Context.builder()
                    .regionalEngagement(RegionalEngagement.STRONG))))
                    .containsExactly(warning("cooperation.configuration", "/context", COOPERATION_ID));
        }

        @Test
        void warnsWithoutAContext() {
            assertThat(findingsOf(configured(Configuration.REGION_LED_LOCAL_SERVICE)))
                    .containsExactly(warning("cooperation.configuration", "/configuration", COOPERATION_ID));
        }

        @Test
        void namesEveryMissingPartOfTheContextInOneIssue() {
            ValidationReport report = Fixtures.englishValidator()
                    .validate(configured(Configuration.REGION_LED_LOCAL_SERVICE, Context.builder()));

            assertThat(report.issues()).singleElement().extracting(issue -> issue.message()).isEqualTo(
                    "Configuration REGION_LED_LOCAL_SERVICE inconsistent with its context: "
                            + "regional engagement is not STRONG, no animator.");
        }
    }

    @Nested
    class LocalCommonCause {

        @Test
        void needsAFederatingIssue() {
            assertThat(findingsOf(configured(Configuration.LOCAL_COMMON_CAUSE, Context.builder()
                    .federatingIssue("Travailleurs saisonniers du tourisme")))).isEmpty();
        }

        @Test
        void warnsWithoutAFederatingIssue() {
            assertThat(findingsOf(configured(Configuration.LOCAL_COMMON_CAUSE, Context.builder()
                    .regionalEngagement(RegionalEngagement.WEAK))))
                    .containsExactly(warning("cooperation.configuration", "/context", COOPERATION_ID));
        }

        @Test
        void warnsWithoutAContext() {
            assertThat(findingsOf(configured(Configuration.LOCAL_COMMON_CAUSE)))
                    .containsExactly(warning("cooperation.configuration", "/configuration", COOPERATION_ID));
        }

        @Test
        void goesWithALongStandingProximity() {
            assertThat(findingsOf(configured(Configuration.LOCAL_COMMON_CAUSE, Context.builder()
                    .federatingIssue("Travailleurs saisonniers du tourisme")
                    .priorProximity(PriorProximity.LONG_STANDING)))).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = PriorProximity.class, names = {"OCCASIONAL", "WEAK"})
        void warnsWithAProximityThatIsNotLongStanding(PriorProximity proximity) {
            assertThat(findingsOf(configured(Configuration.LOCAL_COMMON_CAUSE, Context.builder()
                    .federatingIssue("Travailleurs saisonniers du tourisme").priorProximity(proximity))))
                    .containsExactly(warning("cooperation.configuration", "/context", COOPERATION_ID));
        }

        @Test
        void namesBothMissingPartsInOneIssue() {
            ValidationReport report = Fixtures.englishValidator().validate(configured(Configuration.LOCAL_COMMON_CAUSE,
                    Context.builder().priorProximity(PriorProximity.WEAK)));

            assertThat(report.issues()).singleElement().extracting(issue -> issue.message()).isEqualTo(
                    "Configuration LOCAL_COMMON_CAUSE inconsistent with its context: "
                            + "no federating issue, the prior proximity is not LONG_STANDING.");
        }
    }

    @Nested
    class RegionWithdrawn {

        @Test
        void goesWithAWeakEngagement() {
            assertThat(findingsOf(configured(Configuration.REGION_WITHDRAWN, Context.builder()
                    .regionalEngagement(RegionalEngagement.WEAK)))).isEmpty();
        }

        @Test
        void needsNoContext() {
            assertThat(findingsOf(configured(Configuration.REGION_WITHDRAWN))).isEmpty();
        }

        @Test
        void warnsWithAStrongEngagement() {
            assertThat(findingsOf(configured(Configuration.REGION_WITHDRAWN, Context.builder()
                    .regionalEngagement(RegionalEngagement.STRONG))))
                    .containsExactly(warning("cooperation.configuration", "/context", COOPERATION_ID));
        }
    }

    @Nested
    class Other {

        @ParameterizedTest
        @EnumSource(RegionalEngagement.class)
        void acceptsAnyEngagement(RegionalEngagement engagement) {
            assertThat(findingsOf(configured(Configuration.OTHER, Context.builder().regionalEngagement(engagement))))
                    .isEmpty();
        }

        @Test
        void needsNoContext() {
            assertThat(findingsOf(configured(Configuration.OTHER))).isEmpty();
        }
    }
}
