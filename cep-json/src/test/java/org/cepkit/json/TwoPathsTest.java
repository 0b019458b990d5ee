package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.ImmutableContext;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.ImmutableRelation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.ImmutableSite;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.ImmutableActionPlan;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.ImmutableTerritory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The two paths of validation give the same issues: a record built in Java is checked by Hibernate Validator and
 * the rules ({@code CepValidator}); the same record written as JSON is checked by the reader and the rules, without
 * Hibernate Validator ({@code CepJson}). For generated records broken in every way a Java object can be (ids,
 * lengths, list sizes, territory codes), the rule, severity, path and message of every issue agree.
 */
class TwoPathsTest {

    private static final List<String> BAD_IDS = List.of("", "a b", "-x", ".x", "x".repeat(65), "agence-é",
            "185077512345678", "pw#1");
    private static final List<String> BAD_NAMES = List.of("", "x".repeat(201), "\uD83D\uDE00".repeat(201));

    /** A way to break a record of one type, given a number that picks among its variants. */
    private record Breaking<T extends CepRecord>(String what, Gen<T> source, BiFunction<T, Integer, T> apply) {
    }

    private static final List<Breaking<?>> BREAKINGS = List.of(
            new Breaking<Pathway>("a pathway's id", CepGenerators.pathways(),
                    (p, n) -> ImmutablePathway.copyOf(p).withId(pick(BAD_IDS, n))),
            new Breaking<Pathway>("a beneficiary's id", CepGenerators.pathways(), (p, n) -> ImmutablePathway.copyOf(p)
                    .withBeneficiary(ImmutableBeneficiary.copyOf(p.getBeneficiary()).withId(pick(BAD_IDS, n)))),
            new Breaking<Pathway>("the operator reference's id", CepGenerators.pathways(), (p, n) -> ImmutablePathway
                    .copyOf(p).withOperator(OperatorRef.of(pick(BAD_IDS, n), p.getOperator().getFamily()))),
            new Breaking<Pathway>("no service", CepGenerators.pathways(),
                    (p, n) -> ImmutablePathway.copyOf(p).withServices(List.of())),
            new Breaking<Pathway>("an action plan without goals", CepGenerators.pathways(),
                    (p, n) -> p.getActionPlan().isEmpty() ? p : ImmutablePathway.copyOf(p).withActionPlan(
                            ImmutableActionPlan.copyOf(p.getActionPlan().get()).withGoals(List.of()))),
            new Breaking<Operator>("an operator's name", CepGenerators.operators(),
                    (o, n) -> ImmutableOperator.copyOf(o).withName(pick(BAD_NAMES, n))),
            new Breaking<Operator>("a site", CepGenerators.operators(), TwoPathsTest::breakSite),
            new Breaking<Cooperation>("one operator", CepGenerators.cooperations(),
                    (c, n) -> ImmutableCooperation.copyOf(c).withOperators(c.getOperators().subList(0, 1))),
            new Breaking<Cooperation>("a relation", CepGenerators.cooperations(), TwoPathsTest::breakRelation),
            new Breaking<Cooperation>("the territory", CepGenerators.cooperations(), TwoPathsTest::breakTerritory),
            new Breaking<Cooperation>("the context and partners", CepGenerators.cooperations(),
                    (c, n) -> ImmutableCooperation.copyOf(c)
                            .withContext(ImmutableContext.builder().federatingIssue(pick(BAD_NAMES, n)).build())
                            .withPartners(Partner.of(pick(BAD_NAMES, n + 1), PartnerKind.CIO))));

    @Test
    void aRecordBrokenInJavaGetsTheSameIssuesFromBothPaths() {
        int[] compared = {0};
        for (Breaking<?> breaking : BREAKINGS) {
            compare(breaking, compared);
        }
        assertThat(compared[0]).isGreaterThanOrEqualTo(BREAKINGS.size() * 50);
    }

    private static <T extends CepRecord> void compare(Breaking<T> breaking, int[] compared) {
        qt().withExamples(60).forAll(breaking.source(), integers().between(0, 999)).checkAssert((record, n) -> {
            T broken = breaking.apply().apply(record, n);
            List<String> java = described(JsonFixtures.VALIDATOR.validate(broken).issues());
            List<String> json = described(JsonFixtures.STRICT.validate(JsonFixtures.text(broken)).issues());
            assertThat(json).as("%s: %s", breaking.what(), JsonFixtures.text(broken)).isEqualTo(java);
            compared[0]++;
        });
    }

    /** What both paths must agree on; the record id apart (the JSON report leaves out one it may not repeat). */
    private static List<String> described(List<Issue> issues) {
        List<String> described = new ArrayList<>();
        for (Issue issue : issues) {
            described.add(issue.severity() + " " + issue.rule() + " " + issue.path() + " " + issue.message());
        }
        return described;
    }

    private static <E> E pick(List<E> values, int n) {
        return values.get(Math.floorMod(n, values.size()));
    }

    private static Operator breakSite(Operator operator, int n) {
        if (operator.getSites().isEmpty()) {
            return operator;
        }
        ImmutableSite site = ImmutableSite.copyOf(operator.getSites().get(0));
        ImmutableSite broken = switch (n % 3) {
            case 0 -> site.withId(pick(BAD_IDS, n / 3));
            case 1 -> site.withName(pick(BAD_NAMES, n / 3));
            default -> site.withModes(List.of());
        };
        List<org.cepkit.model.operator.Site> sites = new ArrayList<>(operator.getSites());
        sites.set(0, broken);
        return ImmutableOperator.copyOf(operator).withSites(sites);
    }

    private static Cooperation breakRelation(Cooperation cooperation, int n) {
        List<String> ids = cooperation.getOperators().stream().map(OperatorRef::getId).toList();
        ImmutableRelation relation = ImmutableRelation.builder()
                .from(cooperation.getRelations().isEmpty() ? ImmutableRelation.builder().addBetween(ids.get(0),
                        ids.get(1)).form(org.cepkit.model.cooperation.RelationForm.OCCASIONAL)
                        .addPurposes(org.cepkit.model.cooperation.CooperationPurpose.BUILD_PROJECT).build()
                        : cooperation.getRelations().get(0))
                .build();
        ImmutableRelation broken = switch (n % 4) {
            case 0 -> relation.withBetween(ids.get(0));
            case 1 -> relation.withBetween(ids.get(0), ids.get(1), pick(BAD_IDS, n / 4));
            case 2 -> relation.withBetween(ids.get(0), pick(BAD_IDS, n / 4));
            default -> relation.withPurposes(List.of());
        };
        return ImmutableCooperation.copyOf(cooperation).withRelations(broken);
    }

    private static Cooperation breakTerritory(Cooperation cooperation, int n) {
        ImmutableTerritory territory = ImmutableTerritory.copyOf(cooperation.getTerritory());
        TerritoryKind kind = TerritoryKind.values()[n % TerritoryKind.values().length];
        ImmutableTerritory broken = kind == TerritoryKind.LOCAL_AREA && n / 6 % 2 == 0
                ? territory.withKind(kind).withCode("bassin-x").withCommunes(List.of())
                : territory.withKind(kind).withCode(pick(List.of("20004", "2C", "05", "123", "ab cd", "0000000000"), n))
                        .withCommunes(kind == TerritoryKind.LOCAL_AREA ? territory.getCommunes().isEmpty()
                                ? List.of(org.cepkit.model.territory.CommuneCode.parse("2A004"))
                                : territory.getCommunes() : List.of());
        return ImmutableCooperation.copyOf(cooperation).withTerritory(broken);
    }
}
