package org.cepkit.cli.generate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link DatasetGenerator#generate} wrote: the records of each type and the records it made invalid, by the
 * id of the rule each breaks. Every invalid record breaks exactly one rule, so {@link #invalidRecords()} is both
 * the sum of {@link #invalidByRule()} and the number of records a validator finds invalid.
 *
 * <pre>{@code
 * GenerationSummary summary = generator.generate(10_000, out);
 * summary.records();         // operators + pathways + cooperations, one a line
 * summary.invalidByRule();   // {dataset.duplicate-id=31, format.commune=28, mission-locale.age=33, …}
 * }</pre>
 *
 * @param operators the operator records written
 * @param pathways the pathway records written
 * @param cooperations the cooperation records written
 * @param invalidByRule how many records were made invalid, by rule id, in rule id order
 */
public record GenerationSummary(long operators, long pathways, long cooperations, Map<String, Long> invalidByRule) {

    public GenerationSummary {
        invalidByRule = Collections.unmodifiableMap(new TreeMap<>(invalidByRule));
    }

    /** Every record written, one a line. */
    public long records() {
        return operators + pathways + cooperations;
    }

    /** The records made invalid, each by one violation. */
    public long invalidRecords() {
        return invalidByRule.values().stream().mapToLong(Long::longValue).sum();
    }
}
