package org.cepkit.analysis.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.LeftOut;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
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
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.CogDepartement;
import org.cepkit.rules.territory.CogEpci;
import org.cepkit.rules.territory.CogRegion;
import org.cepkit.rules.territory.Referential;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * One set of records being gathered into networks: operators and cooperations kept, pathways reduced to their
 * referral counts between operators. Not thread-safe: feed it from one thread.
 */
public final class NetworkSurvey {

    /** Freeman centralisation from which declared ties read as a star around one operator. */
    static final double STAR = 0.6;
    /** Density from which declared ties read as dense. */
    static final double DENSE = 0.6;

    private final Referential referential;
    private final Map<String, Operator> operators = new LinkedHashMap<>();
    private final List<Cooperation> cooperations = new ArrayList<>();
    /** Referral counts by purpose, from one operator id to another. */
    private final Map<String, Map<String, long[]>> referrals = new HashMap<>();
    /** The family each operator id is referred to with, for the operators the input does not register. */
    private final Map<String, OperatorFamily> referredFamilies = new HashMap<>();
    private final LeftOut.Counter leftOut = new LeftOut.Counter();

    NetworkSurvey(Referential referential) {
        this.referential = referential;
    }

    /**
     * Takes a record: an operator or a cooperation is kept, a pathway's referrals are counted (the pathway itself
     * is not kept). The caller leaves out the records with an ERROR and tells {@link #leaveOut}.
     */
    public void add(CepRecord record) {
        Objects.requireNonNull(record, "record");
        if (record instanceof Operator operator) {
            operators.putIfAbsent(operator.getId(), operator);
        } else if (record instanceof Cooperation cooperation) {
            cooperations.add(cooperation);
            cooperation.getOperators().forEach(this::remember);
        } else if (record instanceof Pathway pathway) {
            remember(pathway.getOperator());
            for (Referral referral : pathway.getReferrals()) {
                remember(referral.getTo());
                referrals.computeIfAbsent(pathway.getOperator().getId(), id -> new HashMap<>())
                        .computeIfAbsent(referral.getTo().getId(), id -> new long[CooperationPurpose.values().length])
                        [referral.getPurpose().ordinal()]++;
            }
        } else {
            leftOut.add(Exclusion.OTHER_TYPE);
        }
    }

    /** Counts a record the caller left out, for {@code reason}. */
    public void leaveOut(Exclusion reason) {
        leftOut.add(reason);
    }

    /** Counts {@code count} records the caller left out, for {@code reason}. */
    public void leaveOut(Exclusion reason, long count) {
        leftOut.add(reason, count);
    }

    private void remember(OperatorRef ref) {
        referredFamilies.putIfAbsent(ref.getId(), ref.getFamily());
    }

    /** The networks of what was gathered so far. */
    public NetworkReport report() {
        Map<String, Entry> territories = new TreeMap<>();
        for (Operator operator : operators.values()) {
            for (Site site : operator.getSites()) {
                TerritoryArea.current(site.getCommune(), referential).ifPresent(commune -> {
                    commune.departement().flatMap(referential::departement).ifPresent(d -> territory(territories,
                            TerritoryKind.DEPARTEMENT, d.code().value(), Optional.of(d.name()), List.of()));
                    commune.region().flatMap(referential::region).ifPresent(r -> territory(territories,
                            TerritoryKind.REGION, r.code().value(), Optional.of(r.name()), List.of()));
                });
            }
        }
        for (Cooperation cooperation : cooperations) {
            Territory declared = cooperation.getTerritory();
            Optional<String> name = declared.getName().or(() -> officialName(declared.getKind(), declared.getCode()));
            Entry own = territory(territories, declared.getKind(), declared.getCode(), name,
                    declared.getCommunes());
            own.declaredOn.add(cooperation);
            own.contributing.add(cooperation);
            TerritoryArea.of(declared, referential).ifPresent(area -> {
                area.withinDepartement().ifPresent(d -> contribute(territories, TerritoryKind.DEPARTEMENT, d.value(),
                        cooperation, own));
                area.withinRegion().ifPresent(r -> contribute(territories, TerritoryKind.REGION, r.value(),
                        cooperation, own));
            });
        }
        List<TerritoryNetwork> networks = new ArrayList<>();
        for (Entry territory : territories.values()) {
            networks.add(network(territory));
        }
        networks.sort(Comparator.comparing(TerritoryNetwork::territory, TerritoryRef.ORDER));
        return new NetworkReport(networks, leftOut.snapshot());
    }

    private Optional<String> officialName(TerritoryKind kind, String code) {
        return switch (kind) {
            case DEPARTEMENT -> referential.departement(code).map(CogDepartement::name);
            case REGION -> referential.region(code).map(CogRegion::name);
            case COMMUNE -> referential.commune(code).map(CogCommune::name);
            case EPCI -> referential.epci(code).map(CogEpci::name);
            case LOCAL_AREA, EMPLOYMENT_ZONE -> Optional.empty();
        };
    }

    private static void contribute(Map<String, Entry> territories, TerritoryKind kind, String code,
            Cooperation cooperation, Entry own) {
        Entry container = territories.get(kind.name() + ":" + code);
        if (container != null && container != own) {
            container.contributing.add(cooperation);
        }
    }

    private Entry territory(Map<String, Entry> territories, TerritoryKind kind, String code,
            Optional<String> name, List<CommuneCode> communes) {
        return territories.computeIfAbsent(kind.name() + ":" + code, key -> new Entry(
                new TerritoryRef(kind, code, name), TerritoryArea.of(kind, code, communes, referential)));
    }

    /** A territory being built: its area, and the cooperations on it or inside it. */
    private static final class Entry {
        final TerritoryRef ref;
        final Optional<TerritoryArea> area;
        final List<Cooperation> declaredOn = new ArrayList<>();
        final Set<Cooperation> contributing = new LinkedHashSet<>();

        Entry(TerritoryRef ref, Optional<TerritoryArea> area) {
            this.ref = ref;
            this.area = area;
        }
    }

    private TerritoryNetwork network(Entry territory) {
        Map<String, Boolean> nodes = new TreeMap<>();
        territory.area.ifPresent(area -> {
            for (Operator operator : operators.values()) {
                if (area.isPresent(operator, referential)) {
                    nodes.put(operator.getId(), true);
                }
            }
        });
        for (Cooperation cooperation : territory.contributing) {
            for (OperatorRef ref : cooperation.getOperators()) {
                nodes.putIfAbsent(ref.getId(), false);
            }
        }
        Map<OperatorPair, DeclaredBuilder> declared = new TreeMap<>();
        for (Cooperation cooperation : territory.contributing) {
            for (Relation relation : cooperation.getRelations()) {
                String a = relation.getBetween().get(0);
                String b = relation.getBetween().get(1);
                if (!a.equals(b) && nodes.containsKey(a) && nodes.containsKey(b)) {
                    declared.computeIfAbsent(OperatorPair.of(a, b), p -> new DeclaredBuilder()).add(relation,
                            cooperation.getId());
                }
            }
        }
        Map<OperatorPair, ObservedTie> observed = observedTies(nodes.keySet());
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.keySet().forEach(graph::addVertex);
        declared.keySet().forEach(pair -> graph.addEdge(pair.first(), pair.second()));
        observed.keySet().forEach(pair -> graph.addEdge(pair.first(), pair.second()));
        Map<String, Double> betweenness = new BetweennessCentrality<>(graph, true).getScores();

        List<NetworkOperator> members = new ArrayList<>();
        Set<OperatorFamily> families = EnumSet.noneOf(OperatorFamily.class);
        List<String> isolates = new ArrayList<>();
        for (Map.Entry<String, Boolean> node : nodes.entrySet()) {
            String id = node.getKey();
            Operator registered = operators.get(id);
            OperatorFamily family = registered != null ? registered.getFamily() : referredFamilies.get(id);
            int degree = graph.degreeOf(id);
            members.add(new NetworkOperator(id, Optional.ofNullable(registered).map(Operator::getName), family,
                    node.getValue(), degree, betweenness.getOrDefault(id, 0.0)));
            if (node.getValue()) {
                families.add(family);
                if (degree == 0) {
                    isolates.add(id);
                }
            }
        }
        List<OperatorFamily> missing = TerritoryNetwork.CURRENT_FAMILIES.stream().filter(f -> !families.contains(f))
                .toList();
        List<DeclaredTie> declaredTies = new ArrayList<>();
        declared.forEach((pair, tie) -> declaredTies.add(tie.build(pair)));
        Set<CooperationPurpose> purposes = EnumSet.noneOf(CooperationPurpose.class);
        declaredTies.forEach(tie -> purposes.addAll(tie.purposes()));
        for (ObservedTie tie : observed.values()) {
            for (CooperationPurpose purpose : CooperationPurpose.values()) {
                if (tie.firstToSecond().get(purpose) + tie.secondToFirst().get(purpose) > 0) {
                    purposes.add(purpose);
                }
            }
        }
        List<OperatorPair> declaredNotObserved = declared.keySet().stream().filter(p -> !observed.containsKey(p))
                .toList();
        List<OperatorPair> observedNotDeclared = observed.keySet().stream().filter(p -> !declared.containsKey(p))
                .toList();
        Map<String, Partner> partners = new TreeMap<>();
        Map<String, Partner> animators = new TreeMap<>();
        for (Cooperation cooperation : territory.contributing) {
            cooperation.getPartners().forEach(p -> partners.putIfAbsent(p.getKind() + "\u0000" + p.getName(), p));
            cooperation.getContext().flatMap(Context::getAnimator)
                    .ifPresent(p -> animators.putIfAbsent(p.getKind() + "\u0000" + p.getName(), p));
        }
        List<ConfigurationEvidence> evidence = territory.declaredOn.stream()
                .sorted(Comparator.comparing(Cooperation::getId)).map(this::evidence).toList();
        return new TerritoryNetwork(territory.ref, members, declaredTies, List.copyOf(observed.values()),
                List.copyOf(families), missing, Centralization.density(graph), Centralization.degree(graph),
                new ConnectivityInspector<>(graph).connectedSets().size(), isolates, share(declaredTies.stream()
                        .filter(DeclaredTie::isFormal).count(), declaredTies.size()), List.copyOf(purposes),
                share(observed.values().stream().filter(ObservedTie::isReciprocal).count(), observed.size()),
                declaredNotObserved, observedNotDeclared, List.copyOf(partners.values()),
                List.copyOf(animators.values()), evidence);
    }

    /** The ties that referrals show between the operators of {@code nodes}, by pair. */
    private Map<OperatorPair, ObservedTie> observedTies(Set<String> nodes) {
        Map<OperatorPair, long[][]> counts = new TreeMap<>();
        for (String from : nodes) {
            Map<String, long[]> targets = referrals.get(from);
            if (targets == null) {
                continue;
            }
            targets.forEach((to, byPurpose) -> {
                if (!to.equals(from) && nodes.contains(to)) {
                    OperatorPair pair = OperatorPair.of(from, to);
                    counts.computeIfAbsent(pair, p -> new long[2][])[from.equals(pair.first()) ? 0 : 1] = byPurpose;
                }
            });
        }
        Map<OperatorPair, ObservedTie> ties = new TreeMap<>();
        counts.forEach((pair, directions) -> ties.put(pair, new ObservedTie(pair.first(), pair.second(),
                byPurpose(directions[0]), byPurpose(directions[1]))));
        return ties;
    }

    private static Map<CooperationPurpose, Long> byPurpose(long[] counts) {
        Map<CooperationPurpose, Long> result = new EnumMap<>(CooperationPurpose.class);
        for (CooperationPurpose purpose : CooperationPurpose.values()) {
            result.put(purpose, counts == null ? 0 : counts[purpose.ordinal()]);
        }
        return result;
    }

    private ConfigurationEvidence evidence(Cooperation cooperation) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        cooperation.getOperators().forEach(ref -> graph.addVertex(ref.getId()));
        Set<OperatorPair> formal = new TreeSet<>();
        int withSince = 0;
        int predating = 0;
        for (Relation relation : cooperation.getRelations()) {
            String a = relation.getBetween().get(0);
            String b = relation.getBetween().get(1);
            if (a.equals(b) || !graph.containsVertex(a) || !graph.containsVertex(b)) {
                continue;
            }
            graph.addEdge(a, b);
            if (DeclaredTie.isFormal(relation.getForm())) {
                formal.add(OperatorPair.of(a, b));
            }
            if (relation.getSince().isPresent()) {
                withSince++;
                predating += relation.getSince().get().isBefore(cooperation.getStartDate()) ? 1 : 0;
            }
        }
        int ties = graph.edgeSet().size();
        long observedTies = graph.edgeSet().stream().filter(edge -> {
            String a = graph.getEdgeSource(edge);
            String b = graph.getEdgeTarget(edge);
            return referred(a, b) || referred(b, a);
        }).count();
        int maxDegree = graph.vertexSet().stream().mapToInt(graph::degreeOf).max().orElse(0);
        ConfigurationEvidence.Structure structure = new ConfigurationEvidence.Structure(graph.vertexSet().size(),
                ties, Centralization.density(graph), Centralization.degree(graph), maxDegree,
                share(formal.size(), ties), share(predating, withSince), share(observedTies, ties));
        Optional<Context> context = cooperation.getContext();
        Optional<RegionalEngagement> engagement = context.flatMap(Context::getRegionalEngagement);
        Optional<PriorProximity> proximity = context.flatMap(Context::getPriorProximity);
        Optional<String> issue = context.flatMap(Context::getFederatingIssue);
        Optional<Partner> animator = context.flatMap(Context::getAnimator);
        boolean sproAnimator = animator.map(a -> a.getKind() == PartnerKind.CITE_DES_METIERS
                || a.getKind() == PartnerKind.REGION).orElse(false);
        List<ConfigurationEvidence.Signal> signals = List.of(
                signal(Configuration.REGION_LED_LOCAL_SERVICE, "spro-animator", Optional.of(sproAnimator)),
                signal(Configuration.REGION_LED_LOCAL_SERVICE, "strong-regional-engagement",
                        engagement.map(e -> e == RegionalEngagement.STRONG)),
                signal(Configuration.REGION_LED_LOCAL_SERVICE, "star", at(structure.degreeCentralization(), STAR)),
                signal(Configuration.LOCAL_COMMON_CAUSE, "federating-issue", Optional.of(issue.isPresent())),
                signal(Configuration.LOCAL_COMMON_CAUSE, "long-standing-proximity",
                        proximity.map(p -> p == PriorProximity.LONG_STANDING)),
                signal(Configuration.LOCAL_COMMON_CAUSE, "dense-ties", at(structure.density(), DENSE)),
                signal(Configuration.LOCAL_COMMON_CAUSE, "ties-predate-cooperation",
                        at(structure.tiesPredatingCooperation(), 0.5)),
                signal(Configuration.REGION_WITHDRAWN, "no-spro-animator", Optional.of(!sproAnimator)),
                signal(Configuration.REGION_WITHDRAWN, "weak-regional-engagement",
                        engagement.map(e -> e == RegionalEngagement.WEAK)),
                signal(Configuration.REGION_WITHDRAWN, "bilateral-ties", Optional.of(ties > 0 && maxDegree <= 1)),
                signal(Configuration.REGION_WITHDRAWN, "informal-ties",
                        structure.formalisation().isPresent() ? Optional.of(structure.formalisation().getAsDouble() < 0.5)
                                : Optional.empty()));
        return new ConfigurationEvidence(cooperation.getId(), cooperation.getConfiguration(), context, structure,
                signals);
    }

    private boolean referred(String from, String to) {
        Map<String, long[]> targets = referrals.get(from);
        return targets != null && targets.containsKey(to);
    }

    private static ConfigurationEvidence.Signal signal(Configuration configuration, String name,
            Optional<Boolean> observed) {
        return new ConfigurationEvidence.Signal(configuration, name, observed);
    }

    private static Optional<Boolean> at(OptionalDouble value, double threshold) {
        return value.isPresent() ? Optional.of(value.getAsDouble() >= threshold) : Optional.empty();
    }

    private static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(part / (double) whole);
    }

    /** Every relation declared between one pair, gathered. */
    private static final class DeclaredBuilder {
        private final Set<RelationForm> forms = EnumSet.noneOf(RelationForm.class);
        private final Set<CooperationPurpose> purposes = EnumSet.noneOf(CooperationPurpose.class);
        private final Set<String> cooperations = new TreeSet<>();
        private LocalDate since;

        void add(Relation relation, String cooperation) {
            forms.add(relation.getForm());
            purposes.addAll(relation.getPurposes());
            cooperations.add(cooperation);
            relation.getSince().ifPresent(date -> since = since == null || date.isBefore(since) ? date : since);
        }

        DeclaredTie build(OperatorPair pair) {
            return new DeclaredTie(pair.first(), pair.second(), List.copyOf(forms), List.copyOf(purposes),
                    Optional.ofNullable(since), List.copyOf(cooperations));
        }
    }
}
