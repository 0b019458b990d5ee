package org.cepkit.cli.generate;

import static org.cepkit.model.pathway.QualificationLevel.LEVEL_3;
import static org.cepkit.model.pathway.QualificationLevel.LEVEL_4;
import static org.cepkit.model.pathway.QualificationLevel.LEVEL_5;
import static org.cepkit.model.pathway.QualificationLevel.LEVEL_6;
import static org.cepkit.model.pathway.QualificationLevel.LEVEL_7;
import static org.cepkit.model.pathway.QualificationLevel.LEVEL_8;
import static org.cepkit.model.pathway.QualificationLevel.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.ImmutableActionPlan;
import org.cepkit.model.pathway.ImmutableGoal;
import org.cepkit.model.pathway.Outcome;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.RegionCode;

/**
 * Builds one pathway at a time, from its own random source, with the publics of each operator family (Céreq
 * Bref n° 383, box 1; Code du travail, art. L5314-2 for the Missions locales): young people at the Missions
 * locales, job seekers at France Travail, executives and graduates at the Apec, people with a disability
 * recognition at Cap emploi, private-sector employees and the self-employed at the regional operators and, before
 * 2020, employees at the Fongecif and any actif at the operators the Régions designated. A Mission locale serves
 * young people with a disability recognition up to 29 from the contrat d'engagement jeune (1 March 2022). A closed
 * pathway often records the situation observed some months after its end.
 */
final class PathwayFactory {

    static final LocalDate CDC_2019_START = LocalDate.of(2020, 1, 1);
    /** The first lockdown, from which many more services were delivered remotely. */
    private static final LocalDate LOCKDOWN = LocalDate.of(2020, 3, 17);

    private static final List<OperatorFamily> FAMILIES = List.of(OperatorFamily.FRANCE_TRAVAIL,
            OperatorFamily.MISSION_LOCALE, OperatorFamily.REGIONAL_OPERATOR, OperatorFamily.CAP_EMPLOI,
            OperatorFamily.APEC, OperatorFamily.OPACIF_FONGECIF, OperatorFamily.REGION_DESIGNATED_OPERATOR);
    private static final double[] FAMILY_WEIGHTS = {34, 26, 23, 9, 8, 6, 2};
    /** The contrat d'engagement jeune (décret n° 2022-199): up to 29 with an RQTH at a Mission locale. */
    private static final LocalDate CONTRAT_ENGAGEMENT_JEUNE = LocalDate.of(2022, 3, 1);
    private static final RegionCode GUADELOUPE = RegionCode.parse("01");
    /** Saint-Martin and Saint-Barthélemy. */
    private static final List<CommuneCode> ILES_DU_NORD = List.of(CommuneCode.parse("97801"),
            CommuneCode.parse("97701"));

    private static final List<QualificationLevel> LEVELS = List.of(NONE, LEVEL_3, LEVEL_4, LEVEL_5, LEVEL_6,
            LEVEL_7, LEVEL_8);
    private static final double[] ADULT_LEVELS = {12, 28, 25, 15, 12, 7, 1};

    private final OperatorSet operators;
    private final DeclaredPartners partners;
    private final Places places;
    private final LocalDate referenceDate;
    private final double[] regionWeights = Places.regionWeights();

    PathwayFactory(OperatorSet operators, Places places, LocalDate referenceDate, DeclaredPartners partners) {
        this.operators = operators;
        this.partners = partners;
        this.places = places;
        this.referenceDate = referenceDate;
    }

    /** A valid pathway, or, when {@code violation} is not null, one that breaks exactly that rule. */
    Pathway pathway(String id, SplittableRandom random, Violation violation) {
        Draft draft = draft(id, random, violation);
        if (violation != null) {
            inject(draft, violation, random);
        }
        return draft.build();
    }

    /**
     * The canonical JSON of a pathway with its residence code made malformed the way real files break it:
     * a Corsican code in the numbering before 1976 ({@code 20004}), a leading zero lost by a spreadsheet
     * ({@code 1053}) or a truncated code.
     */
    static String malformResidence(String json, CommuneCode residence) {
        String code = residence.value();
        String malformed = code.startsWith("2A") || code.startsWith("2B") ? "20" + code.substring(2)
                : code.startsWith("0") ? code.substring(1) : code.substring(0, 4);
        String field = "\"residence\":\"" + code + "\"";
        if (!json.contains(field)) {
            throw new IllegalStateException("no residence field in the canonical pathway");
        }
        return json.replace(field, "\"residence\":\"" + malformed + "\"");
    }

    private Draft draft(String id, SplittableRandom random, Violation violation) {
        OperatorFamily forced = violation == null ? null : switch (violation) {
            case MISSION_LOCALE_AGE -> OperatorFamily.MISSION_LOCALE;
            case OPACIF_FONGECIF_AFTER_2019 -> OperatorFamily.OPACIF_FONGECIF;
            case JOBSEEKER_AT_REGIONAL_OPERATOR -> OperatorFamily.REGIONAL_OPERATOR;
            default -> null;
        };
        OperatorFamily excluded = violation == Violation.INACTIVE_BENEFICIARY ? OperatorFamily.REGIONAL_OPERATOR
                : violation == Violation.BENEFICIARY_UNDER_15 ? OperatorFamily.MISSION_LOCALE : null;
        boolean from2020 = violation == Violation.LEVEL_3_UNDER_CDC_2019 || violation == Violation.CDC_2014_AFTER_2019
                || violation == Violation.OPACIF_FONGECIF_AFTER_2019
                || violation == Violation.JOBSEEKER_AT_REGIONAL_OPERATOR;
        boolean closedBeforeReference = violation == Violation.SERVICE_AFTER_END;

        Draft d = new Draft();
        d.id = id;
        d.start = Draws.date(random, from2020 ? CDC_2019_START : OperatorFactory.CEP_START,
                closedBeforeReference ? referenceDate.minusDays(2) : referenceDate);
        RegionCode region = null;
        while (d.operator == null) {
            region = Draws.weighted(random, Places.REGIONS, regionWeights);
            List<Operator> candidates;
            if (forced == OperatorFamily.OPACIF_FONGECIF) {
                candidates = operators.serving(region, forced);
            } else {
                OperatorFamily family = forced != null ? forced : family(random, region, d.start, excluded);
                candidates = operators.serving(region, family, d.start);
            }
            if (!candidates.isEmpty()) {
                d.operator = Draws.one(random, candidates);
            }
        }
        OperatorFamily family = d.operator.getFamily();
        d.region = region;
        d.specification = d.start.isBefore(CDC_2019_START) ? Specification.CDC_2014 : Specification.CDC_2019;
        d.beneficiaryId = Codes.beneficiaryId(random);
        d.sex = Draws.weighted(random, List.of(Sex.FEMALE, Sex.MALE, Sex.UNDISCLOSED), 52, 47, 1);
        d.residence = residence(random, d.operator, region);
        beneficiary(d, family, random);
        end(d, family, closedBeforeReference, random);
        services(d, random);
        if (Draws.chance(random, 0.12)) {
            referral(d, random);
        }
        actionPlan(d, family, random);
        outcome(d, random);
        return d;
    }

    private OperatorFamily family(SplittableRandom random, RegionCode region, LocalDate date,
            OperatorFamily excluded) {
        List<OperatorFamily> available = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < FAMILIES.size(); i++) {
            OperatorFamily family = FAMILIES.get(i);
            if (family != excluded && !operators.serving(region, family, date).isEmpty()) {
                available.add(family);
                weights.add(FAMILY_WEIGHTS[i]);
            }
        }
        return Draws.weighted(random, available, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * A commune of the région served: near a local operator's seat most often; for a regional operator, in the
     * région of the pathway, which its coverage includes. One France Travail pathway in ten of Guadeloupe lives in
     * the Îles du Nord, Saint-Martin or Saint-Barthélemy, collectivités d'outre-mer that France Travail Guadeloupe
     * serves: communes of no département and no région.
     */
    private CommuneCode residence(SplittableRandom random, Operator operator, RegionCode region) {
        if (region.equals(GUADELOUPE) && operator.getFamily() == OperatorFamily.FRANCE_TRAVAIL
                && Draws.chance(random, 0.1)) {
            return Draws.weighted(random, ILES_DU_NORD, 85, 15);
        }
        List<DepartementCode> departements = Places.departements(region);
        DepartementCode departement;
        if (operator.getCoverage().isEmpty()) {
            departement = Draws.chance(random, 0.8) ? OperatorSet.home(operator) : Draws.one(random, departements);
        } else {
            List<DepartementCode> sited = operator.getSites().stream().map(OperatorSet::departement)
                    .filter(departements::contains).distinct().toList();
            departement = !sited.isEmpty() && Draws.chance(random, 0.6) ? Draws.one(random, sited)
                    : Draws.one(random, departements);
        }
        return places.commune(random, departement, 0.7).code();
    }

    private static void beneficiary(Draft d, OperatorFamily family, SplittableRandom random) {
        int age;
        switch (family) {
            case MISSION_LOCALE -> {
                d.disability = Draws.chance(random, 0.07);
                boolean extended = d.disability && !d.start.isBefore(CONTRAT_ENGAGEMENT_JEUNE);
                age = Draws.peaked(random, 16, extended ? 29 : 25);
                d.status = Draws.weighted(random, List.of(BeneficiaryStatus.JOBSEEKER,
                        BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE, BeneficiaryStatus.STUDENT,
                        BeneficiaryStatus.PRIVATE_EMPLOYEE), 66, 14, 10, 10);
                d.qualification = age < 18 ? Draws.weighted(random, List.of(NONE, LEVEL_3), 60, 40)
                        : Draws.weighted(random, List.of(NONE, LEVEL_3, LEVEL_4, LEVEL_5, LEVEL_6), 20, 35, 33, 10, 2);
            }
            case FRANCE_TRAVAIL -> {
                d.disability = Draws.chance(random, 0.09);
                age = Draws.peaked(random, 18, 64);
                d.status = Draws.weighted(random, List.of(BeneficiaryStatus.JOBSEEKER,
                        BeneficiaryStatus.PRIVATE_EMPLOYEE, BeneficiaryStatus.SELF_EMPLOYED,
                        BeneficiaryStatus.PUBLIC_AGENT), 93, 4, 2, 1);
                d.qualification = Draws.weighted(random, LEVELS, ADULT_LEVELS);
                d.executive = d.qualification.compareTo(LEVEL_6) >= 0 && Draws.chance(random, 0.2);
            }
            case APEC -> {
                d.disability = Draws.chance(random, 0.03);
                age = Draws.peaked(random, 23, 64);
                d.executive = Draws.chance(random, 0.8);
                d.qualification = d.executive
                        ? Draws.weighted(random, List.of(LEVEL_5, LEVEL_6, LEVEL_7, LEVEL_8), 15, 35, 45, 5)
                        : Draws.weighted(random, List.of(LEVEL_6, LEVEL_7, LEVEL_8), 50, 45, 5);
                d.status = Draws.weighted(random, List.of(BeneficiaryStatus.PRIVATE_EMPLOYEE,
                        BeneficiaryStatus.JOBSEEKER, BeneficiaryStatus.SELF_EMPLOYED), 55, 40, 5);
            }
            case CAP_EMPLOI -> {
                d.disability = true;
                age = Draws.peaked(random, 20, 64);
                d.status = Draws.weighted(random, List.of(BeneficiaryStatus.JOBSEEKER,
                        BeneficiaryStatus.PRIVATE_EMPLOYEE, BeneficiaryStatus.PUBLIC_AGENT,
                        BeneficiaryStatus.SELF_EMPLOYED), 68, 24, 5, 3);
                d.qualification = Draws.weighted(random, List.of(NONE, LEVEL_3, LEVEL_4, LEVEL_5, LEVEL_6, LEVEL_7),
                        20, 38, 22, 12, 6, 2);
            }
            case REGIONAL_OPERATOR, OPACIF_FONGECIF -> {
                d.disability = Draws.chance(random, 0.05);
                d.status = family == OperatorFamily.REGIONAL_OPERATOR
                        ? Draws.weighted(random, List.of(BeneficiaryStatus.PRIVATE_EMPLOYEE,
                                BeneficiaryStatus.SELF_EMPLOYED, BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE), 80, 15, 5)
                        : Draws.weighted(random, List.of(BeneficiaryStatus.PRIVATE_EMPLOYEE,
                                BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE), 96, 4);
                boolean apprentice = d.status == BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE;
                age = apprentice ? Draws.peaked(random, 16, 29) : Draws.peaked(random, 20, 62);
                d.qualification = apprentice ? Draws.weighted(random, List.of(LEVEL_3, LEVEL_4, LEVEL_5), 40, 40, 20)
                        : Draws.weighted(random, LEVELS, ADULT_LEVELS);
                d.executive = d.qualification.compareTo(LEVEL_5) >= 0 && Draws.chance(random, 0.2);
            }
            case REGION_DESIGNATED_OPERATOR -> {
                d.disability = Draws.chance(random, 0.06);
                age = Draws.peaked(random, 18, 62);
                d.status = Draws.weighted(random, List.of(BeneficiaryStatus.PRIVATE_EMPLOYEE,
                        BeneficiaryStatus.JOBSEEKER, BeneficiaryStatus.SELF_EMPLOYED, BeneficiaryStatus.PUBLIC_AGENT),
                        50, 30, 12, 8);
                d.qualification = Draws.weighted(random, LEVELS, ADULT_LEVELS);
                d.executive = d.qualification.compareTo(LEVEL_6) >= 0 && Draws.chance(random, 0.2);
            }
            default -> throw new IllegalArgumentException(family.code());
        }
        d.birthDate = birthDate(d.start, age, random);
        boolean employed = d.status == BeneficiaryStatus.PRIVATE_EMPLOYEE
                || d.status == BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE;
        if (employed && Draws.chance(random, 0.45)) {
            d.employerSiret = Codes.siret(random);
        }
    }

    /** A birth date that makes the beneficiary {@code age} years old (completed years) on {@code start}. */
    static LocalDate birthDate(LocalDate start, int age, SplittableRandom random) {
        return Draws.date(random, start.minusYears(age + 1L).plusDays(1), start.minusYears(age));
    }

    private void end(Draft d, OperatorFamily family, boolean closedBeforeReference, SplittableRandom random) {
        LocalDate limit = referenceDate;
        boolean closing = d.operator.getActiveTo().filter(to -> !d.start.isAfter(to)).isPresent();
        if (closing) {
            limit = min(limit, d.operator.getActiveTo().get());
        }
        if (closedBeforeReference) {
            limit = min(limit, referenceDate.minusDays(1));
        }
        boolean closed = closedBeforeReference || closing
                || Draws.chance(random, d.start.plusDays(180).isBefore(referenceDate) ? 0.85 : 0.35);
        if (closed) {
            double meanDays = switch (family) {
                case MISSION_LOCALE, CAP_EMPLOI -> 150;
                case FRANCE_TRAVAIL, OPACIF_FONGECIF -> 120;
                default -> 90;
            };
            LocalDate end = d.start.plusDays((long) (-Math.log(1 - random.nextDouble()) * meanDays));
            d.end = end.isAfter(limit) ? limit : end;
        }
    }

    private LocalDate last(Draft d) {
        return d.end != null ? d.end : min(referenceDate, d.start.plusDays(365));
    }

    private void services(Draft d, SplittableRandom random) {
        int count = Draws.weighted(random, List.of(1, 2, 3, 4), 35, 35, 20, 10);
        List<LocalDate> dates = new ArrayList<>();
        dates.add(d.start);
        for (int i = 1; i < count; i++) {
            dates.add(Draws.date(random, d.start, last(d)));
        }
        dates.sort(Comparator.naturalOrder());
        for (int i = 0; i < count; i++) {
            ServiceLevel level;
            if (i == 0) {
                level = Draws.chance(random, 0.7) ? ServiceLevel.LEVEL_1 : ServiceLevel.LEVEL_2;
            } else if (d.specification == Specification.CDC_2014) {
                level = Draws.weighted(random, List.of(ServiceLevel.LEVEL_1, ServiceLevel.LEVEL_2, ServiceLevel.LEVEL_3),
                        10, 70, 20);
            } else {
                level = Draws.chance(random, 0.15) ? ServiceLevel.LEVEL_1 : ServiceLevel.LEVEL_2;
            }
            LocalDate date = dates.get(i);
            boolean remote = Draws.chance(random, date.isBefore(LOCKDOWN) ? 0.08 : 0.35);
            d.services.add(Service.of(level, date, remote ? DeliveryMode.REMOTE : DeliveryMode.IN_PERSON));
        }
    }

    /**
     * A referral (aiguillage): most often, when the pathway's operator has declared partners active that day, to
     * one of them for a purpose of their relation; otherwise to an operator of another family serving the same
     * région on that day.
     */
    private void referral(Draft d, SplittableRandom random) {
        LocalDate date = Draws.date(random, d.start, last(d));
        List<DeclaredPartners.Partner> declared = partners.of(d.operator).stream()
                .filter(p -> OperatorSet.activeBetween(p.operator(), date, date)).toList();
        if (!declared.isEmpty() && Draws.chance(random, 0.6)) {
            DeclaredPartners.Partner partner = Draws.one(random, declared);
            d.referrals.add(Referral.builder().to(partner.operator().toRef()).date(date)
                    .purpose(Draws.one(random, partner.purposes())).build());
            return;
        }
        List<Operator> targets = new ArrayList<>();
        for (OperatorFamily family : FAMILIES) {
            if (family != d.operator.getFamily()) {
                targets.addAll(operators.serving(d.region, family, date));
            }
        }
        if (!targets.isEmpty()) {
            d.referrals.add(referral(Draws.one(random, targets).toRef(), date, random));
        }
    }

    private static Referral referral(OperatorRef to, LocalDate date, SplittableRandom random) {
        return Referral.builder().to(to).date(date).purpose(Draws.weighted(random,
                List.of(CooperationPurpose.REMOVE_BARRIERS, CooperationPurpose.BUILD_PROJECT,
                        CooperationPurpose.IMPLEMENT_PROJECT), 35, 35, 30)).build();
    }

    private void actionPlan(Draft d, OperatorFamily family, SplittableRandom random) {
        Optional<Service> counselling = d.services.stream().filter(s -> s.getLevel() != ServiceLevel.LEVEL_1)
                .findFirst();
        if (counselling.isEmpty() || !Draws.chance(random, 0.35)) {
            return;
        }
        double[] weights = switch (family) {
            case MISSION_LOCALE -> new double[] {5, 3, 1, 0.5, 0.5};
            case FRANCE_TRAVAIL -> new double[] {4, 3, 1, 3, 1.5};
            case APEC -> new double[] {3, 2, 3, 1.5, 1};
            case CAP_EMPLOI -> new double[] {4, 2, 0.5, 3, 0.5};
            case REGIONAL_OPERATOR, OPACIF_FONGECIF -> new double[] {2, 3, 2, 4, 1.5};
            case REGION_DESIGNATED_OPERATOR -> new double[] {3, 3, 2, 3, 1.5};
        };
        List<GoalKind> kinds = new ArrayList<>();
        int count = Draws.weighted(random, List.of(1, 2, 3), 55, 35, 10);
        for (int i = 0; i < count; i++) {
            GoalKind kind = Draws.weighted(random, List.of(GoalKind.CAREER_DEVELOPMENT,
                    GoalKind.SKILLS_OR_CERTIFICATION, GoalKind.MOBILITY, GoalKind.RETRAINING,
                    GoalKind.BUSINESS_CREATION), weights);
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        ImmutableActionPlan.Builder plan = ActionPlan.builder()
                .deliveredOn(Draws.date(random, counselling.get().getDate(), last(d)));
        for (GoalKind kind : kinds) {
            ImmutableGoal.Builder goal = Goal.builder().kind(kind);
            boolean training = kind == GoalKind.SKILLS_OR_CERTIFICATION || kind == GoalKind.RETRAINING;
            if (Draws.chance(random, 0.65)) {
                goal.rome(Draws.one(random, Codes.ROME));
            }
            if (training && Draws.chance(random, 0.45)) {
                goal.formacode(Draws.one(random, Codes.FORMACODES));
            }
            if (training && Draws.chance(random, 0.4)) {
                goal.certification(Draws.one(random, Codes.CERTIFICATIONS));
            }
            plan.addGoals(goal.build());
        }
        d.plan = plan.build();
    }

    /** For a closed pathway, two times in five, the situation observed within six months of its end. */
    private void outcome(Draft d, SplittableRandom random) {
        if (d.end == null || d.end.isAfter(referenceDate) || !Draws.chance(random, 0.4)) {
            return;
        }
        LocalDate observedOn = Draws.date(random, d.end, min(referenceDate, d.end.plusMonths(6)));
        OutcomeSituation situation = Draws.weighted(random, List.of(OutcomeSituation.EMPLOYMENT,
                OutcomeSituation.BUSINESS_CREATION, OutcomeSituation.TRAINING, OutcomeSituation.JOB_SEEKING,
                OutcomeSituation.OTHER, OutcomeSituation.UNKNOWN), 38, 4, 18, 28, 5, 7);
        d.outcome = Outcome.of(observedOn, situation);
    }

    private void inject(Draft d, Violation violation, SplittableRandom random) {
        switch (violation) {
            case MISSION_LOCALE_AGE -> d.birthDate = birthDate(d.start, d.disability ? 30 : 27, random);
            case LEVEL_3_UNDER_CDC_2019 -> {
                int i = random.nextInt(d.services.size());
                Service service = d.services.get(i);
                d.services.set(i, Service.of(ServiceLevel.LEVEL_3, service.getDate(), service.getMode()));
            }
            case INACTIVE_BENEFICIARY -> {
                d.status = BeneficiaryStatus.INACTIVE;
                d.employerSiret = null;
            }
            case BENEFICIARY_UNDER_15 -> d.birthDate = birthDate(d.start, 14, random);
            case END_BEFORE_START -> d.end = d.start.minusDays(random.nextInt(1, 61));
            case SERVICE_AFTER_END -> d.services.add(Service.of(ServiceLevel.LEVEL_2,
                    Draws.date(random, d.end.plusDays(1), min(referenceDate, d.end.plusDays(60))),
                    DeliveryMode.IN_PERSON));
            case SERVICE_IN_THE_FUTURE -> {
                d.end = null;
                d.services.add(Service.of(ServiceLevel.LEVEL_2, referenceDate.plusDays(random.nextInt(1, 61)),
                        DeliveryMode.REMOTE));
            }
            case NIR_SHAPED_BENEFICIARY_ID -> d.beneficiaryId = Codes.nirShaped(d.sex, d.birthDate, d.residence,
                    random);
            case SELF_REFERRAL -> d.referrals.add(referral(d.operator.toRef(), Draws.date(random, d.start, last(d)),
                    random));
            case CDC_2014_AFTER_2019 -> d.specification = Specification.CDC_2014;
            case JOBSEEKER_AT_REGIONAL_OPERATOR -> {
                d.status = BeneficiaryStatus.JOBSEEKER;
                d.employerSiret = null;
            }
            case REFERRAL_TO_UNKNOWN_OPERATOR -> {
                OperatorFamily family = Draws.one(random, FAMILIES);
                d.referrals.add(referral(OperatorRef.of(OperatorFactory.unknownId(family, random), family),
                        Draws.date(random, d.start, last(d)), random));
            }
            case REFERRAL_WITH_WRONG_FAMILY -> {
                Operator target = Draws.one(random, operators.all());
                while (target.getId().equals(d.operator.getId())) {
                    target = Draws.one(random, operators.all());
                }
                OperatorFamily registered = target.getFamily();
                OperatorFamily claimed = Draws.one(random, FAMILIES.stream().filter(f -> f != registered).toList());
                d.referrals.add(referral(OperatorRef.of(target.getId(), claimed), Draws.date(random, d.start, last(d)),
                        random));
            }
            // Shaped by the draft (an Opacif/Fongecif drawn after 2019), the id, or the written text.
            case OPACIF_FONGECIF_AFTER_2019, DUPLICATE_PATHWAY_ID, MALFORMED_RESIDENCE -> {
            }
            default -> throw new IllegalArgumentException(violation + " is not a pathway violation");
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A pathway being drawn, open to the changes of a violation before it is built. */
    private static final class Draft {
        String id;
        Operator operator;
        RegionCode region;
        Specification specification;
        LocalDate start;
        LocalDate end;
        String beneficiaryId;
        LocalDate birthDate;
        Sex sex;
        BeneficiaryStatus status;
        boolean executive;
        boolean disability;
        QualificationLevel qualification;
        CommuneCode residence;
        Siret employerSiret;
        final List<Service> services = new ArrayList<>();
        final List<Referral> referrals = new ArrayList<>();
        ActionPlan plan;
        Outcome outcome;

        Pathway build() {
            Beneficiary beneficiary = Beneficiary.builder()
                    .id(beneficiaryId)
                    .birthDate(birthDate)
                    .sex(sex)
                    .status(status)
                    .executive(executive)
                    .disabilityRecognition(disability)
                    .qualificationLevel(qualification)
                    .residence(residence)
                    .employerSiret(Optional.ofNullable(employerSiret))
                    .build();
            return Pathway.builder()
                    .id(id)
                    .operator(operator.toRef())
                    .beneficiary(beneficiary)
                    .specification(specification)
                    .startDate(start)
                    .endDate(Optional.ofNullable(end))
                    .addAllServices(services)
                    .addAllReferrals(referrals)
                    .actionPlan(Optional.ofNullable(plan))
                    .outcome(Optional.ofNullable(outcome))
                    .build();
        }
    }
}
