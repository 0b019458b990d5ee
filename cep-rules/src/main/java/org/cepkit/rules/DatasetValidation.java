package org.cepkit.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.Operator;

/**
 * The validation of one dataset, record after record, as {@link CepValidator#newDataset} starts it. It
 * remembers the ids seen for {@code dataset.duplicate-id}: its memory grows with the number of distinct ids
 * (see {@link IdSet}), never with the records themselves. Not thread-safe: one dataset, one thread.
 */
public final class DatasetValidation {

    private static final String DUPLICATE_ID = "dataset.duplicate-id";

    private final CepValidator validator;
    private final Map<String, Operator> operators = new LinkedHashMap<>();
    private OperatorRegistry registry;
    private final LocalDate referenceDate;
    private final Map<RecordType, IdSet> seen = new EnumMap<>(RecordType.class);
    private volatile boolean someWithoutRegistry;

    DatasetValidation(CepValidator validator, OperatorRegistry known, LocalDate referenceDate) {
        this.validator = validator;
        this.referenceDate = referenceDate;
        if (known != null) {
            known.operators().forEach(operator -> operators.put(operator.getId(), operator));
            this.registry = OperatorRegistry.view(operators);
        }
    }

    /**
     * Adds an operator met while reading a stream that cannot be read twice (standard input): it resolves the
     * references of the records that come after it, and makes the registry known from then on.
     */
    public void register(Operator operator) {
        operators.put(operator.getId(), operator);
        if (registry == null) {
            registry = OperatorRegistry.view(operators);
        }
    }

    /** Every issue of {@code record}, the dataset rules included, each naming the record. */
    public List<Issue> validate(CepRecord record) {
        List<Issue> issues = recordIssues(record);
        checkId(record.getType(), record.getId()).ifPresent(issue -> issues.add(issue.withRecord(record.getId())));
        return issues;
    }

    /**
     * The issues of {@code record} alone, without {@code dataset.duplicate-id}: what {@link #validate} adds to
     * them needs the records in order, this does not. Safe to call from several threads at once while no
     * operator is being {@linkplain #register registered}, so that a stream can be validated in parallel and
     * its ids checked in order afterwards with {@link #checkId}.
     */
    public List<Issue> recordIssues(CepRecord record) {
        if (registry == null) {
            someWithoutRegistry = true;
        }
        return validator.check(record, referenceDate, registry);
    }

    /**
     * Records that {@code id} was seen for {@code type}, and returns the {@code dataset.duplicate-id} issue when it
     * was seen before. For readers that hold an id but could not build the record.
     */
    public Optional<Issue> checkId(RecordType type, String id) {
        boolean added = seen.computeIfAbsent(type, t -> new IdSet()).add(id);
        if (added) {
            return Optional.empty();
        }
        return validator.issue(DUPLICATE_ID, "/id", Map.of("type", type.wireName()));
    }

    /** The registry rules that did not run on some record because no registry was known when it was validated. */
    public Set<String> rulesNotApplied() {
        return someWithoutRegistry ? validator.registryRules() : Set.of();
    }

    /** The registry in use, when one is known. */
    public Optional<OperatorRegistry> registry() {
        return Optional.ofNullable(registry);
    }
}
