package org.cepkit.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.cepkit.cli.generate.Places.Place;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.ImmutableSite;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.CommuneLookup;
import org.cepkit.rules.territory.Referential;

/**
 * Builds the operators of a dataset: in each région of {@link Places#REGIONS}, Missions locales, France Travail
 * agencies, Cap emploi, Apec centres and, for the years 2015 to 2019, a Fongecif and an operator the Région
 * designated (a CIBC, a centre interinstitutionnel de bilan de compétences, say); and for each regional lot of
 * France compétences' market (La Réunion and Mayotte share one), a regional operator from 2020, replaced in
 * some lots by another from 2024.
 */
final class OperatorFactory {

    private static final Referential COG = Referential.embedded();

    /** The CEP itself, from the first cahier des charges. */
    static final LocalDate CEP_START = LocalDate.of(2015, 1, 1);
    /** The regional operators selected by France compétences, after the Opacif/Fongecif. */
    static final LocalDate REGIONAL_START = LocalDate.of(2020, 1, 1);
    private static final LocalDate OPACIF_END = LocalDate.of(2019, 12, 31);
    private static final LocalDate SECOND_MARKET = LocalDate.of(2024, 1, 1);

    private static final Set<String> LARGE_REGIONS = Set.of("11", "84", "76", "32");
    private static final List<List<String>> REGIONAL_LOTS = List.of(List.of("11"), List.of("84"), List.of("76"),
            List.of("32"), List.of("94"), List.of("04", "06"), List.of("01"));
    /** Départements of régions the generator does not populate, for operator ids that no operator has. */
    private static final List<String> ELSEWHERE = List.of("13", "21", "29", "33", "35", "44", "57", "67");
    private static final List<String> REGIONAL_BRANDS = List.of("Trajectoires Actifs", "Évolution Pro Conseil",
            "Parcours Compétences", "Horizons Transitions", "Avenir Actifs Conseil", "Cap Mobilités Pro");

    private final Places places;
    private final LocalDate referenceDate;
    private final Map<String, Integer> sequences = new HashMap<>();
    private final Set<String> chefLieuTaken = new HashSet<>();
    private int franceTravailEstablishments;
    private int apecEstablishments;

    OperatorFactory(Places places, LocalDate referenceDate) {
        this.places = places;
        this.referenceDate = referenceDate;
    }

    /**
     * How many operators of a local family a large région has: 1 up to 10 pathways, then one more for each
     * factor of about 30, up to 5 from 1,000,000 pathways.
     */
    static int perFamily(long pathways) {
        int magnitude = Long.toString(Math.max(1, pathways)).length() - 1;
        return Math.min(5, 1 + magnitude * 2 / 3);
    }

    /** The prefix of the family's operator ids: {@code ml-2a-001}, {@code rop-r04-001}. */
    static String prefix(OperatorFamily family) {
        return switch (family) {
            case FRANCE_TRAVAIL -> "ft";
            case APEC -> "apec";
            case CAP_EMPLOI -> "cap";
            case MISSION_LOCALE -> "ml";
            case REGIONAL_OPERATOR -> "rop";
            case OPACIF_FONGECIF -> "fongecif";
            case REGION_DESIGNATED_OPERATOR -> "crd";
        };
    }

    /** An operator id of that family that no generated operator has: its département is in no generated région. */
    static String unknownId(OperatorFamily family, SplittableRandom random) {
        return prefix(family) + "-" + Draws.one(random, ELSEWHERE) + "-" + String.format("%03d", random.nextInt(1, 20));
    }

    OperatorSet build(SplittableRandom random, long pathways) {
        int large = perFamily(pathways);
        String franceTravail = Codes.siren(random);
        String apec = Codes.siren(random);
        List<Operator> operators = new ArrayList<>();
        for (RegionCode region : Places.REGIONS) {
            boolean mayotte = region.value().equals("06");
            int local = LARGE_REGIONS.contains(region.value()) ? large : mayotte ? 1 : Math.min(large, 2);
            int few = LARGE_REGIONS.contains(region.value()) ? (large + 1) / 2 : 1;
            List<DepartementCode> departements = Draws.distinct(random, Places.departements(region),
                    Integer.MAX_VALUE);
            local(operators, OperatorFamily.MISSION_LOCALE, local, departements, null, random);
            local(operators, OperatorFamily.FRANCE_TRAVAIL, local, departements, franceTravail, random);
            local(operators, OperatorFamily.CAP_EMPLOI, few, departements, null, random);
            local(operators, OperatorFamily.APEC, few, departements, apec, random);
            if (!mayotte) {
                local(operators, OperatorFamily.OPACIF_FONGECIF, 1, List.of(Places.capital(region)), null, random);
                local(operators, OperatorFamily.REGION_DESIGNATED_OPERATOR, 1, List.of(Places.capital(region)), null,
                        random);
            }
            for (List<String> lot : REGIONAL_LOTS) {
                if (lot.get(0).equals(region.value())) {
                    regional(operators, lot.stream().map(RegionCode::parse).toList(), random);
                }
            }
        }
        return new OperatorSet(operators);
    }

    private void local(List<Operator> operators, OperatorFamily family, int count, List<DepartementCode> departements,
            String networkSiren, SplittableRandom random) {
        for (int i = 0; i < count; i++) {
            DepartementCode departement = departements.get(i % departements.size());
            boolean historical = family == OperatorFamily.OPACIF_FONGECIF
                    || family == OperatorFamily.REGION_DESIGNATED_OPERATOR;
            String id = nextId(family, historical ? "r" + departement.region().value()
                    : departement.value().toLowerCase(Locale.ROOT));
            int siteCount = switch (family) {
                case MISSION_LOCALE -> random.nextInt(1, 4);
                case FRANCE_TRAVAIL, CAP_EMPLOI, OPACIF_FONGECIF -> random.nextInt(1, 3);
                default -> 1;
            };
            List<Place> places = new ArrayList<>();
            places.add(chefLieuTaken.add(family + departement.value()) ? Places.chefLieu(departement)
                    : new Place(this.places.commune(random, departement, 1.0), Optional.empty()));
            for (int attempt = 0; places.size() < siteCount && attempt < 100; attempt++) {
                CogCommune commune = this.places.commune(random, departement, 0.6);
                if (places.stream().noneMatch(p -> p.commune().equals(commune))) {
                    places.add(new Place(commune, Optional.empty()));
                }
            }
            String town = places.get(0).commune().name();
            String name = switch (family) {
                case MISSION_LOCALE -> "Mission locale " + Places.of(town);
                case FRANCE_TRAVAIL -> "France Travail " + town;
                case CAP_EMPLOI -> "Cap emploi " + COG.departement(departement).orElseThrow().name();
                case APEC -> "Apec " + town;
                case OPACIF_FONGECIF -> "Fongecif " + COG.region(departement.region()).orElseThrow().name();
                case REGION_DESIGNATED_OPERATOR -> "CIBC " + COG.region(departement.region()).orElseThrow().name()
                        + " – opérateur régional du CEP";
                case REGIONAL_OPERATOR -> throw new IllegalArgumentException("not a local family");
            };
            ImmutableOperator.Builder operator = Operator.builder().id(id).family(family).name(name)
                    .addAllSites(sites(id, places, switch (family) {
                        case FRANCE_TRAVAIL -> "Agence";
                        case APEC -> "Centre Apec";
                        default -> "Antenne";
                    }, random));
            if (Draws.chance(random, 0.85)) {
                operator.siret(networkSiren == null ? Codes.siret(random)
                        : Codes.siret(networkSiren, family == OperatorFamily.APEC ? ++apecEstablishments
                                : ++franceTravailEstablishments));
            }
            if (historical) {
                operator.activeFrom(CEP_START).activeTo(OPACIF_END);
            }
            operators.add(operator.build());
        }
    }

    private void regional(List<Operator> operators, List<RegionCode> lot, SplittableRandom random) {
        boolean replaced = !referenceDate.isBefore(SECOND_MARKET.plusMonths(6)) && Draws.chance(random, 0.5);
        operators.add(regionalOperator(lot, REGIONAL_START, replaced ? SECOND_MARKET.minusDays(1) : null, random));
        if (replaced) {
            operators.add(regionalOperator(lot, SECOND_MARKET, null, random));
        }
    }

    private Operator regionalOperator(List<RegionCode> lot, LocalDate from, LocalDate to, SplittableRandom random) {
        String id = nextId(OperatorFamily.REGIONAL_OPERATOR, "r" + lot.get(0).value());
        List<Place> places = new ArrayList<>();
        for (RegionCode region : lot) {
            places.add(Places.chefLieu(Places.capital(region)));
        }
        int extra = random.nextInt(1, 3);
        for (int i = 0; i < extra; i++) {
            DepartementCode departement = Draws.one(random, Places.departements(Draws.one(random, lot)));
            CogCommune commune = this.places.commune(random, departement, 1.0);
            if (places.stream().noneMatch(p -> p.commune().equals(commune))) {
                places.add(new Place(commune, Optional.empty()));
            }
        }
        String regions = lot.stream().map(r -> COG.region(r).orElseThrow().name())
                .collect(Collectors.joining(" et "));
        ImmutableOperator.Builder operator = Operator.builder().id(id).family(OperatorFamily.REGIONAL_OPERATOR)
                .name(Draws.one(random, REGIONAL_BRANDS) + " – CEP des actifs occupés " + regions)
                .siret(Codes.siret(random))
                .coverage(lot)
                .addAllSites(sites(id, places, "Permanence", random))
                .activeFrom(from);
        if (to != null) {
            operator.activeTo(to);
        }
        return operator.build();
    }

    /** The sites at those places: a seat then antennas, or, for France Travail and the Apec, agencies and centres. */
    private static List<Site> sites(String operatorId, List<Place> places, String kind, SplittableRandom random) {
        boolean seat = kind.equals("Antenne") || kind.equals("Permanence");
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            ImmutableSite.Builder site = Site.builder()
                    .id(operatorId + "-s" + (i + 1))
                    .name(i == 0 && seat ? "Siège" : kind + " " + Places.of(place.commune().name()))
                    .commune(place.commune().code())
                    .addModes(DeliveryMode.IN_PERSON);
            place.postalCode().ifPresent(site::postalCode);
            if (Draws.chance(random, 0.5)) {
                site.addModes(DeliveryMode.REMOTE);
            }
            sites.add(site.build());
        }
        return sites;
    }

    private String nextId(OperatorFamily family, String area) {
        String key = prefix(family) + "-" + area;
        int next = sequences.merge(key, 1, Integer::sum);
        return key + "-" + String.format("%03d", next);
    }

    /** The operator with {@code violation} injected; the rest of the dataset still refers to it safely. */
    static Operator inject(Operator operator, Violation violation, SplittableRandom random) {
        return switch (violation) {
            case REGIONAL_OPERATOR_WITHOUT_COVERAGE -> Operator.builder().from(operator).coverage(List.of()).build();
            case REGIONAL_OPERATOR_BEFORE_2020 -> Operator.builder().from(operator)
                    .activeFrom(Draws.date(random, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).build();
            case SITE_IN_UNKNOWN_COMMUNE -> Operator.builder().from(operator)
                    .addSites(Site.builder().id(operator.getId() + "-s" + (operator.getSites().size() + 1))
                            .commune(unknownCommune(OperatorSet.home(operator), random))
                            .addModes(DeliveryMode.IN_PERSON).build())
                    .build();
            default -> throw new IllegalArgumentException(violation + " is not an operator violation");
        };
    }

    /** A well-formed commune code of the département that the COG knows neither as current nor as former. */
    private static CommuneCode unknownCommune(DepartementCode departement, SplittableRandom random) {
        while (true) {
            String code = departement.isOverseas()
                    ? departement.value() + String.format("%02d", random.nextInt(50, 100))
                    : departement.value() + String.format("%03d", random.nextInt(900, 1000));
            if (COG.lookup(code).status() == CommuneLookup.Status.UNKNOWN) {
                return CommuneCode.parse(code);
            }
        }
    }
}
