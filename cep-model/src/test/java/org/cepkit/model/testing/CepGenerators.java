package org.cepkit.model.testing;

import static org.cepkit.model.operator.OperatorFamily.APEC;
import static org.cepkit.model.operator.OperatorFamily.CAP_EMPLOI;
import static org.cepkit.model.operator.OperatorFamily.MISSION_LOCALE;
import static org.cepkit.model.operator.OperatorFamily.OPACIF_FONGECIF;
import static org.cepkit.model.operator.OperatorFamily.REGION_DESIGNATED_OPERATOR;
import static org.cepkit.model.operator.OperatorFamily.REGIONAL_OPERATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.cepkit.model.RecordId;
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
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Siren;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.Outcome;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EmploymentZoneCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of cepkit values and records, shared by the tests of every module through the
 * {@code cep-model} test-jar.
 *
 * <p>Every generated record is valid business-wise: it passes Bean Validation and breaks none of the rules of
 * SPEC §5 (no ERROR, and no WARNING or INFO either) when validated on {@link #REFERENCE_DATE}. In particular:
 * <ul>
 *   <li>every territory code is a real code of the COG 2026 ({@link #REAL_COMMUNES}, {@link #REAL_EPCIS});</li>
 *   <li>a beneficiary is 16 to 64 at the start of the pathway, in a status its operator family serves without
 *       a warning ({@code JOBSEEKER} for France Travail, an RQTH for Cap emploi, a <i>cadre</i> or
 *       {@code LEVEL_6}+ for the Apec, 16 to 25 for a Mission locale, 16 to 29 with an RQTH, a private-sector
 *       worker for a regional operator), never {@code INACTIVE}, {@code STUDENT} or {@code RETIREE}, and their
 *       id is {@code "b-"} then hexadecimal digits, never shaped like a NIR;</li>
 *   <li>a pathway's specification is the one in force at its start ({@code CDC_2014} from 2015 to 2019,
 *       {@code CDC_2019} from 2020), with no {@code LEVEL_3} service under {@code CDC_2019}; its family was
 *       active then (Opacif/Fongecif until 2019, regional operators from 2020); every date lies in
 *       [startDate, endDate] and no later than {@link #REFERENCE_DATE}; no referral goes to its own
 *       operator;</li>
 *   <li>a cooperation has two or more distinct operators, relations between two distinct ones of them,
 *       relation dates within [startDate, endDate], and a context that suits its configuration.</li>
 * </ul>
 * Records drawn separately refer to operators that are not in the same input; use {@link #datasets()} when a
 * registry is needed.
 *
 * <pre>{@code
 * qt().withExamples(200)
 *         .forAll(CepGenerators.pathwaysFor(OperatorFamily.MISSION_LOCALE))
 *         .checkAssert(pathway -> assertThat(validator.validate(pathway).isValid()).isTrue());
 * }</pre>
 */
public final class CepGenerators {

    /** The date generated records are valid on: no generated date is after it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);

    /** The first day of the CEP (cahier des charges of 2014 in force): no generated date is before it. */
    public static final LocalDate CEP_START = LocalDate.of(2015, 1, 1);

    /** The first day of the cahier des charges of 2019 and of the regional operators. */
    public static final LocalDate REFORM_2020 = LocalDate.of(2020, 1, 1);

    private static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM_2020.minusDays(1);
    /** The contrat d'engagement jeune: a Mission locale serves young people with an RQTH up to 29 from this day. */
    private static final LocalDate CONTRAT_ENGAGEMENT_JEUNE = LocalDate.of(2022, 3, 1);

    private static final Map<CommuneCode, Place> PLACES = new LinkedHashMap<>();

    static {
        place("97105", "Basse-Terre", "97100");
        place("97120", "Pointe-à-Pitre", "97110");
        place("97209", "Fort-de-France", "97200");
        place("97213", "Le Lamentin", "97232");
        place("97302", "Cayenne", "97300");
        place("97304", "Kourou", "97310");
        place("97411", "Saint-Denis", "97400");
        place("97416", "Saint-Pierre", "97410");
        place("97608", "Dzaoudzi", "97615");
        place("97611", "Mamoudzou", "97600");
        place("75056", "Paris", "75001");
        place("75101", "Paris 1er Arrondissement", "75001");
        place("75120", "Paris 20e Arrondissement", "75020");
        place("93066", "Saint-Denis", "93200");
        place("94028", "Créteil", "94000");
        place("92050", "Nanterre", "92000");
        place("78646", "Versailles", "78000");
        place("95127", "Cergy", "95000");
        place("45234", "Orléans", "45000");
        place("37261", "Tours", "37000");
        place("18033", "Bourges", "18000");
        place("28085", "Chartres", "28000");
        place("41018", "Blois", "41000");
        place("21231", "Dijon", "21000");
        place("25056", "Besançon", "25000");
        place("58194", "Nevers", "58000");
        place("89024", "Auxerre", "89000");
        place("90010", "Belfort", "90000");
        place("76540", "Rouen", "76000");
        place("14118", "Caen", "14000");
        place("76351", "Le Havre", "76600");
        place("59350", "Lille", "59000");
        place("80021", "Amiens", "80000");
        place("59183", "Dunkerque", "59140");
        place("62041", "Arras", "62000");
        place("02691", "Saint-Quentin", "02100");
        place("67482", "Strasbourg", "67000");
        place("51454", "Reims", "51100");
        place("57463", "Metz", "57000");
        place("54395", "Nancy", "54000");
        place("68224", "Mulhouse", "68100");
        place("10387", "Troyes", "10000");
        place("44109", "Nantes", "44000");
        place("49007", "Angers", "49000");
        place("72181", "Le Mans", "72000");
        place("35238", "Rennes", "35000");
        place("29019", "Brest", "29200");
        place("56260", "Vannes", "56000");
        place("29232", "Quimper", "29000");
        place("33063", "Bordeaux", "33000");
        place("87085", "Limoges", "87000");
        place("86194", "Poitiers", "86000");
        place("64445", "Pau", "64000");
        place("17300", "La Rochelle", "17000");
        place("64102", "Bayonne", "64100");
        place("31555", "Toulouse", "31000");
        place("34172", "Montpellier", "34000");
        place("30189", "Nîmes", "30000");
        place("66136", "Perpignan", "66000");
        place("65440", "Tarbes", "65000");
        place("48095", "Mende", "48000");
        place("69123", "Lyon", "69001");
        place("69381", "Lyon 1er Arrondissement", "69001");
        place("69389", "Lyon 9e Arrondissement", "69009");
        place("38185", "Grenoble", "38000");
        place("63113", "Clermont-Ferrand", "63000");
        place("42218", "Saint-Étienne", "42000");
        place("73065", "Chambéry", "73000");
        place("74010", "Annecy", "74000");
        place("13055", "Marseille", "13001");
        place("13201", "Marseille 1er Arrondissement", "13001");
        place("13216", "Marseille 16e Arrondissement", "13016");
        place("13001", "Aix-en-Provence", "13100");
        place("06088", "Nice", "06000");
        place("83137", "Toulon", "83000");
        place("84007", "Avignon", "84000");
        place("05061", "Gap", "05000");
        place("2A004", "Ajaccio", "20000");
        place("2A247", "Porto-Vecchio", "20137");
        place("2B033", "Bastia", "20200");
        place("2B050", "Calvi", "20260");
        place("2B096", "Corte", "20250");
    }

    /**
     * Codes of current communes and municipal arrondissements of the COG 2026, at least two in each of the 18
     * régions, Corsica ({@code 2A004}, {@code 2B033}), the overseas départements ({@code 97411}, {@code 97611},
     * {@code 97209}) and the arrondissements of Paris, Lyon and Marseille ({@code 75101}, {@code 69381},
     * {@code 13201}) included.
     */
    public static final List<CommuneCode> REAL_COMMUNES = List.copyOf(PLACES.keySet());

    private static final Map<EpciCode, String> EPCI_NAMES = new LinkedHashMap<>();

    static {
        epci("200046977", "Métropole de Lyon");
        epci("200054781", "Métropole du Grand Paris");
        epci("200054807", "Métropole d'Aix-Marseille-Provence");
        epci("200093201", "Métropole Européenne de Lille");
        epci("243300316", "Bordeaux Métropole");
        epci("243100518", "Toulouse Métropole");
        epci("244400404", "Nantes Métropole");
        epci("246700488", "Eurométropole de Strasbourg");
        epci("243500139", "Rennes Métropole");
        epci("200030195", "Métropole Nice Côte d'Azur");
        epci("243400017", "Montpellier Méditerranée Métropole");
        epci("200040715", "Grenoble-Alpes-Métropole");
        epci("200023414", "Métropole Rouen Normandie");
    }

    /** SIRENs of real EPCI (métropoles) of the COG 2026. */
    public static final List<EpciCode> REAL_EPCIS = List.copyOf(EPCI_NAMES.keySet());

    /** Codes of the published zones d'emploi 2020, regional ({@code 1101}) and spanning régions ({@code 0051}). */
    public static final List<EmploymentZoneCode> EMPLOYMENT_ZONES = List.of("0051", "0052", "0101", "0601", "1101")
            .stream().map(EmploymentZoneCode::parse).toList();

    private static final List<String> FEDERATING_ISSUES = List.of(
            "Travailleurs saisonniers du tourisme",
            "Reconversion des salariés après la fermeture d'un site industriel",
            "Mobilité des actifs en zone rurale",
            "Insertion des jeunes des quartiers prioritaires de la ville",
            "Maintien en emploi des seniors",
            "Recrutement dans les métiers de l'aide à domicile");

    private static final List<BeneficiaryStatus> ACTIVE_STATUSES = List.of(BeneficiaryStatus.JOBSEEKER,
            BeneficiaryStatus.PRIVATE_EMPLOYEE, BeneficiaryStatus.PUBLIC_AGENT, BeneficiaryStatus.SELF_EMPLOYED,
            BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE);

    private static final List<BeneficiaryStatus> PRIVATE_SECTOR_STATUSES = List.of(
            BeneficiaryStatus.PRIVATE_EMPLOYEE, BeneficiaryStatus.SELF_EMPLOYED,
            BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE);

    private static final Set<BeneficiaryStatus> EMPLOYED_STATUSES = EnumSet.of(BeneficiaryStatus.PRIVATE_EMPLOYEE,
            BeneficiaryStatus.PUBLIC_AGENT, BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE);

    private static final String HEX_DIGITS = "0123456789abcdef";
    private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_FIRST + "._:-";

    private CepGenerators() {
    }

    // ---------------------------------------------------------------- value types

    /** Real communes, drawn from {@link #REAL_COMMUNES}. */
    public static Gen<CommuneCode> communes() {
        return Generate.pick(REAL_COMMUNES);
    }

    /**
     * Real communes of the given régions.
     *
     * @throws IllegalArgumentException when {@code regions} is empty
     */
    public static Gen<CommuneCode> communesIn(Collection<RegionCode> regions) {
        Set<RegionCode> wanted = Set.copyOf(regions);
        List<CommuneCode> communes = REAL_COMMUNES.stream()
                .filter(commune -> wanted.contains(commune.region().orElseThrow()))
                .toList();
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("no commune in " + regions);
        }
        return Generate.pick(communes);
    }

    /**
     * Any code of the commune format ({@link CommuneCode#REGEX}), whether or not a commune has it:
     * {@code 975xx} (Saint-Pierre-et-Miquelon, no département) included. For format tests only: most of these
     * codes are not in the COG.
     */
    public static Gen<CommuneCode> wellFormedCommuneCodes() {
        List<String> metropolitan = new ArrayList<>();
        for (int d = 1; d <= 95; d++) {
            if (d != 20) {
                metropolitan.add(String.format("%02d", d));
            }
        }
        metropolitan.add("2A");
        metropolitan.add("2B");
        Gen<String> metropolitanCodes = in -> pick(in, metropolitan) + digits(in, 3);
        Gen<String> overseasCodes = in -> "97" + between(in, 1, 6) + digits(in, 2);
        return Generate.frequency(List.of(
                Pair.of(4, metropolitanCodes),
                Pair.of(1, overseasCodes))).map(CommuneCode::parse);
    }

    /** The 101 départements. */
    public static Gen<DepartementCode> departements() {
        return Generate.pick(DepartementCode.values());
    }

    /** The 18 régions. */
    public static Gen<RegionCode> regions() {
        return Generate.pick(RegionCode.values());
    }

    /** Real EPCI, drawn from {@link #REAL_EPCIS}. */
    public static Gen<EpciCode> epcis() {
        return Generate.pick(REAL_EPCIS);
    }

    /** Published zones d'emploi 2020, drawn from {@link #EMPLOYMENT_ZONES}. */
    public static Gen<EmploymentZoneCode> employmentZones() {
        return Generate.pick(EMPLOYMENT_ZONES);
    }

    /** Real postal codes, those of the {@link #REAL_COMMUNES}. */
    public static Gen<PostalCode> postalCodes() {
        return Generate.pick(PLACES.values().stream().map(Place::postalCode).distinct().toList());
    }

    /** SIRENs with a valid Luhn key. */
    public static Gen<Siren> sirens() {
        return in -> Siren.parse(withLuhnKey(digits(in, 8)));
    }

    /** SIRETs: mostly with a valid Luhn key, sometimes La Poste's ({@link #laPosteSirets()}). */
    public static Gen<Siret> sirets() {
        Gen<Siret> luhn = in -> {
            String siren = withLuhnKey(digits(in, 8));
            while (siren.equals(Siren.LA_POSTE)) {
                siren = withLuhnKey(digits(in, 8));
            }
            return Siret.parse(withLuhnKey(siren + digits(in, 4)));
        };
        return Generate.frequency(List.of(
                Pair.of(9, luhn),
                Pair.of(1, laPosteSirets())));
    }

    /** SIRETs of La Poste: SIREN {@code 356000000}, digits summing to a multiple of 5 (most fail Luhn). */
    public static Gen<Siret> laPosteSirets() {
        return in -> {
            String stem = Siren.LA_POSTE + digits(in, 4);
            int sum = stem.chars().map(c -> c - '0').sum();
            int key = (5 - sum % 5) % 5 + (chance(in, 50) ? 5 : 0);
            return Siret.parse(stem + key);
        };
    }

    /** Well-formed ROME codes: a letter A to N then 4 digits. */
    public static Gen<RomeCode> romeCodes() {
        return in -> RomeCode.parse((char) ('A' + between(in, 0, 13)) + digits(in, 4));
    }

    /** Well-formed Formacodes: 5 digits. */
    public static Gen<Formacode> formacodes() {
        return in -> Formacode.parse(digits(in, 5));
    }

    /**
     * Well-formed certification codes: {@code RNCP} or {@code RS} then 1 to 6 digits, without a leading zero; a
     * fifth of the RNCP codes are a bloc de compétences ({@code BC} and 2 digits).
     */
    public static Gen<CertificationCode> certificationCodes() {
        return in -> {
            boolean rncp = chance(in, 70);
            String code = (rncp ? "RNCP" : "RS") + between(in, 1, 9) + digits(in, between(in, 0, 5));
            return CertificationCode.parse(rncp && chance(in, 20) ? code + "BC" + digits(in, 2) : code);
        };
    }

    /** Any identifier of the record id format: 1 to 64 letters, digits or {@code . _ : -}. */
    public static Gen<RecordId> recordIds() {
        return in -> {
            StringBuilder id = new StringBuilder().append(ID_FIRST.charAt(between(in, 0, ID_FIRST.length() - 1)));
            int rest = chance(in, 90) ? between(in, 0, 15) : between(in, 16, 63);
            for (int i = 0; i < rest; i++) {
                id.append(ID_REST.charAt(between(in, 0, ID_REST.length() - 1)));
            }
            return RecordId.parse(id);
        };
    }

    /** Pseudonymous beneficiary ids: {@code "b-"} then 12 hexadecimal digits, never shaped like a NIR. */
    public static Gen<String> beneficiaryIds() {
        return in -> "b-" + hex(in, 12);
    }

    // ---------------------------------------------------------------- operators

    /** Operator references of any family, with a random id. */
    public static Gen<OperatorRef> operatorRefs() {
        return in -> {
            OperatorFamily family = pick(in, List.of(OperatorFamily.values()));
            return OperatorRef.of(operatorId(in, family), family);
        };
    }

    /** Sites in real communes, with their postal code or none, and one or both delivery modes. */
    public static Gen<Site> sites() {
        return in -> site(in, "site-" + hex(in, 6), pick(in, REAL_COMMUNES), "Accueil");
    }

    /** Operators of any family, valid for it ({@link #operatorsOf(OperatorFamily)}). */
    public static Gen<Operator> operators() {
        return in -> operatorsOf(pick(in, List.of(OperatorFamily.values()))).generate(in);
    }

    /**
     * Operators of {@code family}, valid for it: a regional operator covers 1 to 3 régions and has its sites
     * there and its {@code activeFrom}, if any, from 2020; an Opacif/Fongecif was active before 2020 only.
     */
    public static Gen<Operator> operatorsOf(OperatorFamily family) {
        Objects.requireNonNull(family, "family");
        return in -> {
            List<RegionCode> coverage = family == REGIONAL_OPERATOR
                    ? pickDistinct(in, RegionCode.values(), 1, 3)
                    : List.of();
            Gen<CommuneCode> siteCommunes = coverage.isEmpty() ? communes() : communesIn(coverage);
            List<CommuneCode> communes = new ArrayList<>();
            int siteCount = between(in, family == REGIONAL_OPERATOR ? 1 : 0, 3);
            for (int i = 0; i < siteCount; i++) {
                communes.add(siteCommunes.generate(in));
            }
            Optional<LocalDate> activeFrom;
            Optional<LocalDate> activeTo = Optional.empty();
            switch (family) {
                case REGIONAL_OPERATOR -> activeFrom = maybe(in, 70,
                        () -> date(in, REFORM_2020, LocalDate.of(2024, 1, 1)));
                case OPACIF_FONGECIF, REGION_DESIGNATED_OPERATOR -> {
                    LocalDate from = date(in, CEP_START, LocalDate.of(2019, 6, 30));
                    activeFrom = maybe(in, 70, () -> from);
                    activeTo = maybe(in, 50, () -> date(in, from, LAST_DAY_BEFORE_REFORM));
                }
                default -> activeFrom = maybe(in, 50, () -> date(in, CEP_START, REFERENCE_DATE));
            }
            CommuneCode seat = communes.isEmpty() ? siteCommunes.generate(in) : communes.get(0);
            return operator(in, operatorId(in, family), family, seat, coverage, communes, activeFrom, activeTo);
        };
    }

    // ---------------------------------------------------------------- pathways

    /** Beneficiaries eligible with some operator family on some date between 2015 and {@link #REFERENCE_DATE}. */
    public static Gen<Beneficiary> beneficiaries() {
        return in -> {
            OperatorFamily family = pick(in, List.of(OperatorFamily.values()));
            return beneficiariesFor(family, date(in, firstDay(family), lastDay(family))).generate(in);
        };
    }

    /**
     * Beneficiaries who can start a pathway with an operator of {@code family} on {@code startDate} without
     * any rule being broken: aged 16 to 64 then (16 to 25, or 29 with an RQTH, for a Mission locale; 22 or
     * more for the Apec), in a status and with a profile the family serves, living in a real commune.
     */
    public static Gen<Beneficiary> beneficiariesFor(OperatorFamily family, LocalDate startDate) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(startDate, "startDate");
        Gen<CommuneCode> residences = communes();
        return in -> beneficiary(in, family, startDate, residences.generate(in));
    }

    /** Services of any level, dated between 2015 and {@link #REFERENCE_DATE}. */
    public static Gen<Service> services() {
        return in -> Service.of(pick(in, List.of(ServiceLevel.values())), date(in, CEP_START, REFERENCE_DATE),
                pick(in, List.of(DeliveryMode.values())));
    }

    /** Referrals to an operator whose family was active on the referral's date. */
    public static Gen<Referral> referrals() {
        return in -> {
            LocalDate date = date(in, CEP_START, REFERENCE_DATE);
            return referral(in, date, operatorRefActiveOn(in, date));
        };
    }

    /** Goals of any kind, each with or without a ROME code, a Formacode and a certification. */
    public static Gen<Goal> goals() {
        return in -> goal(in, pick(in, List.of(GoalKind.values())));
    }

    /** Action plans of 1 to 3 goals of distinct kinds, delivered between 2015 and {@link #REFERENCE_DATE}. */
    public static Gen<ActionPlan> actionPlans() {
        return in -> actionPlan(in, date(in, CEP_START, REFERENCE_DATE));
    }

    /** Pathways with an operator of any family ({@link #pathwaysFor(OperatorFamily)}). */
    public static Gen<Pathway> pathways() {
        return in -> pathwaysFor(pick(in, List.of(OperatorFamily.values()))).generate(in);
    }

    /**
     * Pathways with an operator of {@code family}, valid business-wise: the start date lies in the family's
     * period (2015–2019 for Opacif/Fongecif, 2020 to {@link #REFERENCE_DATE} for regional operators,
     * 2015 to {@link #REFERENCE_DATE} otherwise) and the beneficiary suits the family
     * ({@link #beneficiariesFor(OperatorFamily, LocalDate)}).
     */
    public static Gen<Pathway> pathwaysFor(OperatorFamily family) {
        Objects.requireNonNull(family, "family");
        Gen<CommuneCode> residences = communes();
        return in -> {
            OperatorRef self = OperatorRef.of(operatorId(in, family), family);
            return pathway(in, null, self, firstDay(family), lastDay(family), residences,
                    (source, date) -> {
                        OperatorRef to = operatorRefActiveOn(source, date);
                        return to.getId().equals(self.getId()) ? OperatorRef.of(to.getId() + "-2", to.getFamily()) : to;
                    });
        };
    }

    // ---------------------------------------------------------------- cooperations

    /** Territories of any kind ({@link #territoriesOf(TerritoryKind)}). */
    public static Gen<Territory> territories() {
        return in -> territoriesOf(pick(in, List.of(TerritoryKind.values()))).generate(in);
    }

    /**
     * Territories of {@code kind} named by real codes: a commune of {@link #REAL_COMMUNES}, an EPCI of
     * {@link #REAL_EPCIS}, any département or région, a zone d'emploi of {@link #EMPLOYMENT_ZONES}, or a local
     * area of 1 to 5 distinct real communes.
     */
    public static Gen<Territory> territoriesOf(TerritoryKind kind) {
        Objects.requireNonNull(kind, "kind");
        return in -> switch (kind) {
            case COMMUNE -> communeTerritory(in, pick(in, REAL_COMMUNES));
            case EPCI -> {
                EpciCode epci = pick(in, REAL_EPCIS);
                yield territory(in, kind, epci.value(), EPCI_NAMES.get(epci), List.of());
            }
            case DEPARTEMENT -> departementTerritory(in, pick(in, DepartementCode.values()));
            case REGION -> regionTerritory(in, pick(in, RegionCode.values()));
            case EMPLOYMENT_ZONE -> territory(in, kind, pick(in, EMPLOYMENT_ZONES).value(), null, List.of());
            case LOCAL_AREA -> localAreaTerritory(in, pickDistinct(in, REAL_COMMUNES, 1, 5));
        };
    }

    /** SPRO partners of any kind, named after a real commune or région. */
    public static Gen<Partner> partners() {
        return in -> partner(in, pick(in, List.of(PartnerKind.values())), pick(in, REAL_COMMUNES));
    }

    /** Contexts, each suiting some configuration ({@link #contextsFor(Configuration)}). */
    public static Gen<Context> contexts() {
        return in -> contextsFor(pick(in, List.of(Configuration.values()))).generate(in);
    }

    /**
     * Contexts that suit {@code configuration}: STRONG engagement and an animator for
     * {@code REGION_LED_LOCAL_SERVICE}, a federating issue and a long-standing proximity for
     * {@code LOCAL_COMMON_CAUSE}, WEAK engagement for {@code REGION_WITHDRAWN}, anything for {@code OTHER}.
     */
    public static Gen<Context> contextsFor(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return in -> context(in, configuration);
    }

    /** Relations between two distinct random operator ids, with 1 to 3 distinct purposes. */
    public static Gen<Relation> relations() {
        return in -> {
            OperatorFamily family = pick(in, List.of(OperatorFamily.values()));
            String first = operatorId(in, family);
            return relation(in, List.of(first, first + "-2"), CEP_START, REFERENCE_DATE);
        };
    }

    /**
     * Cooperations of 2 to 4 operators with distinct ids and families active on the start date, on any
     * territory, with a context that suits the configuration and relations between their operators.
     */
    public static Gen<Cooperation> cooperations() {
        Gen<Territory> territories = territories();
        return in -> {
            LocalDate startDate = date(in, CEP_START, REFERENCE_DATE);
            int size = between(in, 2, 4);
            List<OperatorRef> members = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            while (members.size() < size) {
                OperatorRef ref = operatorRefActiveOn(in, startDate);
                // a second operator of another family: one network alone is not a cooperation
                boolean oneFamily = members.size() == 1 && ref.getFamily() == members.get(0).getFamily();
                if (!oneFamily && ids.add(ref.getId())) {
                    members.add(ref);
                }
            }
            return cooperation(in, "coop-" + hex(in, 8), members, territories.generate(in), startDate,
                    REFERENCE_DATE);
        };
    }

    // ---------------------------------------------------------------- datasets

    /**
     * Small consistent datasets: 2 to 5 operators, 1 to 8 pathways and 0 to 2 cooperations that refer to
     * them by id and family, all free of any rule violation when validated together.
     *
     * <p>A dataset belongs to one period, 2015–2019 or 2020 to {@link #REFERENCE_DATE}, whose families it
     * uses, and to one home commune where every operator has a site. A regional operator covers the région of
     * each of its beneficiaries' residence. A cooperation's territory is the home commune, its département,
     * its région, or a local area of its operators' site communes, so every operator is present there.
     */
    public static Gen<Dataset> datasets() {
        return in -> {
            boolean before2020 = chance(in, 25);
            LocalDate first = before2020 ? CEP_START : REFORM_2020;
            LocalDate last = before2020 ? LAST_DAY_BEFORE_REFORM : REFERENCE_DATE;
            List<OperatorFamily> families = Arrays.stream(OperatorFamily.values())
                    .filter(family -> family.isActiveOn(first) && family.isActiveOn(last))
                    .toList();
            CommuneCode home = pick(in, REAL_COMMUNES);
            RegionCode homeRegion = home.region().orElseThrow();

            List<Operator> operators = new ArrayList<>();
            int operatorCount = between(in, 2, 5);
            for (int i = 1; i <= operatorCount; i++) {
                OperatorFamily family = pick(in, families);
                while (i == 2 && family == operators.get(0).getFamily()) { // two families, for the cooperations
                    family = pick(in, families);
                }
                operators.add(datasetOperator(in, i, family, home, homeRegion, first));
            }

            List<Pathway> pathways = new ArrayList<>();
            int pathwayCount = between(in, 1, 8);
            for (int i = 1; i <= pathwayCount; i++) {
                Operator operator = pick(in, operators);
                Gen<CommuneCode> residences = operator.getCoverage().isEmpty()
                        ? communesIn(List.of(homeRegion))
                        : communesIn(operator.getCoverage());
                List<OperatorRef> others = operators.stream()
                        .filter(other -> !other.getId().equals(operator.getId()))
                        .map(Operator::toRef)
                        .toList();
                String id = "pw-" + i + "-" + hex(in, 6);
                Pathway pathway = pathway(in, id, operator.toRef(), first, last, residences,
                        (source, date) -> pick(source, others));
                // one beneficiary a pathway: two of one id would have to agree (dataset.beneficiary-inconsistent)
                pathways.add(Pathway.builder().from(pathway).beneficiary(Beneficiary.builder()
                        .from(pathway.getBeneficiary()).id("b-" + i + "-" + hex(in, 8)).build()).build());
            }

            List<Cooperation> cooperations = new ArrayList<>();
            int cooperationCount = between(in, 0, 2);
            for (int i = 1; i <= cooperationCount; i++) {
                List<Operator> members = pickDistinct(in, operators, 2, Math.min(4, operators.size()));
                if (members.stream().map(Operator::getFamily).distinct().count() < 2) {
                    members = List.of(operators.get(0), operators.get(1));
                }
                Territory territory = datasetTerritory(in, home, members);
                LocalDate startDate = date(in, first, last);
                cooperations.add(cooperation(in, "coop-" + i + "-" + hex(in, 4),
                        members.stream().map(Operator::toRef).toList(), territory, startDate, last));
            }
            return new Dataset(operators, pathways, cooperations);
        };
    }

    // ---------------------------------------------------------------- building blocks

    private static Operator datasetOperator(RandomnessSource in, int index, OperatorFamily family,
            CommuneCode home, RegionCode homeRegion, LocalDate periodStart) {
        List<RegionCode> coverage = List.of();
        if (family == REGIONAL_OPERATOR) {
            List<RegionCode> regions = new ArrayList<>(List.of(homeRegion));
            regions.addAll(pickDistinct(in, RegionCode.values().stream()
                    .filter(region -> !region.equals(homeRegion)).toList(), 0, 2));
            coverage = List.copyOf(regions);
        }
        Gen<CommuneCode> otherSites = coverage.isEmpty() ? communes() : communesIn(coverage);
        List<CommuneCode> communes = new ArrayList<>(List.of(home));
        int more = between(in, 0, 2);
        for (int i = 0; i < more; i++) {
            communes.add(otherSites.generate(in));
        }
        Optional<LocalDate> activeFrom = switch (family) {
            case REGIONAL_OPERATOR -> maybe(in, 70, () -> REFORM_2020);
            case OPACIF_FONGECIF, REGION_DESIGNATED_OPERATOR -> maybe(in, 70, () -> CEP_START);
            default -> maybe(in, 50, () -> date(in, LocalDate.of(2009, 1, 1), periodStart));
        };
        Optional<LocalDate> activeTo = family == OPACIF_FONGECIF || family == REGION_DESIGNATED_OPERATOR
                ? maybe(in, 50, () -> LAST_DAY_BEFORE_REFORM)
                : Optional.empty();
        String id = prefix(family) + "-" + index + "-" + hex(in, 4);
        return operator(in, id, family, home, coverage, communes, activeFrom, activeTo);
    }

    private static Territory datasetTerritory(RandomnessSource in, CommuneCode home, List<Operator> members) {
        return switch (between(in, 0, 3)) {
            case 0 -> communeTerritory(in, home);
            case 1 -> departementTerritory(in, home.departement().orElseThrow());
            case 2 -> regionTerritory(in, home.region().orElseThrow());
            default -> {
                List<CommuneCode> siteCommunes = members.stream()
                        .flatMap(member -> member.getSites().stream())
                        .map(Site::getCommune)
                        .filter(commune -> !commune.equals(home))
                        .distinct()
                        .toList();
                List<CommuneCode> communes = new ArrayList<>(List.of(home));
                communes.addAll(pickDistinct(in, siteCommunes, 0, Math.min(4, siteCommunes.size())));
                yield localAreaTerritory(in, communes);
            }
        };
    }

    private static Operator operator(RandomnessSource in, String id, OperatorFamily family, CommuneCode seat,
            List<RegionCode> coverage, List<CommuneCode> siteCommunes, Optional<LocalDate> activeFrom,
            Optional<LocalDate> activeTo) {
        String shortName = shortName(family);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < siteCommunes.size(); i++) {
            sites.add(site(in, id + "-s" + (i + 1), siteCommunes.get(i), shortName));
        }
        String where = family == REGIONAL_OPERATOR || family == OPACIF_FONGECIF || family == REGION_DESIGNATED_OPERATOR
                ? (coverage.isEmpty() ? seat.region().orElseThrow() : coverage.get(0)).name()
                : PLACES.get(seat).name();
        return Operator.builder()
                .id(id)
                .family(family)
                .name(shortName + " " + where)
                .siret(maybe(in, 70, () -> sirets().generate(in)))
                .coverage(coverage)
                .sites(sites)
                .activeFrom(activeFrom)
                .activeTo(activeTo)
                .build();
    }

    private static Site site(RandomnessSource in, String id, CommuneCode commune, String label) {
        Place place = PLACES.get(commune);
        List<DeliveryMode> modes = pickDistinct(in, List.of(DeliveryMode.values()), 1, 2);
        return Site.builder()
                .id(id)
                .name(maybe(in, 60, () -> label + " " + place.name()))
                .commune(commune)
                .postalCode(maybe(in, 70, place::postalCode))
                .modes(modes.stream().sorted().toList())
                .build();
    }

    private static Beneficiary beneficiary(RandomnessSource in, OperatorFamily family, LocalDate startDate,
            CommuneCode residence) {
        boolean disabilityRecognition = family == CAP_EMPLOI || chance(in, 8);
        int minAge = family == APEC ? 22 : 16;
        boolean extendedAge = disabilityRecognition && !startDate.isBefore(CONTRAT_ENGAGEMENT_JEUNE);
        int maxAge = family == MISSION_LOCALE ? (extendedAge ? 29 : 25) : 64;
        int age = between(in, minAge, maxAge);
        BeneficiaryStatus status = pick(in, statusesFor(family));
        boolean executive = family == APEC
                ? chance(in, 70)
                : age >= 22 && status != BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE && chance(in, 15);
        QualificationLevel highest = highestLevelAt(age);
        QualificationLevel lowest = family == APEC && !executive ? QualificationLevel.LEVEL_6 : QualificationLevel.NONE;
        QualificationLevel level = QualificationLevel.values()[between(in, lowest.ordinal(), highest.ordinal())];
        return Beneficiary.builder()
                .id("b-" + hex(in, 12))
                .birthDate(birthDateAged(in, age, startDate))
                .sex(pick(in, List.of(Sex.values())))
                .status(status)
                .executive(executive)
                .disabilityRecognition(disabilityRecognition)
                .qualificationLevel(level)
                .residence(residence)
                .employerSiret(EMPLOYED_STATUSES.contains(status)
                        ? maybe(in, 60, () -> sirets().generate(in))
                        : Optional.empty())
                .build();
    }

    private static List<BeneficiaryStatus> statusesFor(OperatorFamily family) {
        return switch (family) {
            case FRANCE_TRAVAIL -> List.of(BeneficiaryStatus.JOBSEEKER);
            case REGIONAL_OPERATOR, OPACIF_FONGECIF -> PRIVATE_SECTOR_STATUSES;
            default -> ACTIVE_STATUSES;
        };
    }

    /** The highest level a person of that age plausibly holds (bac at 18, licence at 21, master at 23…). */
    private static QualificationLevel highestLevelAt(int age) {
        if (age < 18) {
            return QualificationLevel.LEVEL_3;
        } else if (age < 20) {
            return QualificationLevel.LEVEL_4;
        } else if (age < 21) {
            return QualificationLevel.LEVEL_5;
        } else if (age < 23) {
            return QualificationLevel.LEVEL_6;
        } else if (age < 26) {
            return QualificationLevel.LEVEL_7;
        }
        return QualificationLevel.LEVEL_8;
    }

    /** A birth date giving exactly {@code age} completed years on {@code date}. */
    private static LocalDate birthDateAged(RandomnessSource in, int age, LocalDate date) {
        return date(in, date.minusYears(age + 1L).plusDays(1), date.minusYears(age));
    }

    private static Pathway pathway(RandomnessSource in, String id, OperatorRef operator, LocalDate first,
            LocalDate last, Gen<CommuneCode> residences,
            BiFunction<RandomnessSource, LocalDate, OperatorRef> referralTarget) {
        LocalDate startDate = date(in, first, last);
        LocalDate horizon = min(last, startDate.plusYears(2));
        Optional<LocalDate> endDate = maybe(in, 60, () -> date(in, startDate, horizon));
        LocalDate lastDate = endDate.orElse(horizon);
        Specification specification = startDate.isBefore(REFORM_2020) ? Specification.CDC_2014
                : Specification.CDC_2019;
        List<ServiceLevel> levels = specification == Specification.CDC_2014
                ? List.of(ServiceLevel.values())
                : List.of(ServiceLevel.LEVEL_1, ServiceLevel.LEVEL_2);

        List<Service> services = new ArrayList<>();
        services.add(Service.of(pick(in, levels), startDate, pick(in, List.of(DeliveryMode.values()))));
        int more = between(in, 0, 3);
        for (int i = 0; i < more; i++) {
            services.add(Service.of(pick(in, levels), date(in, startDate, lastDate),
                    pick(in, List.of(DeliveryMode.values()))));
        }
        services.sort(Comparator.comparing(Service::getDate));

        List<Referral> referrals = new ArrayList<>();
        int referralCount = chance(in, 30) ? between(in, 1, 2) : 0;
        for (int i = 0; i < referralCount; i++) {
            LocalDate date = date(in, startDate, lastDate);
            referrals.add(referral(in, date, referralTarget.apply(in, date)));
        }
        referrals.sort(Comparator.comparing(Referral::getDate));

        return Pathway.builder()
                .id(id != null ? id : "pw-" + startDate.getYear() + "-" + hex(in, 8))
                .operator(operator)
                .beneficiary(beneficiary(in, operator.getFamily(), startDate, residences.generate(in)))
                .specification(specification)
                .startDate(startDate)
                .endDate(endDate)
                .services(services)
                .referrals(referrals)
                .actionPlan(maybe(in, 40, () -> actionPlan(in, date(in, startDate, lastDate))))
                .outcome(maybe(in, 30, () -> outcome(in, endDate.orElse(startDate))))
                .build();
    }

    /** An outcome observed within a year of {@code after}, and not after {@link #REFERENCE_DATE}. */
    private static Outcome outcome(RandomnessSource in, LocalDate after) {
        return Outcome.of(date(in, after, min(REFERENCE_DATE, after.plusYears(1))),
                pick(in, List.of(OutcomeSituation.values())));
    }

    private static Referral referral(RandomnessSource in, LocalDate date, OperatorRef to) {
        return Referral.builder()
                .to(to)
                .date(date)
                .purpose(pick(in, List.of(CooperationPurpose.values())))
                .build();
    }

    private static ActionPlan actionPlan(RandomnessSource in, LocalDate deliveredOn) {
        List<GoalKind> kinds = pickDistinct(in, List.of(GoalKind.values()), 1, 3);
        return ActionPlan.builder()
                .deliveredOn(deliveredOn)
                .goals(kinds.stream().map(kind -> goal(in, kind)).toList())
                .build();
    }

    private static Goal goal(RandomnessSource in, GoalKind kind) {
        return Goal.builder()
                .kind(kind)
                .rome(maybe(in, 50, () -> romeCodes().generate(in)))
                .formacode(maybe(in, 30, () -> formacodes().generate(in)))
                .certification(maybe(in, 30, () -> certificationCodes().generate(in)))
                .build();
    }

    private static Cooperation cooperation(RandomnessSource in, String id, List<OperatorRef> members,
            Territory territory, LocalDate startDate, LocalDate last) {
        Optional<LocalDate> endDate = maybe(in, 40, () -> date(in, startDate, last));
        LocalDate lastDate = endDate.orElse(last);
        Configuration configuration = pick(in, List.of(Configuration.values()));
        List<String> memberIds = members.stream().map(OperatorRef::getId).toList();
        List<Relation> relations = new ArrayList<>();
        int relationCount = between(in, 0, 3);
        for (int i = 0; i < relationCount; i++) {
            relations.add(relation(in, pickDistinct(in, memberIds, 2, 2), startDate, lastDate));
        }
        List<Partner> partners = new ArrayList<>();
        int partnerCount = between(in, 0, 3);
        for (int i = 0; i < partnerCount; i++) {
            partners.add(partner(in, pick(in, List.of(PartnerKind.values())), pick(in, REAL_COMMUNES)));
        }
        boolean withContext = configuration != Configuration.OTHER || chance(in, 50);
        return Cooperation.builder()
                .id(id)
                .territory(territory)
                .operators(members)
                .partners(partners)
                .configuration(configuration)
                .context(withContext ? Optional.of(context(in, configuration)) : Optional.empty())
                .relations(relations)
                .startDate(startDate)
                .endDate(endDate)
                .build();
    }

    private static Relation relation(RandomnessSource in, List<String> between, LocalDate first, LocalDate last) {
        return Relation.builder()
                .between(between)
                .form(pick(in, List.of(RelationForm.values())))
                .purposes(pickDistinct(in, List.of(CooperationPurpose.values()), 1, 3))
                .since(maybe(in, 50, () -> date(in, first, last)))
                .build();
    }

    private static Context context(RandomnessSource in, Configuration configuration) {
        CommuneCode place = pick(in, REAL_COMMUNES);
        return switch (configuration) {
            case REGION_LED_LOCAL_SERVICE -> Context.builder()
                    .regionalEngagement(RegionalEngagement.STRONG)
                    .priorProximity(maybe(in, 50, () -> pick(in, List.of(PriorProximity.values()))))
                    .animator(partner(in, pick(in, List.of(PartnerKind.REGION, PartnerKind.CITE_DES_METIERS,
                            PartnerKind.CARIF_OREF)), place))
                    .build();
            case LOCAL_COMMON_CAUSE -> Context.builder()
                    .regionalEngagement(maybe(in, 50, () -> pick(in, List.of(RegionalEngagement.values()))))
                    .priorProximity(PriorProximity.LONG_STANDING)
                    .federatingIssue(pick(in, FEDERATING_ISSUES))
                    .animator(maybe(in, 50, () -> partner(in, pick(in, List.of(PartnerKind.values())), place)))
                    .build();
            case REGION_WITHDRAWN -> Context.builder()
                    .regionalEngagement(RegionalEngagement.WEAK)
                    .priorProximity(maybe(in, 50, () -> pick(in, List.of(PriorProximity.values()))))
                    .build();
            case OTHER -> Context.builder()
                    .regionalEngagement(maybe(in, 50, () -> pick(in, List.of(RegionalEngagement.values()))))
                    .priorProximity(maybe(in, 50, () -> pick(in, List.of(PriorProximity.values()))))
                    .federatingIssue(maybe(in, 30, () -> pick(in, FEDERATING_ISSUES)))
                    .build();
        };
    }

    private static Partner partner(RandomnessSource in, PartnerKind kind, CommuneCode commune) {
        String city = PLACES.get(commune).name();
        String region = commune.region().orElseThrow().name();
        String name = switch (kind) {
            case CITE_DES_METIERS -> "Cité des métiers de " + city;
            case CIO -> "CIO de " + city;
            case INFORMATION_JEUNESSE -> "Point Information Jeunesse de " + city;
            case CARIF_OREF -> "Carif-Oref " + region;
            case PLIE -> "PLIE de " + city;
            case MAISON_DE_L_EMPLOI -> "Maison de l'emploi de " + city;
            case CHAMBER -> "Chambre de commerce et d'industrie de " + city;
            case AFPA -> "Afpa " + city;
            case REGION -> "Région " + region;
            case OTHER -> "Association d'insertion de " + city;
            case TRANSITIONS_PRO -> "Transitions Pro " + region;
            case E2C -> "École de la deuxième chance de " + city;
            case EPIDE -> "Epide de " + city;
            case UNIVERSITY -> "Université de " + city;
        };
        return Partner.of(name, kind);
    }

    private static Territory communeTerritory(RandomnessSource in, CommuneCode commune) {
        return territory(in, TerritoryKind.COMMUNE, commune.value(), PLACES.get(commune).name(), List.of());
    }

    private static Territory departementTerritory(RandomnessSource in, DepartementCode departement) {
        return territory(in, TerritoryKind.DEPARTEMENT, departement.value(), null, List.of());
    }

    private static Territory regionTerritory(RandomnessSource in, RegionCode region) {
        return territory(in, TerritoryKind.REGION, region.value(), region.name(), List.of());
    }

    private static Territory localAreaTerritory(RandomnessSource in, List<CommuneCode> listed) {
        // a municipal arrondissement beside its commune would count twice (territory.inconsistent)
        List<CommuneCode> communes = listed.stream()
                .filter(code -> arrondissementOf(code).map(parent -> !listed.contains(parent)).orElse(true))
                .toList();
        String name = "Bassin de " + PLACES.get(communes.get(0)).name();
        return territory(in, TerritoryKind.LOCAL_AREA, "bassin-" + hex(in, 6), name, communes);
    }

    private static Territory territory(RandomnessSource in, TerritoryKind kind, String code, String name,
            List<CommuneCode> communes) {
        return Territory.builder()
                .kind(kind)
                .code(code)
                .name(name != null && chance(in, 70) ? Optional.of(name) : Optional.empty())
                .communes(communes)
                .build();
    }

    /** The commune a municipal arrondissement of Paris, Lyon or Marseille divides. */
    static Optional<CommuneCode> arrondissementOf(CommuneCode code) {
        String value = code.value();
        if (value.startsWith("751") && !value.equals("75100")) {
            return Optional.of(CommuneCode.parse("75056"));
        } else if (value.startsWith("6938")) {
            return Optional.of(CommuneCode.parse("69123"));
        } else if (value.startsWith("132")) {
            return Optional.of(CommuneCode.parse("13055"));
        }
        return Optional.empty();
    }

    private static OperatorRef operatorRefActiveOn(RandomnessSource in, LocalDate date) {
        List<OperatorFamily> active = Arrays.stream(OperatorFamily.values())
                .filter(family -> family.isActiveOn(date))
                .toList();
        OperatorFamily family = pick(in, active);
        return OperatorRef.of(operatorId(in, family), family);
    }

    private static LocalDate firstDay(OperatorFamily family) {
        return family.activeFrom().filter(from -> from.isAfter(CEP_START)).orElse(CEP_START);
    }

    private static LocalDate lastDay(OperatorFamily family) {
        return family.activeUntil().filter(until -> until.isBefore(REFERENCE_DATE)).orElse(REFERENCE_DATE);
    }

    private static String operatorId(RandomnessSource in, OperatorFamily family) {
        return prefix(family) + "-" + hex(in, 6);
    }

    private static String prefix(OperatorFamily family) {
        return switch (family) {
            case FRANCE_TRAVAIL -> "ft";
            case APEC -> "apec";
            case CAP_EMPLOI -> "cap";
            case MISSION_LOCALE -> "ml";
            case REGIONAL_OPERATOR -> "cep";
            case OPACIF_FONGECIF -> "fongecif";
            case REGION_DESIGNATED_OPERATOR -> "crd";
        };
    }

    private static String shortName(OperatorFamily family) {
        return switch (family) {
            case FRANCE_TRAVAIL -> "France Travail";
            case APEC -> "Apec";
            case CAP_EMPLOI -> "Cap emploi";
            case MISSION_LOCALE -> "Mission locale";
            case REGIONAL_OPERATOR -> "CEP actifs occupés";
            case OPACIF_FONGECIF -> "Fongecif";
            case REGION_DESIGNATED_OPERATOR -> "Opérateur CEP de la Région";
        };
    }

    // ---------------------------------------------------------------- randomness

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static <T> Optional<T> maybe(RandomnessSource in, int percent, Supplier<T> value) {
        return chance(in, percent) ? Optional.of(value.get()) : Optional.empty();
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    /** Between {@code min} and {@code max} distinct elements of {@code values}, in random order. */
    private static <T> List<T> pickDistinct(RandomnessSource in, List<T> values, int min, int max) {
        List<T> remaining = new ArrayList<>(values);
        int size = between(in, min, Math.min(max, remaining.size()));
        List<T> picked = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            picked.add(remaining.remove(between(in, 0, remaining.size() - 1)));
        }
        return picked;
    }

    private static LocalDate date(RandomnessSource in, LocalDate from, LocalDate to) {
        return LocalDate.ofEpochDay(Generate.longRange(from.toEpochDay(), to.toEpochDay()).generate(in));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String digits(RandomnessSource in, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + between(in, 0, 9)));
        }
        return digits.toString();
    }

    private static String hex(RandomnessSource in, int count) {
        StringBuilder hex = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            hex.append(HEX_DIGITS.charAt(between(in, 0, 15)));
        }
        return hex.toString();
    }

    /** {@code payload} followed by the digit that makes the whole pass the Luhn check. */
    private static String withLuhnKey(String payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return payload + (10 - sum % 10) % 10;
    }

    private static void place(String code, String name, String postalCode) {
        PLACES.put(CommuneCode.parse(code), new Place(name, PostalCode.parse(postalCode)));
    }

    private static void epci(String siren, String name) {
        EPCI_NAMES.put(EpciCode.parse(siren), name);
    }

    private record Place(String name, PostalCode postalCode) {
    }
}
