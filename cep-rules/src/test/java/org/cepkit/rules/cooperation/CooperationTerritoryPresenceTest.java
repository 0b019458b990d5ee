package org.cepkit.rules.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.AJACCIO;
import static org.cepkit.rules.Fixtures.BASTIA;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.PARIS;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.ref;
import static org.cepkit.rules.Fixtures.site;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.validatorKnowing;
import static org.cepkit.rules.Fixtures.warning;

import java.util.List;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * {@code cooperation.territory-presence}: each registered operator of a cooperation has a site in its territory
 * or covers it. The sites and coverage are read from the operator registry.
 */
class CooperationTerritoryPresenceTest {

    private static final ImmutableOperator MISSION_LOCALE = operator(OperatorFamily.MISSION_LOCALE);
    private static final ImmutableOperator FRANCE_TRAVAIL = operator(OperatorFamily.FRANCE_TRAVAIL);
    private static final ImmutableOperator FRANCE_TRAVAIL_IN_PARIS = FRANCE_TRAVAIL.withSites(site("paris", PARIS));

    private static Cooperation on(TerritoryKind kind, String code, CommuneCode... communes) {
        return cooperation().withTerritory(Territory.builder().kind(kind).code(code).addCommunes(communes).build());
    }

    @Test
    void operatorsWithASiteInTheTerritoryArePresent() {
        assertThat(findings(validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL).validate(cooperation()))).isEmpty();
    }

    @Test
    void anOperatorWithNoSiteInTheTerritoryIsAWarning() {
        ValidationReport report = validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL_IN_PARIS).validate(cooperation());

        assertThat(findings(report))
                .containsExactly(warning("cooperation.territory-presence", "/operators/1", COOPERATION_ID));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void aRegionalOperatorCoveringTheTerritoryIsPresentWithoutASite() {
        ImmutableOperator regional = operator(OperatorFamily.REGIONAL_OPERATOR).withSites(List.of());
        Cooperation cooperation = cooperation().withOperators(ref(OperatorFamily.MISSION_LOCALE),
                ref(OperatorFamily.REGIONAL_OPERATOR)).withRelations(List.of());

        assertThat(findings(validatorKnowing(MISSION_LOCALE, regional).validate(cooperation))).isEmpty();
    }

    @Test
    void aCommuneTerritoryNeedsASiteInThatCommune() {
        Cooperation inAjaccio = on(TerritoryKind.COMMUNE, AJACCIO.value());

        assertThat(findings(validatorKnowing(MISSION_LOCALE.withSites(site("ajaccio", AJACCIO)), FRANCE_TRAVAIL)
                .validate(inAjaccio)))
                .containsExactly(warning("cooperation.territory-presence", "/operators/1", COOPERATION_ID));
    }

    @Test
    void aSiteInAnArrondissementIsInItsCommune() {
        CommuneCode louvre = CommuneCode.parse("75101");
        Cooperation inParis = on(TerritoryKind.COMMUNE, PARIS.value());

        assertThat(findings(validatorKnowing(MISSION_LOCALE.withSites(site("louvre", louvre)), FRANCE_TRAVAIL_IN_PARIS)
                .validate(inParis))).isEmpty();
    }

    @Test
    void aRegionTerritoryTakesEverySiteOfTheRegion() {
        Cooperation inCorsica = on(TerritoryKind.REGION, "94");

        assertThat(findings(validatorKnowing(MISSION_LOCALE.withSites(site("ajaccio", AJACCIO)), FRANCE_TRAVAIL)
                .validate(inCorsica))).isEmpty();
    }

    @Test
    void aLocalAreaTakesTheSitesInItsCommunes() {
        Cooperation bassin = on(TerritoryKind.LOCAL_AREA, "bassin-bastia", BASTIA, CommuneCode.parse("2B050"));

        assertThat(findings(validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL_IN_PARIS).validate(bassin)))
                .containsExactly(warning("cooperation.territory-presence", "/operators/1", COOPERATION_ID));
    }

    @Test
    void anEpciTakesTheSitesInItsMemberCommunes() {
        Cooperation grandParis = on(TerritoryKind.EPCI, "200054781");

        assertThat(findings(validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL_IN_PARIS).validate(grandParis)))
                .containsExactly(warning("cooperation.territory-presence", "/operators/0", COOPERATION_ID));
    }

    @Test
    void anEmploymentZoneIsNotCheckedForLackOfItsCommunes() {
        Cooperation zone = on(TerritoryKind.EMPLOYMENT_ZONE, "9401");

        assertThat(findings(validatorKnowing(MISSION_LOCALE, FRANCE_TRAVAIL_IN_PARIS).validate(zone))).isEmpty();
    }

    @Test
    void anUnregisteredOperatorIsLeftToTheReferenceRule() {
        assertThat(findings(validatorKnowing(MISSION_LOCALE).validate(cooperation())))
                .containsExactly(error("reference.unknown-operator", "/operators/1/id", COOPERATION_ID));
    }

    @Test
    void isSilentWithoutARegistryAndSaysSo() {
        ValidationReport report = validator().validate(cooperation());

        assertThat(findings(report)).isEmpty();
        assertThat(report.rulesNotApplied()).contains("cooperation.territory-presence");
    }

    @Test
    void readsTheOperatorsOfTheInput() {
        ValidationReport report = validator().validate(List.of(cooperation(), MISSION_LOCALE, FRANCE_TRAVAIL_IN_PARIS));

        assertThat(findings(report))
                .containsExactly(warning("cooperation.territory-presence", "/operators/1", COOPERATION_ID));
    }
}
