package org.cepkit.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableContext;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.ImmutableRelation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.Referential;

/**
 * Builds cooperations in the three local configurations of the Céreq (Bref n° 383, 2019): a local orientation
 * service animated under the Region by a Cité des métiers, a long-standing partnership around a federating local
 * issue (seasonal workers in the mountain territories of the study), and a Region that no longer makes orientation
 * a priority. Each cooperation lies on a département, a local area or an EPCI where every one of its operators
 * has a site, and its operators are active for the whole of it.
 */
final class CooperationFactory {

    private static final Referential COG = Referential.embedded();

    private static final List<Configuration> CONFIGURATIONS = List.of(Configuration.REGION_LED_LOCAL_SERVICE,
            Configuration.LOCAL_COMMON_CAUSE, Configuration.REGION_WITHDRAWN);
    /** The Regions territorialised the SPRO from 2016 in the territories of the study. */
    private static final LocalDate SPRO_TERRITORIALISED = LocalDate.of(2016, 1, 1);
    /** The partnerships around a local common cause date from 2008 and 2011 in the study. */
    private static final LocalDate FIRST_PARTNERSHIPS = LocalDate.of(2008, 1, 1);
    private static final Set<String> MOUNTAINS_AND_ISLANDS = Set.of("84", "76", "94", "04", "06", "01");
    private static final String SEASONAL_WORKERS = "Travailleurs saisonniers";
    private static final List<String> FEDERATING_ISSUES = List.of(SEASONAL_WORKERS,
            "Pluriactivité des actifs de montagne", "Mobilité des habitants des communes rurales",
            "Reconversion après la fermeture d'un site industriel", "Insertion des jeunes des quartiers prioritaires",
            "Maîtrise des savoirs de base");

    private final OperatorSet operators;
    private final LocalDate referenceDate;
    private final double[] regionWeights = Places.regionWeights();

    CooperationFactory(OperatorSet operators, LocalDate referenceDate) {
        this.operators = operators;
        this.referenceDate = referenceDate;
    }

    /** About one cooperation per 1,000 pathways, and at least one of each configuration. */
    static long count(long pathways) {
        return Math.max(3, Math.round(pathways / 1000.0));
    }

    /** The operators of a cooperation, the first one the anchor, and the territory where they all have a site. */
    private record Members(List<Operator> operators, Territory territory, CogCommune seat) {
    }

    /**
     * The cooperation number {@code index} (from 0): the first three take the three configurations in turn. A
     * valid cooperation, or, when {@code violation} is not null, one that breaks exactly that rule.
     */
    Cooperation cooperation(String id, long index, SplittableRandom random, Violation violation) {
        Configuration configuration = index < CONFIGURATIONS.size() ? CONFIGURATIONS.get((int) index)
                : Draws.weighted(random, CONFIGURATIONS, 35, 35, 30);
        for (int attempt = 0; attempt < 10_000; attempt++) {
            RegionCode region = region(random, configuration);
            LocalDate start = Draws.date(random, configuration == Configuration.LOCAL_COMMON_CAUSE ? FIRST_PARTNERSHIPS
                    : SPRO_TERRITORIALISED, referenceDate);
            LocalDate end = start.plusYears(1).isBefore(referenceDate) && Draws.chance(random, 0.2)
                    ? Draws.date(random, start.plusYears(1), referenceDate) : null;
            Optional<Members> members = members(random, region, start, end == null ? referenceDate : end,
                    configuration == Configuration.REGION_WITHDRAWN ? random.nextInt(1, 4) : random.nextInt(2, 4));
            if (members.isPresent()) {
                return build(id, configuration, members.get(), region, start, end, random, violation);
            }
        }
        throw new IllegalStateException("no operators to cooperate in the generated régions");
    }

    private RegionCode region(SplittableRandom random, Configuration configuration) {
        double[] weights = regionWeights.clone();
        if (configuration == Configuration.LOCAL_COMMON_CAUSE) {
            for (int i = 0; i < weights.length; i++) {
                if (MOUNTAINS_AND_ISLANDS.contains(Places.REGIONS.get(i).value())) {
                    weights[i] *= 3;
                }
            }
        }
        return Draws.weighted(random, Places.REGIONS, weights);
    }

    /** The anchor and up to {@code others} other operators with a site on a territory around the anchor's. */
    private Optional<Members> members(SplittableRandom random, RegionCode region, LocalDate start, LocalDate to,
            int others) {
        List<Operator> eligible = operators.present(region).stream()
                .filter(operator -> OperatorSet.activeBetween(operator, start, to)).toList();
        if (eligible.size() < 2) {
            return Optional.empty();
        }
        Operator anchor = Draws.one(random, eligible);
        Site site = Draws.one(random, anchor.getSites().stream()
                .filter(s -> OperatorSet.region(s).equals(region)).toList());
        CogCommune seat = Places.commune(site.getCommune());
        DepartementCode departement = seat.departement().orElseThrow(); // the generator's places are in régions
        TerritoryKind kind = Draws.weighted(random, List.of(TerritoryKind.DEPARTEMENT, TerritoryKind.LOCAL_AREA,
                TerritoryKind.EPCI), 40, 35, 25);
        if (kind == TerritoryKind.EPCI && seat.epci().isEmpty()) {
            kind = TerritoryKind.DEPARTEMENT;
        }
        Predicate<Site> inside = kind == TerritoryKind.EPCI
                ? s -> Places.commune(s.getCommune()).epci().equals(seat.epci())
                : s -> OperatorSet.departement(s).equals(departement);
        // operators of other networks than the anchor's: agencies of one network are not a cooperation
        List<Operator> candidates = eligible.stream()
                .filter(operator -> operator.getFamily() != anchor.getFamily()
                        && operator.getSites().stream().anyMatch(inside)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Operator> chosen = new ArrayList<>();
        chosen.add(anchor);
        chosen.addAll(Draws.distinct(random, candidates, others));
        Territory territory = switch (kind) {
            case EPCI -> Territory.builder().kind(kind).code(seat.epci().get().value())
                    .name(COG.epci(seat.epci().get()).orElseThrow().name()).build();
            case LOCAL_AREA -> localArea(random, chosen, inside, seat);
            default -> Territory.builder().kind(TerritoryKind.DEPARTEMENT).code(departement.value())
                    .name(COG.departement(departement).orElseThrow().name()).build();
        };
        return Optional.of(new Members(chosen, territory, seat));
    }

    /** A bassin around the seat: the communes of the operators' sites, and a few of the seat's EPCI. */
    private static Territory localArea(SplittableRandom random, List<Operator> chosen, Predicate<Site> inside,
            CogCommune seat) {
        List<CommuneCode> communes = new ArrayList<>();
        communes.add(seat.code());
        for (Operator operator : chosen) {
            operator.getSites().stream().filter(inside).map(Site::getCommune).filter(c -> !communes.contains(c))
                    .findFirst().ifPresent(communes::add);
        }
        seat.epci().ifPresent(epci -> {
            List<CommuneCode> neighbours = COG.members(epci).stream()
                    .filter(c -> c.departement().equals(seat.departement())).map(CogCommune::code)
                    .filter(c -> !communes.contains(c)).toList();
            communes.addAll(Draws.distinct(random, neighbours, random.nextInt(0, 3)));
        });
        // an arrondissement beside its commune would count twice (territory.inconsistent)
        communes.removeIf(c -> COG.commune(c).flatMap(CogCommune::parent).filter(communes::contains).isPresent());
        return Territory.builder().kind(TerritoryKind.LOCAL_AREA).code("bassin-" + Places.slug(seat.name()))
                .name("Bassin " + Places.of(seat.name())).addAllCommunes(communes).build();
    }

    private Cooperation build(String id, Configuration configuration, Members members, RegionCode region,
            LocalDate start, LocalDate end, SplittableRandom random, Violation violation) {
        List<Operator> chosen = members.operators();
        String town = members.seat().name();
        String regionName = COG.region(region).orElseThrow().name();
        ImmutableContext.Builder context = Context.builder();
        List<Partner> candidates = new ArrayList<>();
        int partnerCount;
        List<RelationForm> forms;
        double[] formWeights;
        switch (configuration) {
            case REGION_LED_LOCAL_SERVICE -> {
                context.regionalEngagement(RegionalEngagement.STRONG)
                        .priorProximity(Draws.weighted(random, List.of(PriorProximity.OCCASIONAL, PriorProximity.WEAK,
                                PriorProximity.LONG_STANDING), 50, 30, 20))
                        .animator(Partner.of("Cité des métiers " + Places.of(town), PartnerKind.CITE_DES_METIERS));
                candidates.add(Partner.of("CIO " + Places.of(town), PartnerKind.CIO));
                candidates.add(Partner.of("Carif-Oref " + regionName, PartnerKind.CARIF_OREF));
                candidates.add(Partner.of(region.value().equals("06") ? "Département de Mayotte"
                        : "Région " + regionName, PartnerKind.REGION));
                candidates.add(Partner.of("Point information jeunesse " + Places.of(town),
                        PartnerKind.INFORMATION_JEUNESSE));
                candidates.add(Partner.of("Afpa " + town, PartnerKind.AFPA));
                candidates.add(Partner.of("Transitions Pro " + regionName, PartnerKind.TRANSITIONS_PRO));
                candidates.add(Partner.of("Université " + Places.of(town), PartnerKind.UNIVERSITY));
                partnerCount = random.nextInt(1, 4);
                forms = List.of(RelationForm.COORDINATION_BODY, RelationForm.CONTRACTUAL_PARTNERSHIP,
                        RelationForm.ADVISER_COLLABORATION);
                formWeights = new double[] {50, 30, 20};
            }
            case LOCAL_COMMON_CAUSE -> {
                boolean seasonal = MOUNTAINS_AND_ISLANDS.contains(region.value()) && Draws.chance(random, 0.6);
                context.regionalEngagement(Draws.weighted(random, List.of(RegionalEngagement.MODERATE,
                                RegionalEngagement.WEAK), 60, 40))
                        .priorProximity(PriorProximity.LONG_STANDING)
                        .federatingIssue(seasonal ? SEASONAL_WORKERS : Draws.one(random, FEDERATING_ISSUES));
                if (Draws.chance(random, 0.5)) {
                    context.animator(Partner.of("Maison de l'emploi " + Places.of(town),
                            PartnerKind.MAISON_DE_L_EMPLOI));
                }
                candidates.add(Partner.of("PLIE " + Places.of(town), PartnerKind.PLIE));
                candidates.add(Partner.of("Chambre d'agriculture " + Places.of(town), PartnerKind.CHAMBER));
                candidates.add(Partner.of("Point information jeunesse " + Places.of(town),
                        PartnerKind.INFORMATION_JEUNESSE));
                candidates.add(Partner.of("École de la deuxième chance " + Places.of(town), PartnerKind.E2C));
                candidates.add(Partner.of("Epide " + Places.of(town), PartnerKind.EPIDE));
                partnerCount = random.nextInt(0, 3);
                forms = List.of(RelationForm.CONTRACTUAL_PARTNERSHIP, RelationForm.ADVISER_COLLABORATION,
                        RelationForm.COORDINATION_BODY);
                formWeights = new double[] {50, 35, 15};
            }
            default -> {
                context.regionalEngagement(RegionalEngagement.WEAK)
                        .priorProximity(Draws.weighted(random, List.of(PriorProximity.OCCASIONAL, PriorProximity.WEAK),
                                60, 40));
                candidates.add(Partner.of("CIO " + Places.of(town), PartnerKind.CIO));
                candidates.add(Partner.of("PLIE " + Places.of(town), PartnerKind.PLIE));
                partnerCount = random.nextInt(0, 2);
                forms = List.of(RelationForm.OCCASIONAL, RelationForm.ADVISER_COLLABORATION);
                formWeights = new double[] {55, 45};
            }
        }
        List<Relation> relations = relations(configuration, chosen, forms, formWeights, start,
                end == null ? referenceDate : end, random);
        ImmutableCooperation.Builder cooperation = Cooperation.builder()
                .id(id)
                .territory(members.territory())
                .addAllOperators(chosen.stream().map(Operator::toRef).toList())
                .addAllPartners(Draws.distinct(random, candidates, partnerCount))
                .configuration(configuration)
                .context(context.build())
                .addAllRelations(relations)
                .startDate(start)
                .endDate(Optional.ofNullable(end));
        if (violation != null) {
            inject(cooperation, violation, chosen, relations, start, random);
        }
        return cooperation.build();
    }

    /**
     * The relations of each configuration, shaped as the Céreq describes them: under a Region-led local service, a
     * star of coordination around the anchor (the operator that hosts the service animated by the Cité des
     * métiers); in a local common cause, ties between every pair of operators, most of them older than the
     * cooperation (the partnerships date from 2008 and 2011 in the study); where the Region withdrew, separate
     * pairs of operators and no hub.
     */
    private static List<Relation> relations(Configuration configuration, List<Operator> chosen,
            List<RelationForm> forms, double[] formWeights, LocalDate start, LocalDate last, SplittableRandom random) {
        List<int[]> pairs = new ArrayList<>();
        switch (configuration) {
            case REGION_LED_LOCAL_SERVICE -> {
                for (int i = 1; i < chosen.size(); i++) {
                    pairs.add(new int[] {0, i});
                }
            }
            case LOCAL_COMMON_CAUSE -> {
                for (int i = 0; i < chosen.size(); i++) {
                    for (int j = i + 1; j < chosen.size(); j++) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
            default -> {
                for (int i = 0; i + 1 < chosen.size(); i += 2) {
                    pairs.add(new int[] {i, i + 1});
                }
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (int[] pair : pairs) {
            Operator a = chosen.get(pair[0]);
            Operator b = chosen.get(pair[1]);
            List<CooperationPurpose> purposes = new ArrayList<>(Draws.distinct(random,
                    List.of(CooperationPurpose.values()), random.nextInt(1, 4)));
            purposes.sort(Comparator.naturalOrder());
            ImmutableRelation.Builder relation = Relation.builder()
                    .addBetween(a.getId(), b.getId())
                    .form(Draws.weighted(random, forms, formWeights))
                    .addAllPurposes(purposes);
            LocalDate earliest = Stream.of(Optional.of(FIRST_PARTNERSHIPS), a.getActiveFrom(), b.getActiveFrom(),
                    a.getFamily().activeFrom(), b.getFamily().activeFrom()).flatMap(Optional::stream)
                    .max(Comparator.naturalOrder()).orElseThrow();
            if (configuration == Configuration.LOCAL_COMMON_CAUSE && earliest.isBefore(start)
                    && Draws.chance(random, 0.85)) {
                relation.since(Draws.date(random, earliest, start.minusDays(1)));
            } else if (Draws.chance(random, 0.7)) {
                relation.since(Draws.date(random, start, last));
            }
            relations.add(relation.build());
        }
        return relations;
    }

    private static void inject(ImmutableCooperation.Builder cooperation, Violation violation, List<Operator> chosen,
            List<Relation> relations, LocalDate start, SplittableRandom random) {
        switch (violation) {
            case SINGLE_OPERATOR -> cooperation.operators(List.of(chosen.get(0).toRef(), chosen.get(0).toRef()))
                    .relations(List.of());
            case RELATION_WITH_ITSELF -> {
                List<Relation> changed = new ArrayList<>(relations);
                String id = chosen.get(0).getId();
                changed.set(0, Relation.builder().from(relations.get(0)).between(List.of(id, id)).build());
                cooperation.relations(changed);
            }
            case COOPERATION_END_BEFORE_START -> cooperation.endDate(start.minusDays(random.nextInt(1, 366)))
                    .relations(relations.stream().map(r -> Relation.builder().from(r).since(Optional.empty()).build())
                            .toList());
            case COOPERATION_WITH_UNKNOWN_OPERATOR -> {
                OperatorFamily family = Draws.one(random, Arrays.stream(OperatorFamily.values())
                        .filter(f -> f.isActiveOn(start)).toList());
                cooperation.addOperators(OperatorRef.of(OperatorFactory.unknownId(family, random), family));
            }
            default -> throw new IllegalArgumentException(violation + " is not a cooperation violation");
        }
    }
}
