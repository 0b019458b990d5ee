package org.cepkit.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.territory.Referential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a valid generated dataset looks like: the publics, places, dates and configurations of the domain. */
class GeneratedDataTest {

    private static final Referential COG = Referential.embedded();

    private static final LocalDate REFERENCE_DATE = Generated.REFERENCE_DATE;
    private static final LocalDate CDC_2019 = LocalDate.of(2020, 1, 1);

    private static List<Operator> operators;
    private static Map<String, Operator> operatorsById;
    private static List<Pathway> pathways;
    private static List<Cooperation> cooperations;

    @BeforeAll
    static void generate() {
        Generated generated = Generated.of(2026, 0, 5_000);
        operators = generated.records(Operator.class);
        operatorsById = operators.stream().collect(Collectors.toMap(Operator::getId, Function.identity()));
        pathways = generated.records(Pathway.class);
        cooperations = generated.records(Cooperation.class);
    }

    @Test
    void operatorsOfEveryFamilyHaveSitesInEightRegions() {
        assertThat(operators.stream().map(Operator::getFamily).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OperatorFamily.values());
        Set<String> regions = sites().map(s -> s.getCommune().region().orElseThrow().value()).collect(Collectors.toSet());
        assertThat(regions).containsExactlyInAnyOrder("11", "84", "76", "32", "94", "04", "06", "01");
        Set<String> departements = sites().map(s -> s.getCommune().departement().orElseThrow().value())
                .collect(Collectors.toSet());
        assertThat(departements).contains("2A", "2B", "974", "976", "971");
        assertThat(sites()).allSatisfy(site -> assertThat(COG.commune(site.getCommune().value()).isPresent())
                .as(site.getId()).isTrue());
        assertThat(sites().filter(site -> site.getPostalCode().isPresent())).isNotEmpty();
    }

    @Test
    void operatorIdsNameTheirFamilyAndArea() {
        assertThat(operators).allSatisfy(operator -> assertThat(operator.getId())
                .matches("(ml|ft|cap|apec)-(\\d{2}|2a|2b|97\\d)-\\d{3}|(rop|fongecif|crd)-r\\d{2}-\\d{3}"));
        assertThat(operators).extracting(Operator::getId).doesNotHaveDuplicates();
    }

    @Test
    void operatorCountGrowsMildlyWithThePathways() {
        assertThat(OperatorFactory.perFamily(0)).isEqualTo(1);
        assertThat(OperatorFactory.perFamily(10)).isEqualTo(1);
        assertThat(OperatorFactory.perFamily(100)).isEqualTo(2);
        assertThat(OperatorFactory.perFamily(1_000)).isEqualTo(3);
        assertThat(OperatorFactory.perFamily(100_000)).isEqualTo(4);
        assertThat(OperatorFactory.perFamily(1_000_000)).isEqualTo(5);
        assertThat(OperatorFactory.perFamily(1_000_000_000)).isEqualTo(5);
        assertThat(operators.size()).isBetween(50, 300);
    }

    @Test
    void regionalOperatorsCoverTheirRegionsFrom2020AndOpacifsEndIn2019() {
        List<Operator> regional = ofFamily(OperatorFamily.REGIONAL_OPERATOR);
        assertThat(regional).allSatisfy(operator -> {
            assertThat(operator.getCoverage()).isNotEmpty();
            assertThat(operator.getActiveFrom()).hasValueSatisfying(from -> assertThat(from).isAfterOrEqualTo(CDC_2019));
            assertThat(operator.getSites()).allSatisfy(site -> assertThat(operator.getCoverage())
                    .contains(site.getCommune().region().orElseThrow()));
        });
        assertThat(regional.stream().flatMap(o -> o.getCoverage().stream()).map(RegionCode::value))
                .contains("04", "06");
        assertThat(ofFamily(OperatorFamily.OPACIF_FONGECIF)).allSatisfy(operator -> assertThat(operator.getActiveTo())
                .contains(LocalDate.of(2019, 12, 31)));
    }

    @Test
    void operatorsDesignatedByTheRegionsServeFrom2015To2019() {
        assertThat(ofFamily(OperatorFamily.REGION_DESIGNATED_OPERATOR)).isNotEmpty().allSatisfy(operator -> {
            assertThat(operator.getActiveFrom()).contains(LocalDate.of(2015, 1, 1));
            assertThat(operator.getActiveTo()).contains(LocalDate.of(2019, 12, 31));
        });
        assertThat(ofFamilyPathways(OperatorFamily.REGION_DESIGNATED_OPERATOR)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getStartDate()).isBefore(CDC_2019));
    }

    @Test
    void outcomesAreObservedAfterTheEndOfClosedPathways() {
        List<Pathway> observed = pathways.stream().filter(p -> p.getOutcome().isPresent()).toList();
        assertThat(observed).hasSizeGreaterThan(pathways.size() / 10).allSatisfy(p -> {
            assertThat(p.getEndDate()).isPresent();
            assertThat(p.getOutcome().orElseThrow().getObservedOn()).isBetween(p.getEndDate().orElseThrow(),
                    REFERENCE_DATE);
        });
        assertThat(observed.stream().map(p -> p.getOutcome().orElseThrow().getSituation()).distinct())
                .containsExactlyInAnyOrder(OutcomeSituation.values());
    }

    @Test
    void cooperationsJoinOperatorsOfAtLeastTwoFamilies() {
        assertThat(cooperations).isNotEmpty().allSatisfy(c -> assertThat(c.getOperators().stream()
                .map(OperatorRef::getFamily).distinct().count()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void datesAreWithinTheCepYearsAndSpecificationsFollowThem() {
        assertThat(pathways).allSatisfy(pathway -> {
            LocalDate start = pathway.getStartDate();
            assertThat(start).isBetween(LocalDate.of(2015, 1, 1), REFERENCE_DATE);
            assertThat(pathway.getSpecification())
                    .isEqualTo(start.isBefore(CDC_2019) ? Specification.CDC_2014 : Specification.CDC_2019);
            LocalDate last = pathway.getEndDate().orElse(REFERENCE_DATE);
            assertThat(last).isBetween(start, REFERENCE_DATE);
            assertThat(pathway.getServices()).hasSizeBetween(1, 4)
                    .allSatisfy(s -> assertThat(s.getDate()).isBetween(start, last));
            pathway.getReferrals().forEach(r -> assertThat(r.getDate()).isBetween(start, last));
            pathway.getActionPlan().ifPresent(p -> assertThat(p.getDeliveredOn()).isBetween(start, last));
        });
        assertThat(pathways).filteredOn(p -> p.getEndDate().isEmpty()).isNotEmpty();
        assertThat(pathways).filteredOn(p -> p.getServices().stream().map(Service::getLevel)
                .anyMatch(ServiceLevel.LEVEL_3::equals)).allSatisfy(p -> assertThat(p.getSpecification())
                .isEqualTo(Specification.CDC_2014)).isNotEmpty();
    }

    @Test
    void missionsLocalesServeYoungPeople() {
        assertThat(ofFamilyPathways(OperatorFamily.MISSION_LOCALE)).allSatisfy(pathway -> {
            Beneficiary b = pathway.getBeneficiary();
            boolean extended = b.isDisabilityRecognition()
                    && !pathway.getStartDate().isBefore(LocalDate.of(2022, 3, 1));
            assertThat(b.ageAt(pathway.getStartDate())).isBetween(16, extended ? 29 : 25);
            assertThat(b.getStatus()).isIn(BeneficiaryStatus.JOBSEEKER, BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE,
                    BeneficiaryStatus.STUDENT, BeneficiaryStatus.PRIVATE_EMPLOYEE);
        });
        assertThat(ofFamilyPathways(OperatorFamily.MISSION_LOCALE))
                .anyMatch(p -> p.getBeneficiary().ageAt(p.getStartDate()) > 25);
    }

    @Test
    void franceTravailServesMostlyJobSeekersOfWorkingAge() {
        List<Pathway> franceTravail = ofFamilyPathways(OperatorFamily.FRANCE_TRAVAIL);
        assertThat(franceTravail).allSatisfy(p -> assertThat(p.getBeneficiary().ageAt(p.getStartDate()))
                .isBetween(18, 64));
        long jobseekers = franceTravail.stream()
                .filter(p -> p.getBeneficiary().getStatus() == BeneficiaryStatus.JOBSEEKER).count();
        assertThat(jobseekers).isGreaterThan(franceTravail.size() * 85L / 100);
    }

    @Test
    void apecCapEmploiAndRegionalOperatorsServeTheirPublics() {
        assertThat(ofFamilyPathways(OperatorFamily.APEC)).isNotEmpty().allSatisfy(p -> assertThat(
                p.getBeneficiary().isExecutive()
                        || p.getBeneficiary().getQualificationLevel().compareTo(QualificationLevel.LEVEL_6) >= 0)
                .isTrue());
        assertThat(ofFamilyPathways(OperatorFamily.CAP_EMPLOI)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getBeneficiary().isDisabilityRecognition()).isTrue());
        assertThat(ofFamilyPathways(OperatorFamily.REGIONAL_OPERATOR)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getBeneficiary().getStatus()).isIn(BeneficiaryStatus.PRIVATE_EMPLOYEE,
                    BeneficiaryStatus.SELF_EMPLOYED, BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE);
            assertThat(p.getStartDate()).isAfterOrEqualTo(CDC_2019);
        });
        assertThat(ofFamilyPathways(OperatorFamily.OPACIF_FONGECIF)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getStartDate()).isBefore(CDC_2019));
        assertThat(pathways).anyMatch(p -> p.getBeneficiary().getEmployerSiret().isPresent());
    }

    @Test
    void beneficiariesLiveInARealCommuneOfTheRegionTheirOperatorServes() {
        assertThat(pathways).allSatisfy(pathway -> {
            Operator operator = operatorsById.get(pathway.getOperator().getId());
            assertThat(COG.commune(pathway.getBeneficiary().getResidence().value()).isPresent()).isTrue();
            List<RegionCode> served = operator.getCoverage().isEmpty()
                    ? operator.getSites().stream().map(s -> s.getCommune().region().orElseThrow()).toList()
                    : operator.getCoverage();
            // the Îles du Nord, in no région, are served from Guadeloupe
            RegionCode residence = pathway.getBeneficiary().getResidence().region().orElse(RegionCode.parse("01"));
            assertThat(served).contains(residence);
        });
    }

    @Test
    void franceTravailGuadeloupeServesSomeJobSeekersOfSaintMartinAndSaintBarthelemy() {
        List<Pathway> ilesDuNord = pathways.stream()
                .filter(p -> p.getBeneficiary().getResidence().departement().isEmpty()).toList();

        assertThat(ilesDuNord).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getBeneficiary().getResidence().value()).isIn("97801", "97701");
            assertThat(p.getOperator().getFamily()).isEqualTo(OperatorFamily.FRANCE_TRAVAIL);
            assertThat(COG.commune(p.getBeneficiary().getResidence()).orElseThrow().region()).isEmpty();
        });
    }

    @Test
    void beneficiaryIdsArePseudonymous() {
        assertThat(pathways).allSatisfy(p -> assertThat(p.getBeneficiary().getId()).matches("b-[0-9a-f]{12}"));
    }

    @Test
    void referralsGoToAnotherOperatorOfTheDatasetWithItsFamily() {
        List<Pathway> referring = pathways.stream().filter(p -> !p.getReferrals().isEmpty()).toList();
        assertThat(referring).hasSizeGreaterThan(pathways.size() / 20).allSatisfy(pathway ->
                assertThat(pathway.getReferrals()).allSatisfy(referral -> {
                    OperatorRef to = referral.getTo();
                    assertThat(to.getId()).isNotEqualTo(pathway.getOperator().getId());
                    assertThat(operatorsById.get(to.getId()).getFamily()).isEqualTo(to.getFamily());
                }));
    }

    @Test
    void actionPlansCarryRealLookingCodes() {
        List<Goal> goals = pathways.stream().flatMap(p -> p.getActionPlan().stream())
                .flatMap(plan -> plan.getGoals().stream()).toList();
        assertThat(goals).hasSizeGreaterThan(pathways.size() / 10);
        assertThat(goals).anyMatch(g -> g.getRome().isPresent()).anyMatch(g -> g.getFormacode().isPresent())
                .anyMatch(g -> g.getCertification().isPresent());
    }

    @Test
    void cooperationsFollowTheThreeCereqConfigurations() {
        assertThat(cooperations).hasSize(5);
        assertThat(cooperations.stream().map(Cooperation::getConfiguration).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Configuration.REGION_LED_LOCAL_SERVICE, Configuration.LOCAL_COMMON_CAUSE,
                        Configuration.REGION_WITHDRAWN);
        assertThat(cooperations).allSatisfy(cooperation -> {
            var context = cooperation.getContext().orElseThrow();
            switch (cooperation.getConfiguration()) {
                case REGION_LED_LOCAL_SERVICE -> {
                    assertThat(context.getRegionalEngagement()).contains(RegionalEngagement.STRONG);
                    assertThat(context.getAnimator().orElseThrow().getKind()).isEqualTo(PartnerKind.CITE_DES_METIERS);
                }
                case LOCAL_COMMON_CAUSE -> {
                    assertThat(context.getFederatingIssue()).isPresent();
                    assertThat(context.getPriorProximity()).contains(PriorProximity.LONG_STANDING);
                }
                case REGION_WITHDRAWN -> assertThat(context.getRegionalEngagement()).contains(RegionalEngagement.WEAK);
                default -> throw new AssertionError(cooperation.getConfiguration());
            }
        });
    }

    @Test
    void cooperationsJoinTwoToFourOperatorsWithASiteOnTheirTerritory() {
        assertThat(cooperations).allSatisfy(cooperation -> {
            List<String> ids = cooperation.getOperators().stream().map(OperatorRef::getId).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSizeBetween(2, 4);
            assertThat(cooperation.getTerritory().getKind()).isIn(TerritoryKind.DEPARTEMENT, TerritoryKind.LOCAL_AREA,
                    TerritoryKind.EPCI);
            for (String id : ids) {
                assertThat(operatorsById.get(id).getSites()).as(id)
                        .anyMatch(site -> inside(site, cooperation));
            }
            assertThat(cooperation.getRelations()).isNotEmpty().allSatisfy(relation -> {
                assertThat(relation.getBetween()).doesNotHaveDuplicates();
                assertThat(ids).containsAll(relation.getBetween());
            });
        });
    }

    private static boolean inside(Site site, Cooperation cooperation) {
        String code = cooperation.getTerritory().getCode();
        var commune = COG.commune(site.getCommune()).orElseThrow();
        return switch (cooperation.getTerritory().getKind()) {
            case DEPARTEMENT -> commune.departement().map(d -> d.value().equals(code)).orElse(false);
            case EPCI -> commune.epci().map(e -> e.value().equals(code)).orElse(false);
            case LOCAL_AREA -> cooperation.getTerritory().getCommunes().contains(site.getCommune());
            default -> false;
        };
    }

    private static Stream<Site> sites() {
        return operators.stream().flatMap(o -> o.getSites().stream());
    }

    private static List<Operator> ofFamily(OperatorFamily family) {
        return operators.stream().filter(o -> o.getFamily() == family).toList();
    }

    private static List<Pathway> ofFamilyPathways(OperatorFamily family) {
        return pathways.stream().filter(p -> p.getOperator().getFamily() == family).toList();
    }
}
