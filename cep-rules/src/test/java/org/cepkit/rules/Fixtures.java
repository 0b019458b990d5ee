package org.cepkit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepGenerators;
import org.quicktheories.core.Gen;

/**
 * The test helpers of cep-rules: small, valid CEP records for the unit tests, all set in Haute-Corse; a compact
 * view of a report's issues ({@link Finding}); and targeted {@link Mutation}s of the pathways that the shared
 * {@link CepGenerators} draw for the property tests. Each fixture passes every rule with {@link #validator()}:
 * a test changes one thing and states exactly which issues follow.
 */
public final class Fixtures {

    /** The reference date of {@link #validator()}, the generated records' one: no fixture date comes after it. */
    public static final LocalDate TODAY = CepGenerators.REFERENCE_DATE;

    /** The id of every fixture pathway. */
    public static final String PATHWAY_ID = "pw-1";
    /** The id of every fixture cooperation. */
    public static final String COOPERATION_ID = "coop-bastia";
    /**
     * The pseudonymous id of the fixture beneficiary of the Mission locale; the others are {@code b-7f3a-} and their
     * operator's id ({@link #beneficiaryId}): pathways of two families are two people, whose birth dates differ.
     */
    public static final String BENEFICIARY_ID = "b-7f3a";

    /** Bastia, Haute-Corse (2B), région Corse (94). */
    public static final CommuneCode BASTIA = CommuneCode.parse("2B033");
    /** Ajaccio, Corse-du-Sud (2A), région Corse (94). */
    public static final CommuneCode AJACCIO = CommuneCode.parse("2A004");
    /** Paris, région Île-de-France (11). */
    public static final CommuneCode PARIS = CommuneCode.parse("75056");
    public static final RegionCode CORSE = RegionCode.parse("94");
    public static final RegionCode ILE_DE_FRANCE = RegionCode.parse("11");

    /** A SIRET with a valid Luhn key. */
    public static final Siret EMPLOYER = Siret.parse("73282932000074");

    private Fixtures() {
    }

    /** A profile fixed on {@link #TODAY}, French messages, no registry. */
    public static Profile.Builder profile() {
        return Profile.builder().referenceDate(TODAY);
    }

    /** A validator fixed on {@link #TODAY}, French messages, no registry. */
    public static CepValidator validator() {
        return CepValidator.create(profile().build());
    }

    /** A validator fixed on {@link #TODAY} with English messages. */
    public static CepValidator englishValidator() {
        return CepValidator.create(profile().locale(Locale.ENGLISH).build());
    }

    /** A validator fixed on {@link #TODAY} that knows {@code operators}. */
    public static CepValidator validatorKnowing(Operator... operators) {
        return CepValidator.create(profile().operators(OperatorRegistry.of(List.of(operators))).build());
    }

    // ---- operators -------------------------------------------------------------------------------------

    /** The id of the fixture operator of {@code family}: {@code ml-bastia}, {@code ft-bastia}… */
    public static String operatorId(OperatorFamily family) {
        return switch (family) {
            case FRANCE_TRAVAIL -> "ft-bastia";
            case APEC -> "apec-corse";
            case CAP_EMPLOI -> "ce-bastia";
            case MISSION_LOCALE -> "ml-bastia";
            case REGIONAL_OPERATOR -> "ro-corse";
            case OPACIF_FONGECIF -> "fongecif-corse";
            case REGION_DESIGNATED_OPERATOR -> "crd-corse";
        };
    }

    /** A reference to the fixture operator of {@code family}. */
    public static OperatorRef ref(OperatorFamily family) {
        return OperatorRef.of(operatorId(family), family);
    }

    /**
     * The fixture operator of {@code family}, with one site in Bastia; the regional operator covers Corse and
     * is active from 2020-01-01, the Fongecif and the Région's designated operator from 2015 to 2019.
     */
    public static ImmutableOperator operator(OperatorFamily family) {
        ImmutableOperator.Builder builder = Operator.builder()
                .id(operatorId(family))
                .family(family)
                .name("Opérateur " + family.code())
                .addSites(site("site-bastia", BASTIA));
        if (family == OperatorFamily.REGIONAL_OPERATOR) {
            builder.addCoverage(CORSE).activeFrom(LocalDate.of(2020, 1, 1));
        }
        if (family == OperatorFamily.OPACIF_FONGECIF || family == OperatorFamily.REGION_DESIGNATED_OPERATOR) {
            builder.activeFrom(LocalDate.of(2015, 1, 1)).activeTo(LocalDate.of(2019, 12, 31));
        }
        return builder.build();
    }

    /** A site received in person at {@code commune}. */
    public static Site site(String id, CommuneCode commune) {
        return Site.builder().id(id).commune(commune).addModes(DeliveryMode.IN_PERSON).build();
    }

    // ---- pathways --------------------------------------------------------------------------------------

    /**
     * The usual start date of a fixture pathway: 2024-03-01, or 2019-03-01 for the historical families (the Fongecif,
     * the Région's designated operator).
     */
    public static LocalDate usualStart(OperatorFamily family) {
        return family.isActiveOn(LocalDate.of(2024, 3, 1)) ? LocalDate.of(2024, 3, 1) : LocalDate.of(2019, 3, 1);
    }

    /** A valid pathway with the fixture operator of {@code family}, starting on {@link #usualStart}. */
    public static ImmutablePathway pathway(OperatorFamily family) {
        return pathway(family, usualStart(family));
    }

    /**
     * A valid pathway with the fixture operator of {@code family} starting on {@code start}: the specification in
     * force that day (CDC_2014 before 2020), one level-1 service that day, no end, and a beneficiary of the
     * family's core public (see {@link #beneficiary}).
     */
    public static ImmutablePathway pathway(OperatorFamily family, LocalDate start) {
        return Pathway.builder()
                .id(PATHWAY_ID)
                .operator(ref(family))
                .beneficiary(beneficiary(family, start))
                .specification(start.isBefore(LocalDate.of(2020, 1, 1)) ? Specification.CDC_2014 : Specification.CDC_2019)
                .startDate(start)
                .addServices(Service.of(ServiceLevel.LEVEL_1, start, DeliveryMode.IN_PERSON))
                .build();
    }

    /**
     * A beneficiary of the core public of {@code family} on {@code start}, living in Bastia, a hundred days past
     * a birthday: a Mission locale's is 20 and a job seeker; Cap emploi's is 40 with a disability recognition;
     * the Apec's is a 40-year-old executive; France Travail's a 35-year-old job seeker; the regional operator's
     * and the Fongecif's a 45-year-old private employee.
     */
    public static ImmutableBeneficiary beneficiary(OperatorFamily family, LocalDate start) {
        ImmutableBeneficiary.Builder builder = Beneficiary.builder()
                .id(beneficiaryId(family))
                .sex(Sex.FEMALE)
                .residence(BASTIA);
        int age;
        switch (family) {
            case MISSION_LOCALE -> {
                age = 20;
                builder.status(BeneficiaryStatus.JOBSEEKER).qualificationLevel(QualificationLevel.LEVEL_3);
            }
            case CAP_EMPLOI -> {
                age = 40;
                builder.status(BeneficiaryStatus.JOBSEEKER).qualificationLevel(QualificationLevel.LEVEL_3)
                        .disabilityRecognition(true);
            }
            case APEC -> {
                age = 40;
                builder.status(BeneficiaryStatus.PRIVATE_EMPLOYEE).qualificationLevel(QualificationLevel.LEVEL_7)
                        .executive(true).employerSiret(EMPLOYER);
            }
            case FRANCE_TRAVAIL -> {
                age = 35;
                builder.status(BeneficiaryStatus.JOBSEEKER).qualificationLevel(QualificationLevel.LEVEL_4);
            }
            default -> {
                age = 45;
                builder.status(BeneficiaryStatus.PRIVATE_EMPLOYEE).qualificationLevel(QualificationLevel.LEVEL_5)
                        .employerSiret(EMPLOYER);
            }
        }
        return builder.birthDate(start.minusYears(age).minusDays(100)).build();
    }

    /** The id of the fixture beneficiary of {@code family}. */
    public static String beneficiaryId(OperatorFamily family) {
        return family == OperatorFamily.MISSION_LOCALE ? BENEFICIARY_ID : BENEFICIARY_ID + "-" + operatorId(family);
    }

    /** {@code pathway} with its beneficiary changed by {@code change}. */
    public static ImmutablePathway withBeneficiary(Pathway pathway, UnaryOperator<ImmutableBeneficiary> change) {
        return ImmutablePathway.copyOf(pathway)
                .withBeneficiary(change.apply(ImmutableBeneficiary.copyOf(pathway.getBeneficiary())));
    }

    /** {@code pathway} whose beneficiary was born on {@code birthDate}. */
    public static ImmutablePathway bornOn(Pathway pathway, LocalDate birthDate) {
        return withBeneficiary(pathway, b -> b.withBirthDate(birthDate));
    }

    /** {@code pathway} whose beneficiary has {@code status}. */
    public static ImmutablePathway withStatus(Pathway pathway, BeneficiaryStatus status) {
        return withBeneficiary(pathway, b -> b.withStatus(status));
    }

    // ---- cooperations ----------------------------------------------------------------------------------

    /** Haute-Corse as a cooperation's territory. */
    public static Territory hauteCorse() {
        return Territory.builder().kind(TerritoryKind.DEPARTEMENT).code("2B").build();
    }

    /**
     * A valid cooperation in Haute-Corse between the fixture Mission locale and France Travail, configuration
     * {@code OTHER}, one relation between them, open since 2021-09-01.
     */
    public static ImmutableCooperation cooperation() {
        return Cooperation.builder()
                .id(COOPERATION_ID)
                .territory(hauteCorse())
                .addOperators(ref(OperatorFamily.MISSION_LOCALE), ref(OperatorFamily.FRANCE_TRAVAIL))
                .configuration(Configuration.OTHER)
                .addRelations(Relation.builder()
                        .addBetween(operatorId(OperatorFamily.MISSION_LOCALE), operatorId(OperatorFamily.FRANCE_TRAVAIL))
                        .form(RelationForm.ADVISER_COLLABORATION)
                        .addPurposes(CooperationPurpose.REMOVE_BARRIERS)
                        .since(LocalDate.of(2021, 9, 1))
                        .build())
                .startDate(LocalDate.of(2021, 9, 1))
                .build();
    }

    // ---- mutations of generated pathways ------------------------------------------------------------

    /**
     * One targeted change that makes a valid generated pathway break exactly one rule (or, where SPEC §5 says
     * so, one rule and its companion), with the findings it must produce. {@code n} varies the change (a number
     * of days, the digits of a NIR) within what keeps it targeted. The {@link #source()} draws the pathways the
     * change is meant for, from the shared {@link CepGenerators}.
     */
    public enum Mutation {
        /** A Mission locale beneficiary without disability recognition aged 27 at entry. */
        MISSION_LOCALE_AGED_27(OperatorFamily.MISSION_LOCALE) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                LocalDate birthDate = pathway.getStartDate().minusYears(28).plusDays(1 + n % 300);
                return withBeneficiary(pathway, b -> b.withBirthDate(birthDate).withDisabilityRecognition(false));
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("mission-locale.age", "/beneficiary/birthDate", mutated.getId()));
            }
        },
        /** An inactive beneficiary at a Mission locale, whose public rule ignores the status. */
        INACTIVE_AT_MISSION_LOCALE(OperatorFamily.MISSION_LOCALE) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                return withStatus(pathway, BeneficiaryStatus.INACTIVE);
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("beneficiary.not-eligible", "/beneficiary/status", mutated.getId()));
            }
        },
        /** An inactive beneficiary at France Travail: not eligible, and not a job seeker either. */
        INACTIVE_AT_FRANCE_TRAVAIL(OperatorFamily.FRANCE_TRAVAIL) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                return withStatus(pathway, BeneficiaryStatus.INACTIVE);
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("beneficiary.not-eligible", "/beneficiary/status", mutated.getId()),
                        info("france-travail.public", "/beneficiary/status", mutated.getId()));
            }
        },
        /** A student at the Apec: a warning only. */
        STUDENT_AT_APEC(OperatorFamily.APEC) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                return withStatus(pathway, BeneficiaryStatus.STUDENT);
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(warning("beneficiary.eligibility-condition", "/beneficiary/status", mutated.getId()));
            }
        },
        /** A Cap emploi beneficiary without disability recognition: a warning only. */
        CAP_EMPLOI_WITHOUT_RECOGNITION(OperatorFamily.CAP_EMPLOI) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                return withBeneficiary(pathway, b -> b.withDisabilityRecognition(false));
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(warning("cap-emploi.public", "/beneficiary/disabilityRecognition", mutated.getId()));
            }
        },
        /** A beneficiary id shaped like a NIR: sex, year, month, département, commune, order, key. */
        NIR_AS_BENEFICIARY_ID(null) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                String nir = String.format("%d%02d%02d%02d%03d%03d%02d", 1 + n % 2, n % 100, 1 + n % 12, 1 + n % 95,
                        n % 1000, (n / 7) % 1000, n % 97 + 1);
                return withBeneficiary(pathway, b -> b.withId(nir));
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("privacy.identifier", "/beneficiary/id", mutated.getId()));
            }
        },
        /** An end date after the reference date. */
        END_AFTER_REFERENCE_DATE(null) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                // an outcome observed before that end would break pathway.dates too: it goes
                return ImmutablePathway.copyOf(pathway).withEndDate(CepGenerators.REFERENCE_DATE.plusDays(1 + n))
                        .withOutcome(java.util.Optional.empty());
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("pathway.future-date", "/endDate", mutated.getId()));
            }
        },
        /** A birth date after the reference date, hence after the start too. */
        BORN_AFTER_REFERENCE_DATE(OperatorFamily.APEC) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                return bornOn(pathway, CepGenerators.REFERENCE_DATE.plusDays(1 + n));
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("beneficiary.age", "/beneficiary/birthDate", mutated.getId()),
                        error("pathway.future-date", "/beneficiary/birthDate", mutated.getId()));
            }
        },
        /** An end date before the start date: every other date is then only checked against the start. */
        END_BEFORE_START(null) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                return ImmutablePathway.copyOf(pathway).withEndDate(pathway.getStartDate().minusDays(1 + n));
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("pathway.dates", "/endDate", mutated.getId()));
            }
        },
        /** A level 3 service under the cahier des charges of 2019 (the pathway's first service). */
        LEVEL_3_UNDER_CDC_2019(null) {
            @Override
            boolean appliesTo(Pathway pathway) {
                return pathway.getSpecification() == Specification.CDC_2019;
            }

            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                List<Service> services = new ArrayList<>(pathway.getServices());
                Service first = services.get(0);
                services.set(0, Service.of(ServiceLevel.LEVEL_3, first.getDate(), first.getMode()));
                return ImmutablePathway.copyOf(pathway).withServices(services);
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("pathway.level-specification", "/services/0/level", mutated.getId()));
            }
        },
        /** A referral, on the start date, to the pathway's own operator. */
        SELF_REFERRAL(null) {
            @Override
            public ImmutablePathway apply(Pathway pathway, int n) {
                List<Referral> referrals = new ArrayList<>(pathway.getReferrals());
                referrals.add(Referral.builder().to(pathway.getOperator()).date(pathway.getStartDate())
                        .purpose(CooperationPurpose.values()[n % CooperationPurpose.values().length]).build());
                return ImmutablePathway.copyOf(pathway).withReferrals(referrals);
            }

            @Override
            public List<Finding> expected(Pathway mutated) {
                return List.of(error("pathway.self-referral",
                        "/referrals/" + (mutated.getReferrals().size() - 1) + "/to/id", mutated.getId()));
            }
        };

        private final OperatorFamily family;

        Mutation(OperatorFamily family) {
            this.family = family;
        }

        /** The generated pathways the change is meant for: those of its family, or of any. */
        @SuppressWarnings("exports") // a test fixture: QuickTheories is on the class path, not a module
        public Gen<Pathway> source() {
            Gen<Pathway> pathways = family == null ? CepGenerators.pathways() : CepGenerators.pathwaysFor(family);
            return pathways.assuming(this::isMeantFor);
        }

        /** Whether the change is meant for {@code pathway}: its family, and any other condition of the change. */
        public boolean isMeantFor(Pathway pathway) {
            return (family == null || pathway.getOperator().getFamily() == family) && appliesTo(pathway);
        }

        /** A condition of the change beyond the family. */
        boolean appliesTo(Pathway pathway) {
            return true;
        }

        /** The pathway changed; {@code n} is any number from 0 to 999. */
        public abstract ImmutablePathway apply(Pathway pathway, int n);

        /** Exactly the findings the changed pathway gets, in any order. */
        public abstract List<Finding> expected(Pathway mutated);
    }

    // ---- reports ---------------------------------------------------------------------------------------

    /** An issue reduced to what the rules decide: rule, severity, JSON Pointer and record id. */
    public record Finding(String rule, Severity severity, String path, String record) {
        @Override
        public String toString() {
            return severity + " " + rule + " at " + path + " of " + record;
        }
    }

    /** The findings of {@code report}, in the order found. */
    public static List<Finding> findings(ValidationReport report) {
        return report.issues().stream()
                .map(issue -> new Finding(issue.rule(), issue.severity(), issue.path(), issue.record().orElse(null)))
                .toList();
    }

    /** The findings of validating {@code record} with {@link #validator()}. */
    public static List<Finding> findingsOf(CepRecord record) {
        return findings(validator().validate(record));
    }

    public static Finding error(String rule, String path, String record) {
        return new Finding(rule, Severity.ERROR, path, record);
    }

    public static Finding warning(String rule, String path, String record) {
        return new Finding(rule, Severity.WARNING, path, record);
    }

    public static Finding info(String rule, String path, String record) {
        return new Finding(rule, Severity.INFO, path, record);
    }
}
