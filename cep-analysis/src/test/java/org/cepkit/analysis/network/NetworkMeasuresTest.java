package org.cepkit.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.analysis.network.Networks.operator;
import static org.cepkit.analysis.network.Networks.referrals;
import static org.cepkit.analysis.network.Networks.relation;
import static org.cepkit.analysis.network.Networks.territory;
import static org.cepkit.model.cooperation.CooperationPurpose.BUILD_PROJECT;
import static org.cepkit.model.cooperation.CooperationPurpose.IMPLEMENT_PROJECT;
import static org.cepkit.model.cooperation.CooperationPurpose.REMOVE_BARRIERS;

import java.util.stream.Stream;
import org.cepkit.analysis.Exclusion;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.territory.TerritoryKind;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.generate.CompleteGraphGenerator;
import org.jgrapht.generate.RingGraphGenerator;
import org.jgrapht.generate.StarGraphGenerator;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class NetworkMeasuresTest {

    private static final Operator FT = operator("ft-bastia", OperatorFamily.FRANCE_TRAVAIL, "2B033");
    private static final Operator ML = operator("ml-bastia", OperatorFamily.MISSION_LOCALE, "2B033");
    private static final Operator CE = operator("ce-bastia", OperatorFamily.CAP_EMPLOI, "2B033");
    private static final Operator APEC = operator("apec-bastia", OperatorFamily.APEC, "2B033");
    private static final Operator ALONE = operator("ml-corte", OperatorFamily.MISSION_LOCALE, "2B096");

    private static Graph<Integer, DefaultEdge> graph() {
        return new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    }

    @Test
    void freemanCentralizationIsOneForAStarAndZeroForRegularGraphs() {
        Graph<Integer, DefaultEdge> star = graph();
        new StarGraphGenerator<Integer, DefaultEdge>(6).generateGraph(star);
        Graph<Integer, DefaultEdge> ring = graph();
        new RingGraphGenerator<Integer, DefaultEdge>(6).generateGraph(ring);
        Graph<Integer, DefaultEdge> complete = graph();
        new CompleteGraphGenerator<Integer, DefaultEdge>(5).generateGraph(complete);
        Graph<Integer, DefaultEdge> pair = graph();
        new CompleteGraphGenerator<Integer, DefaultEdge>(2).generateGraph(pair);

        assertThat(Centralization.degree(star)).hasValue(1.0);
        assertThat(Centralization.degree(ring)).hasValue(0.0);
        assertThat(Centralization.degree(complete)).hasValue(0.0);
        assertThat(Centralization.degree(pair)).as("undefined under three nodes").isEmpty();
        assertThat(Centralization.density(complete)).hasValue(1.0);
        assertThat(Centralization.density(ring)).hasValue(6 / 15.0);
    }

    @Test
    void measuresTheDeclaredAndObservedTiesOfATerritory() {
        NetworkReport report = CooperationNetworks.builder().build().analyse(Stream.of(FT, ML, CE, APEC, ALONE,
                Networks.cooperation("coop-bastia", territory(TerritoryKind.COMMUNE, "2B033"),
                        Configuration.REGION_LED_LOCAL_SERVICE, FT, ML, CE)
                        .addRelations(relation("ft-bastia", "ml-bastia", RelationForm.CONTRACTUAL_PARTNERSHIP,
                                        REMOVE_BARRIERS),
                                relation("ft-bastia", "ce-bastia", RelationForm.OCCASIONAL, BUILD_PROJECT))
                        .addPartners(Partner.of("CIO de Bastia", PartnerKind.CIO))
                        .context(Context.builder().animator(Partner.of("Cité des métiers de Bastia",
                                PartnerKind.CITE_DES_METIERS)).build())
                        .build(),
                referrals("pw-1", ML, REMOVE_BARRIERS, FT), referrals("pw-2", FT, REMOVE_BARRIERS, ML),
                referrals("pw-3", ML, IMPLEMENT_PROJECT, APEC)));

        TerritoryNetwork bastia = report.network(TerritoryKind.COMMUNE, "2B033").orElseThrow();

        assertThat(bastia.operators()).extracting(NetworkOperator::id)
                .containsExactly("apec-bastia", "ce-bastia", "ft-bastia", "ml-bastia");
        assertThat(bastia.families()).containsExactly(OperatorFamily.FRANCE_TRAVAIL, OperatorFamily.APEC,
                OperatorFamily.CAP_EMPLOI, OperatorFamily.MISSION_LOCALE);
        assertThat(bastia.missingFamilies()).containsExactly(OperatorFamily.REGIONAL_OPERATOR);
        assertThat(bastia.density()).hasValue(3 / 6.0);
        assertThat(bastia.degreeCentralization()).as("degrees 1,1,2,2: (1+1+0+0)/(3*2)").hasValue(2 / 6.0);
        assertThat(bastia.components()).isEqualTo(1);
        assertThat(bastia.isolates()).isEmpty();
        assertThat(bastia.formalisation()).hasValue(0.5);
        assertThat(bastia.purposes()).containsExactly(CooperationPurpose.values());
        assertThat(bastia.reciprocity()).as("ft-ml both ways, ml-apec one way").hasValue(0.5);
        assertThat(bastia.declaredNotObserved()).containsExactly(OperatorPair.of("ce-bastia", "ft-bastia"));
        assertThat(bastia.observedNotDeclared()).containsExactly(OperatorPair.of("apec-bastia", "ml-bastia"));
        assertThat(bastia.partners()).extracting(Partner::getName).containsExactly("CIO de Bastia");
        assertThat(bastia.animators()).extracting(Partner::getName).containsExactly("Cité des métiers de Bastia");
        ObservedTie ftMl = bastia.observedTies().stream().filter(t -> t.first().equals("ft-bastia")).findFirst()
                .orElseThrow();
        assertThat(ftMl.isReciprocal()).isTrue();
        assertThat(ftMl.referrals()).isEqualTo(2);
        assertThat(bastia.operators()).filteredOn(o -> o.id().equals("ft-bastia")).singleElement()
                .satisfies(o -> assertThat(o.degree()).isEqualTo(2));

        TerritoryNetwork haute = report.network(TerritoryKind.DEPARTEMENT, "2B").orElseThrow();
        assertThat(haute.isolates()).containsExactly("ml-corte");
        assertThat(haute.components()).isEqualTo(2);
        assertThat(haute.declaredTies()).as("the cooperation lies inside 2B").hasSize(2);
        assertThat(haute.configurationEvidence()).as("evidence stays with the cooperation's own territory").isEmpty();
    }

    @Test
    void pathwaysBringOnlyTheirReferralCounts() {
        NetworkSurvey survey = CooperationNetworks.builder().build().survey();
        survey.add(FT);
        survey.add(ML);
        for (int i = 0; i < 10_000; i++) {
            survey.add(referrals("pw-" + i, ML, BUILD_PROJECT, FT));
        }
        survey.leaveOut(Exclusion.INVALID, 3);

        NetworkReport report = survey.report();

        ObservedTie tie = report.network(TerritoryKind.DEPARTEMENT, "2B").orElseThrow().observedTies().get(0);
        assertThat(tie.secondToFirst()).containsEntry(BUILD_PROJECT, 10_000L);
        assertThat(tie.firstToSecond()).containsEntry(BUILD_PROJECT, 0L);
        assertThat(report.leftOut().count(Exclusion.INVALID)).isEqualTo(3);
        assertThat(report.networks()).extracting(n -> n.territory().key())
                .containsExactly("REGION:94", "DEPARTEMENT:2B");
    }

    @Test
    void anEmptyInputHasNoNetwork() {
        assertThat(CooperationNetworks.builder().build().analyse(Stream.of()).networks()).isEmpty();
    }

    @Test
    void aStarOfDeclaredTiesHasACentralizationOfOne() {
        NetworkReport report = CooperationNetworks.builder().build().analyse(Stream.of(FT, ML, CE,
                Networks.cooperation("coop-star", territory(TerritoryKind.DEPARTEMENT, "2B"), Configuration.OTHER,
                        FT, ML, CE).addRelations(relation("ft-bastia", "ml-bastia", RelationForm.COORDINATION_BODY,
                                BUILD_PROJECT), relation("ft-bastia", "ce-bastia", RelationForm.COORDINATION_BODY,
                                BUILD_PROJECT)).build()));

        ConfigurationEvidence evidence = report.network(TerritoryKind.DEPARTEMENT, "2B").orElseThrow()
                .configurationEvidence().get(0);
        assertThat(evidence.structure().degreeCentralization()).hasValue(1.0);
        assertThat(evidence.structure().formalisation()).hasValue(1.0);
        assertThat(evidence.signalsOf(Configuration.REGION_LED_LOCAL_SERVICE))
                .extracting(ConfigurationEvidence.Signal::name)
                .containsExactly("spro-animator", "strong-regional-engagement", "star");
        assertThat(evidence.support(Configuration.OTHER)).isEmpty();
        assertThat(evidence.cooperation()).isEqualTo("coop-star");
    }
}
