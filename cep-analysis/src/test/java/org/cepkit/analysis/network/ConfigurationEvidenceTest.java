package org.cepkit.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.analysis.network.Networks.operator;
import static org.cepkit.analysis.network.Networks.regional;
import static org.cepkit.analysis.network.Networks.relation;
import static org.cepkit.analysis.network.Networks.territory;
import static org.cepkit.model.cooperation.CooperationPurpose.BUILD_PROJECT;
import static org.cepkit.model.cooperation.CooperationPurpose.REMOVE_BARRIERS;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

class ConfigurationEvidenceTest {

    private static final Operator FT = operator("ft-gap", OperatorFamily.FRANCE_TRAVAIL, "05061");
    private static final Operator ML = operator("ml-gap", OperatorFamily.MISSION_LOCALE, "05061");
    private static final Operator CE = operator("ce-gap", OperatorFamily.CAP_EMPLOI, "05061");
    private static final Operator RO = regional("cep-paca", "93", "05061");

    private static ConfigurationEvidence evidenceOf(org.cepkit.model.cooperation.Cooperation cooperation) {
        return CooperationNetworks.builder().build().analyse(Stream.of(FT, ML, CE, RO, cooperation))
                .network(cooperation.getTerritory().getKind(), cooperation.getTerritory().getCode()).orElseThrow()
                .configurationEvidence().get(0);
    }

    private static Relation since(Relation relation, int year) {
        return Relation.builder().from(relation).since(LocalDate.of(year, 1, 1)).build();
    }

    @Test
    void aStarAroundACiteDesMetiersSupportsTheRegionLedConfiguration() {
        ConfigurationEvidence evidence = evidenceOf(Networks.cooperation("coop-1",
                territory(TerritoryKind.DEPARTEMENT, "05"), Configuration.REGION_LED_LOCAL_SERVICE, FT, ML, CE, RO)
                .context(Context.builder().regionalEngagement(RegionalEngagement.STRONG)
                        .animator(Partner.of("Cité des métiers de Gap", PartnerKind.CITE_DES_METIERS)).build())
                .addRelations(relation("ft-gap", "ml-gap", RelationForm.COORDINATION_BODY, BUILD_PROJECT),
                        relation("ft-gap", "ce-gap", RelationForm.COORDINATION_BODY, BUILD_PROJECT),
                        relation("ft-gap", "cep-paca", RelationForm.CONTRACTUAL_PARTNERSHIP, BUILD_PROJECT))
                .build());

        assertThat(evidence.support(Configuration.REGION_LED_LOCAL_SERVICE)).hasValue(1.0);
        assertThat(evidence.support(Configuration.LOCAL_COMMON_CAUSE)).hasValue(0.0);
        assertThat(evidence.support(Configuration.REGION_WITHDRAWN)).hasValue(0.0);
        assertThat(evidence.structure().degreeCentralization()).hasValue(1.0);
    }

    @Test
    void denseLongStandingTiesAroundSeasonalWorkersSupportTheLocalCommonCause() {
        ConfigurationEvidence evidence = evidenceOf(Networks.cooperation("coop-3",
                territory(TerritoryKind.DEPARTEMENT, "05"), Configuration.LOCAL_COMMON_CAUSE, FT, ML, CE)
                .context(Context.builder().regionalEngagement(RegionalEngagement.MODERATE)
                        .priorProximity(PriorProximity.LONG_STANDING).federatingIssue("Travailleurs saisonniers")
                        .build())
                .addRelations(since(relation("ft-gap", "ml-gap", RelationForm.CONTRACTUAL_PARTNERSHIP,
                                REMOVE_BARRIERS), 2008),
                        since(relation("ft-gap", "ce-gap", RelationForm.ADVISER_COLLABORATION, REMOVE_BARRIERS), 2011),
                        since(relation("ml-gap", "ce-gap", RelationForm.CONTRACTUAL_PARTNERSHIP, BUILD_PROJECT), 2012))
                .build());

        assertThat(evidence.support(Configuration.LOCAL_COMMON_CAUSE)).hasValue(1.0);
        assertThat(evidence.structure().density()).hasValue(1.0);
        assertThat(evidence.structure().tiesPredatingCooperation()).hasValue(1.0);
        assertThat(evidence.support(Configuration.REGION_LED_LOCAL_SERVICE).getAsDouble())
                .isLessThan(evidence.support(Configuration.LOCAL_COMMON_CAUSE).getAsDouble());
    }

    @Test
    void sparseBilateralTiesWithoutAnimatorSupportTheRegionWithdrawn() {
        ConfigurationEvidence evidence = evidenceOf(Networks.cooperation("coop-2",
                territory(TerritoryKind.DEPARTEMENT, "05"), Configuration.REGION_WITHDRAWN, FT, ML, CE, RO)
                .context(Context.builder().regionalEngagement(RegionalEngagement.WEAK)
                        .priorProximity(PriorProximity.OCCASIONAL).build())
                .addRelations(relation("ft-gap", "ml-gap", RelationForm.OCCASIONAL, REMOVE_BARRIERS),
                        relation("ce-gap", "cep-paca", RelationForm.ADVISER_COLLABORATION, BUILD_PROJECT))
                .build());

        assertThat(evidence.support(Configuration.REGION_WITHDRAWN)).hasValue(1.0);
        assertThat(evidence.structure().maxDegree()).isEqualTo(1);
        assertThat(evidence.signalsOf(Configuration.LOCAL_COMMON_CAUSE)).filteredOn(s -> s.name().equals(
                "ties-predate-cooperation")).singleElement().satisfies(s -> assertThat(s.observed()).isEmpty());
    }

    @Test
    void aMissingContextMakesItsSignalsUnknownNotFalse() {
        ConfigurationEvidence evidence = evidenceOf(Networks.cooperation("coop-0",
                territory(TerritoryKind.DEPARTEMENT, "05"), Configuration.OTHER, FT, ML).build());

        assertThat(evidence.signals()).filteredOn(s -> s.name().contains("engagement") || s.name().contains("proximity")
                || s.name().equals("star")).allSatisfy(s -> assertThat(s.observed()).isEmpty());
        assertThat(evidence.structure().ties()).isZero();
    }
}
