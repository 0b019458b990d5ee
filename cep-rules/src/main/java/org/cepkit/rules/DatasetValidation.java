package org.cepkit.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;

/**
 * The validation of one dataset, record after record, as {@link CepValidator#newDataset} starts it. It
 * remembers the ids seen for {@code dataset.duplicate-id}: its memory grows with the number of distinct ids
 * (see {@link IdSet}), never with the records themselves. Not thread-safe: one dataset, one thread.
 */
public final class DatasetValidation {

    private static final String DUPLICATE_ID = "dataset.duplicate-id";

    private final CepValidator validator;
    private final OperatorRegistry registry;
    private final LocalDate referenceDate;
    private final Map<RecordType, IdSet> seen = new EnumMap<>(RecordType.class);

    DatasetValidation(CepValidator validator, OperatorRegistry registry, LocalDate referenceDate) {
        this.validator = validator;
        this.registry = registry;
        this.referenceDate = referenceDate;
    }

    /** Every issue of {@code record}, the dataset rules included, each naming the record. */
    public List<Issue> validate(CepRecord record) {
        List<Issue> issues = validator.check(record, referenceDate, registry);
        checkId(record.getType(), record.getId()).ifPresent(issue -> issues.add(issue.withRecord(record.getId())));
        return issues;
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

    /** The registry rules that could not run because no registry is known. */
    public Set<String> rulesNotApplied() {
        return registry == null ? validator.registryRules() : Set.of();
    }

    /** The registry in use, when one is known. */
    public Optional<OperatorRegistry> registry() {
        return Optional.ofNullable(registry);
    }
}
