package org.cepkit.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.OperatorRegistry;

/**
 * The validation of one dataset, record after record. It remembers the ids seen for {@code dataset.duplicate-id},
 * and for {@code dataset.beneficiary-inconsistent} a fingerprint of 8 bytes for each beneficiary id (of the id, its
 * first pathway's birth date and sex; see {@link BeneficiaryFingerprints}): its memory grows with the number of
 * distinct ids (see {@link IdSet}), never with the records themselves. Not thread-safe but for
 * {@link #recordIssues}: one dataset, one thread to finish its records.
 */
public final class DatasetValidation {

    private static final String DUPLICATE_ID = "dataset.duplicate-id";
    private static final String BENEFICIARY_INCONSISTENT = "dataset.beneficiary-inconsistent";
    private static final String BIRTH_DATE = "/beneficiary/birthDate";
    private static final String SEX = "/beneficiary/sex";
    private static final List<String> BENEFICIARY_INPUTS = List.of("/beneficiary/id", BIRTH_DATE, SEX);

    private final CepValidator validator;
    private final Map<String, Operator> operators = new LinkedHashMap<>();
    private final LocalDate referenceDate;
    private final Map<RecordType, IdSet> seen = new EnumMap<>(RecordType.class);
    private final BeneficiaryFingerprints beneficiaries = new BeneficiaryFingerprints();
    private volatile OperatorRegistry registry;
    private volatile boolean someWithoutRegistry;

    private DatasetValidation(CepValidator validator, OperatorRegistry known) {
        this.validator = validator;
        this.referenceDate = validator.profile().referenceDate();
        if (known != null) {
            known.operators().forEach(operator -> operators.put(operator.getId(), operator));
            this.registry = RulesAccess.registryView(operators);
        }
    }

    /**
     * Starts the validation of a dataset read as a stream: {@code inputOperators} are the operator records of the
     * input found first (a first pass over a file); with the profile's registry, they make the registry, which is
     * then known if either is not empty.
     */
    public static DatasetValidation start(CepValidator validator, Collection<Operator> inputOperators) {
        OperatorRegistry registry = validator.profile().operators().orElse(null);
        if (!inputOperators.isEmpty()) {
            registry = (registry == null ? OperatorRegistry.empty() : registry).plus(inputOperators);
        }
        return new DatasetValidation(validator, registry);
    }

    /**
     * Adds an operator met while reading a stream that cannot be read twice (standard input): it resolves the
     * references of the records that come after it, and makes the registry known from then on.
     */
    public void register(Operator operator) {
        operators.put(operator.getId(), operator);
        if (registry == null) {
            registry = RulesAccess.registryView(operators);
        }
    }

    /** Every issue of a record built in Java, the dataset rules included, each naming the record. */
    public List<Issue> validate(CepRecord record) {
        List<Issue> issues = recordIssues(record, false, List.of());
        check(key(record.getType(), record.getId(), record, List.of()))
                .forEach(issue -> issues.add(issue.withRecord(record.getId())));
        return issues;
    }

    /**
     * The issues of {@code record} alone, without {@code dataset.duplicate-id}, which needs the records in order
     * (see {@link RulesAccess.Bridge#check} for {@code read} and {@code unreadable}). Safe to call from several
     * threads at once while no operator is being {@linkplain #register registered}, so that a stream can be
     * validated in parallel and its ids checked in order afterwards with {@link #check}.
     */
    public List<Issue> recordIssues(CepRecord record, boolean read, List<String> unreadable) {
        OperatorRegistry known = registry;
        if (known == null) {
            someWithoutRegistry = true;
        }
        return RulesAccess.check(validator, record, referenceDate, known, read, unreadable);
    }

    /**
     * What the dataset rules need of one record, worked out where it was read (on any thread: a pure function), so
     * that the thread that finishes the records in order reads a few bytes a record instead of the objects that
     * another thread made (cache misses) and hashes nothing. On a million pathways the two dataset rules cost the run
     * 1.15 s of CPU when that thread did it all (measured by leaving them out); worked out here on the workers, the
     * run took 5.45 → 4.82 s and 9.9 → 9.0 s of CPU (medians of 5 in turn, BENCHMARKS.md).
     *
     * @param type the record's type, or null when it could not be read
     * @param id the record's id, or null when it could not be read: no {@code dataset.duplicate-id} then
     * @param record the record whose beneficiary to compare, or null for none (a record not read far enough)
     * @param unreadable the pointers of the record that could not be read (its beneficiary is then not compared
     *     when one of its id, birth date or sex is among them)
     */
    public static RecordKey key(RecordType type, String id, CepRecord record, List<String> unreadable) {
        byte[] encoded = type == null || id == null ? null : IdSet.encode(id);
        long beneficiary = BeneficiaryFingerprints.FIRST;
        if (record instanceof Pathway pathway && !readsAny(unreadable)) {
            Beneficiary b = pathway.getBeneficiary();
            beneficiary = BeneficiaryFingerprints.entry(b.getId(), b.getBirthDate(), b.getSex());
        }
        return new RecordKey(encoded == null ? null : type, encoded, encoded == null ? 0 : IdSet.hash(encoded),
                beneficiary);
    }

    /** What {@link #key} worked out: the id's bytes and hash, the beneficiary's fingerprint. */
    public static final class RecordKey {
        private final RecordType type;
        private final byte[] id;
        private final int idHash;
        private final long beneficiary;

        private RecordKey(RecordType type, byte[] id, int idHash, long beneficiary) {
            this.type = type;
            this.id = id;
            this.idHash = idHash;
            this.beneficiary = beneficiary;
        }
    }

    /**
     * Records the id and beneficiary of {@code key}'s record, and returns the dataset issues of that record: the
     * {@code dataset.duplicate-id} issue when its id was seen before for its type, then the
     * {@code dataset.beneficiary-inconsistent} issues when a pathway seen before gave the same beneficiary id another
     * birth date (at {@code /beneficiary/birthDate}) or another sex (at {@code /beneficiary/sex}); the first pathway
     * of an id is the reference. Records must come in input order.
     */
    public List<Issue> check(RecordKey key) {
        Optional<Issue> duplicate = Optional.empty();
        if (key.id != null && !seen.computeIfAbsent(key.type, t -> new IdSet()).add(key.id, key.idHash)) {
            duplicate = RulesAccess.issue(validator, DUPLICATE_ID, "/id", Map.of("type", key.type.wireName()));
        }
        long first = key.beneficiary == BeneficiaryFingerprints.FIRST ? BeneficiaryFingerprints.FIRST
                : beneficiaries.putIfAbsent(key.beneficiary);
        if (duplicate.isEmpty() && first == BeneficiaryFingerprints.FIRST) {
            return List.of(); // most records
        }
        List<Issue> issues = new ArrayList<>(3);
        duplicate.ifPresent(issues::add);
        if (first != BeneficiaryFingerprints.FIRST) {
            if (!BeneficiaryFingerprints.sameBirthDate(first, key.beneficiary)) {
                RulesAccess.issue(validator, BENEFICIARY_INCONSISTENT, BIRTH_DATE, Map.of()).ifPresent(issues::add);
            }
            if (!BeneficiaryFingerprints.sameSex(first, key.beneficiary)) {
                RulesAccess.issue(validator, BENEFICIARY_INCONSISTENT, SEX, Map.of()).ifPresent(issues::add);
            }
        }
        return issues;
    }

    /**
     * Records that {@code id} was seen for {@code type}, and returns the {@code dataset.duplicate-id} issue when it
     * was seen before: {@link #check} for a record of which only the type and the id are known.
     */
    public Optional<Issue> checkId(RecordType type, String id) {
        return check(key(type, id, null, List.of())).stream().findFirst();
    }

    private static boolean readsAny(List<String> unreadable) {
        for (String pointer : unreadable) {
            for (String input : BENEFICIARY_INPUTS) {
                if (input.equals(pointer) || input.startsWith(pointer + "/") || pointer.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The registry rules that did not run on some record because no registry was known when it was validated. */
    public Set<String> rulesNotApplied() {
        return someWithoutRegistry ? RulesAccess.registryRules(validator) : Set.of();
    }

    /** The registry in use, when one is known. */
    public Optional<OperatorRegistry> registry() {
        return Optional.ofNullable(registry);
    }
}
