package org.cepkit.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cepkit.analysis.network.ConfigurationEvidence;
import org.cepkit.analysis.network.CooperationNetworks;
import org.cepkit.analysis.network.NetworkReport;
import org.cepkit.analysis.network.OperatorPair;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated cooperations differ as the Céreq describes, and the evidence of cep-analysis tells them apart. */
class GeneratedNetworksTest {

    private static final List<Configuration> CEREQ = List.of(Configuration.REGION_LED_LOCAL_SERVICE,
            Configuration.LOCAL_COMMON_CAUSE, Configuration.REGION_WITHDRAWN);

    private static List<Cooperation> cooperations;
    private static List<Pathway> pathways;
    private static NetworkReport report;

    @BeforeAll
    static void generate() {
        Generated generated = Generated.of(14, 0, 20_000);
        List<CepRecord> records = new ArrayList<>();
        records.addAll(generated.records(Operator.class));
        pathways = generated.records(Pathway.class);
        records.addAll(pathways);
        cooperations = generated.records(Cooperation.class);
        records.addAll(cooperations);
        report = CooperationNetworks.builder().build().analyse(records.stream());
    }

    private static Stream<ConfigurationEvidence> evidence() {
        return report.networks().stream().flatMap(n -> n.configurationEvidence().stream());
    }

    @Test
    void everyCooperationHasItsEvidenceOnItsOwnTerritory() {
        assertThat(cooperations).hasSize(20);
        assertThat(evidence().map(ConfigurationEvidence::cooperation))
                .containsExactlyInAnyOrderElementsOf(cooperations.stream().map(Cooperation::getId).toList());
    }

    @Test
    void theEvidenceSupportsTheDeclaredConfigurationMoreThanEitherOther() {
        Map<Configuration, Integer> told = new EnumMap<>(Configuration.class);
        Map<Configuration, Integer> all = new EnumMap<>(Configuration.class);
        evidence().forEach(e -> {
            double own = e.support(e.declared()).orElse(0);
            boolean best = CEREQ.stream().filter(c -> c != e.declared())
                    .allMatch(other -> e.support(other).orElse(0) < own);
            all.merge(e.declared(), 1, Integer::sum);
            told.merge(e.declared(), best ? 1 : 0, Integer::sum);
        });
        assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(CEREQ);
        for (Configuration configuration : CEREQ) {
            assertThat(told.get(configuration) / (double) all.get(configuration)).as("%s: %s of %s told apart",
                    configuration, told.get(configuration), all.get(configuration)).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void eachConfigurationHasTheStructureTheStudyDescribes() {
        evidence().forEach(e -> {
            ConfigurationEvidence.Structure s = e.structure();
            switch (e.declared()) {
                case REGION_LED_LOCAL_SERVICE -> {
                    assertThat(e.animator().orElseThrow().getName()).startsWith("Cité des métiers");
                    assertThat(s.ties()).isEqualTo(s.operators() - 1);
                    s.degreeCentralization().ifPresent(c -> assertThat(c).as(e.cooperation()).isEqualTo(1.0));
                }
                case LOCAL_COMMON_CAUSE -> {
                    assertThat(s.density()).as(e.cooperation()).hasValue(1.0);
                    assertThat(e.federatingIssue()).isPresent();
                }
                case REGION_WITHDRAWN -> {
                    assertThat(s.maxDegree()).as(e.cooperation()).isEqualTo(1);
                    assertThat(e.animator()).isEmpty();
                }
                default -> throw new AssertionError(e.declared());
            }
        });
        assertThat(evidence().filter(e -> e.declared() == Configuration.LOCAL_COMMON_CAUSE)
                .mapToDouble(e -> e.structure().tiesPredatingCooperation().orElse(0)).average().orElseThrow())
                .as("the partnerships are older than their cooperation").isGreaterThan(0.5);
    }

    @Test
    void referralsPartlyMatchTheDeclaredRelations() {
        Set<OperatorPair> declared = new HashSet<>();
        for (Cooperation cooperation : cooperations) {
            for (Relation relation : cooperation.getRelations()) {
                declared.add(OperatorPair.of(relation.getBetween().get(0), relation.getBetween().get(1)));
            }
        }
        long referrals = 0;
        long alongDeclared = 0;
        Set<OperatorPair> observed = new HashSet<>();
        for (Pathway pathway : pathways) {
            for (Referral referral : pathway.getReferrals()) {
                OperatorPair pair = OperatorPair.of(pathway.getOperator().getId(), referral.getTo().getId());
                referrals++;
                alongDeclared += declared.contains(pair) ? 1 : 0;
                observed.add(pair);
            }
        }
        assertThat(alongDeclared).isPositive().isLessThan(referrals);
        assertThat(alongDeclared / (double) referrals).as("declared ties, a few pairs among thousands, draw many referrals")
                .isGreaterThan(0.2);
        assertThat(declared.stream().filter(observed::contains).count()).isPositive();
    }

    @Test
    void inASmallerDatasetSomeDeclaredTiesAreNeverObserved() {
        Generated generated = Generated.of(14, 0, 1_000);
        List<CepRecord> records = new ArrayList<>(generated.records(Operator.class));
        records.addAll(generated.records(Pathway.class));
        records.addAll(generated.records(Cooperation.class));

        NetworkReport small = CooperationNetworks.builder().build().analyse(records.stream());

        assertThat(small.networks()).anyMatch(n -> !n.declaredNotObserved().isEmpty())
                .anyMatch(n -> n.declaredTies().size() > n.declaredNotObserved().size());
    }
}
