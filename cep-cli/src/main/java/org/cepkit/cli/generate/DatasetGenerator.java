package org.cepkit.cli.generate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.cepkit.json.CepJson;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;

/**
 * Writes a realistic synthetic CEP dataset as NDJSON, the engine of {@code cep generate}: operators of every
 * family in eight régions (Île-de-France, Auvergne-Rhône-Alpes, Occitanie, Hauts-de-France, Corsica, La Réunion,
 * Mayotte, Guadeloupe) with their sites in current communes of the embedded COG, pathways with the publics,
 * dates, services, referrals and action plans of each family, and cooperations in the three local
 * configurations of the Céreq. Each line is one record in the canonical JSON of {@link CepJson#write}.
 *
 * <pre>{@code
 * DatasetGenerator generator = new DatasetGenerator(42, 0.05, LocalDate.of(2026, 1, 1));
 * try (Writer out = Files.newBufferedWriter(Path.of("demo.ndjson"))) {
 *     GenerationSummary summary = generator.generate(100_000, out);
 *     summary.invalidRecords();  // about 5,000 pathways, and a few operators and cooperations
 * }
 * }</pre>
 *
 * <h2>Order and memory</h2>
 * The operators come first, then the pathways, then the cooperations, so that a reader of standard input knows
 * every operator before the records that refer to it. The cooperations are drawn before the pathways, whose
 * referrals go in part to the partners their relations declare, and are held in memory with the operators
 * (one per 1,000 pathways). Only these are held: the operators (about 50 for a few pathways, 80 for a thousand,
 * 115 at most from a million) and the cooperations' relations; a pathway is written as soon as it is drawn, so a
 * million pathways take little more memory than a thousand (they run in a 48 MB heap). About one cooperation is written per 1,000 pathways, and at least
 * three, one per configuration.
 *
 * <h2>Determinism</h2>
 * The output depends on the seed, the invalid rate, the reference date and the number of pathways only, never
 * on the clock or the machine: the same arguments give byte-identical output. All randomness comes from one
 * {@link SplittableRandom} seeded with {@code seed}, split into a stream for the operators, one for the pathways
 * (split again for each pathway), one for the cooperations and one for the injection of violations. A pathway
 * that is not made invalid is therefore the same whatever the invalid rate.
 *
 * <h2>Dates</h2>
 * Every date is on or before the reference date, which the caller gives so that the output does not depend on the
 * day it is generated. Pathways start between 2015-01-01, when the first cahier des charges came into force, and
 * the reference date, under the cahier des charges of 2014 before 2020 and that of 2019 from 2020; Opacif/Fongecif
 * pathways start before 2020 and regional operators' from 2020. Validate the output with the same reference date
 * ({@code cep validate --today}): with a later one, the services injected in the future may no longer be.
 *
 * <h2>Invalid records</h2>
 * With an invalid rate {@code R}, each pathway is made invalid with probability {@code R}, and each operator and
 * cooperation with probability {@code R / 5}, by one violation drawn from a list of known ones: a Mission locale
 * beneficiary aged 27, a level 3 service under the cahier des charges of 2019, an inactive beneficiary, an end
 * date before the start date, a service after the end date, a NIR-shaped beneficiary id, a self-referral, an
 * Opacif/Fongecif pathway starting after 2019, the cahier des charges of 2014 after 2019, a referral to an
 * unknown operator, a malformed commune code (written by editing the canonical JSON, since the model cannot hold
 * one), a duplicate pathway id, and a few more. Each breaks one ERROR rule and leaves every other record valid, so
 * a validator finds exactly {@link GenerationSummary#invalidRecords()} invalid records. With {@code R = 0} the
 * whole output validates without an ERROR (WARNING and INFO issues remain, e.g. students at a Mission locale).
 *
 * <p>Immutable and thread-safe; each call of {@link #generate} starts from the seed again.
 */
public final class DatasetGenerator {

    /**
     * A reference date for callers that have none to give: the first day of the embedded COG edition's year.
     * A fixed default, unlike today, keeps the output of a seed the same from one day to the next.
     */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    /** The earliest reference date: the generator needs a full year of the cahier des charges of 2019. */
    public static final LocalDate EARLIEST_REFERENCE_DATE = LocalDate.of(2021, 1, 1);

    private static final double OTHER_RECORDS_RATE_DIVISOR = 5;

    private final long seed;
    private final double invalidRate;
    private final LocalDate referenceDate;

    /**
     * @param seed the seed of every random draw
     * @param invalidRate the probability, from 0 to 1, that a pathway is made invalid (operators and cooperations:
     *     a fifth of it)
     * @param referenceDate the latest date written, on or after {@link #EARLIEST_REFERENCE_DATE} (2021-01-01)
     * @throws IllegalArgumentException if the rate is outside [0, 1] or the reference date too early
     */
    public DatasetGenerator(long seed, double invalidRate, LocalDate referenceDate) {
        if (!(invalidRate >= 0 && invalidRate <= 1)) {
            throw new IllegalArgumentException("Invalid rate " + invalidRate + ": expected a number from 0 to 1");
        }
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (referenceDate.isBefore(EARLIEST_REFERENCE_DATE)) {
            throw new IllegalArgumentException("Reference date " + referenceDate + " is too early: expected "
                    + EARLIEST_REFERENCE_DATE + " or later");
        }
        this.seed = seed;
        this.invalidRate = invalidRate;
        this.referenceDate = referenceDate;
    }

    public long seed() {
        return seed;
    }

    public double invalidRate() {
        return invalidRate;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /**
     * Writes the operators, {@code pathways} pathways and the cooperations to {@code out}, one record a line
     * ended by {@code \n}, then flushes it; {@code out} is not closed.
     *
     * @throws IllegalArgumentException if {@code pathways} is negative
     * @throws IOException if {@code out} fails
     */
    public GenerationSummary generate(long pathways, Writer out) throws IOException {
        return generate(pathways, out, (line, type, rule) -> {
        });
    }

    /** {@link #generate(long, Writer)}, telling {@code log} the line and rule of each record made invalid. */
    GenerationSummary generate(long pathways, Writer out, InjectionLog log) throws IOException {
        if (pathways < 0) {
            throw new IllegalArgumentException("Number of pathways " + pathways + ": expected 0 or more");
        }
        Objects.requireNonNull(out, "out");
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom operatorRandom = root.split();
        SplittableRandom pathwayRandom = root.split();
        SplittableRandom cooperationRandom = root.split();
        SplittableRandom injections = root.split();
        Places places = new Places();
        OperatorSet operators = new OperatorFactory(places, referenceDate).build(operatorRandom, pathways);
        Output output = new Output(out, log);

        double otherRate = invalidRate / OTHER_RECORDS_RATE_DIVISOR;
        for (Operator operator : operators.all()) {
            Violation violation = draw(injections, otherRate, Violation.ofOperator(operator.getFamily()));
            output.write(violation == null ? operator : OperatorFactory.inject(operator, violation, injections),
                    violation);
        }

        CooperationFactory cooperationFactory = new CooperationFactory(operators, referenceDate);
        long cooperations = CooperationFactory.count(pathways);
        long[] cooperationSeeds = new long[Math.toIntExact(cooperations)];
        List<Cooperation> declared = new ArrayList<>();
        DeclaredPartners partners = new DeclaredPartners(operators);
        for (int i = 0; i < cooperationSeeds.length; i++) {
            cooperationSeeds[i] = cooperationRandom.nextLong();
            declared.add(cooperationFactory.cooperation(cooperationId(i), i, new SplittableRandom(cooperationSeeds[i]),
                    null));
            partners.add(declared.get(i), cooperationRandom.split());
        }
        PathwayFactory pathwayFactory = new PathwayFactory(operators, places, referenceDate, partners);
        List<Violation> pathwayViolations = Violation.of(RecordType.PATHWAY);
        List<Violation> firstViolations = pathwayViolations.stream()
                .filter(v -> v != Violation.DUPLICATE_PATHWAY_ID).toList();
        int width = Math.max(7, Long.toString(pathways).length());
        String lastId = null;
        for (long i = 1; i <= pathways; i++) {
            SplittableRandom random = pathwayRandom.split();
            Violation violation = draw(injections, invalidRate, lastId == null ? firstViolations : pathwayViolations);
            boolean duplicate = violation == Violation.DUPLICATE_PATHWAY_ID;
            String id = duplicate ? lastId : pathwayId(i, width);
            Pathway pathway = pathwayFactory.pathway(id, random, violation);
            String json = output.json.write(pathway);
            if (violation == Violation.MALFORMED_RESIDENCE) {
                json = PathwayFactory.malformResidence(json, pathway.getBeneficiary().getResidence());
            }
            output.line(json, RecordType.PATHWAY, violation);
            if (!duplicate) {
                lastId = id;
            }
        }

        for (int i = 0; i < cooperationSeeds.length; i++) {
            Violation violation = draw(injections, otherRate, Violation.of(RecordType.COOPERATION));
            output.write(violation == null ? declared.get(i) : cooperationFactory.cooperation(cooperationId(i), i,
                    new SplittableRandom(cooperationSeeds[i]), violation), violation);
        }
        out.flush();
        return new GenerationSummary(operators.all().size(), pathways, cooperations, output.invalidByRule);
    }

    private static Violation draw(SplittableRandom injections, double rate, List<Violation> violations) {
        return injections.nextDouble() < rate ? Draws.one(injections, violations) : null;
    }

    private static String cooperationId(int index) {
        return String.format("coop-%04d", index + 1);
    }

    private static String pathwayId(long index, int width) {
        String digits = Long.toString(index);
        return "pw-" + "0".repeat(width - digits.length()) + digits;
    }

    /** Told of each record made invalid, so that tests can match the injections to a report line by line. */
    @FunctionalInterface
    interface InjectionLog {
        void injected(long line, RecordType type, String rule);
    }

    /** The lines written so far, and the violations they carry. */
    private static final class Output {
        final CepJson json = CepJson.create();
        final Map<String, Long> invalidByRule = new TreeMap<>();
        private final Writer out;
        private final InjectionLog log;
        private long lines;

        Output(Writer out, InjectionLog log) {
            this.out = out;
            this.log = log;
        }

        void write(CepRecord record, Violation violation) throws IOException {
            line(json.write(record), record.getType(), violation);
        }

        void line(String text, RecordType type, Violation violation) throws IOException {
            out.write(text);
            out.write('\n');
            lines++;
            if (violation != null) {
                invalidByRule.merge(violation.rule(), 1L, Long::sum);
                log.injected(lines, type, violation.rule());
            }
        }
    }
}
