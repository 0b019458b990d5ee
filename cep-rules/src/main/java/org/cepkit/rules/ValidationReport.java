package org.cepkit.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of a validation: every issue found, the summary counts and the rules that could not be applied
 * (those that need an operator registry when none was known). {@link #records()} is always
 * {@link #valid()} + {@link #invalid()}; a record is invalid when it has at least one ERROR.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(pathway);
 * if (!report.isValid()) {
 *     report.issues().forEach(issue -> log.warn("{} {} {}", issue.rule(), issue.path(), issue.message()));
 * }
 * }</pre>
 */
public final class ValidationReport {

    private final List<Issue> issues;
    private final long records;
    private final long invalid;
    private final long errors;
    private final long warnings;
    private final long infos;
    private final Set<String> rulesNotApplied;

    private ValidationReport(Builder builder) {
        this.issues = List.copyOf(builder.issues);
        this.records = builder.records;
        this.invalid = builder.invalid;
        this.errors = builder.errors;
        this.warnings = builder.warnings;
        this.infos = builder.infos;
        this.rulesNotApplied = Set.copyOf(builder.rulesNotApplied);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every issue, in the order found. */
    public List<Issue> issues() {
        return issues;
    }

    /** Whether no issue is an ERROR. */
    public boolean isValid() {
        return errors == 0;
    }

    /** How many records were read or given. */
    public long records() {
        return records;
    }

    /** How many records have no ERROR. */
    public long valid() {
        return records - invalid;
    }

    /** How many records have at least one ERROR. */
    public long invalid() {
        return invalid;
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public long infos() {
        return infos;
    }

    /** The ids of the rules that were not applied because no operator registry was known. */
    public Set<String> rulesNotApplied() {
        return rulesNotApplied;
    }

    /** The issues of one rule. */
    public List<Issue> issuesOf(String ruleId) {
        return issues.stream().filter(issue -> issue.rule().equals(ruleId)).toList();
    }

    @Override
    public String toString() {
        return "ValidationReport{records=" + records + ", valid=" + valid() + ", invalid=" + invalid + ", errors="
                + errors + ", warnings=" + warnings + ", infos=" + infos + ", issues=" + issues + "}";
    }

    /**
     * Accumulates a report record by record. Not thread-safe. {@link #keepIssues(boolean) keepIssues(false)}
     * keeps only the counts, for streams whose issues are written out as they come.
     */
    public static final class Builder {
        private final List<Issue> issues = new ArrayList<>();
        private final Set<String> rulesNotApplied = new TreeSet<>();
        private boolean keepIssues = true;
        private long records;
        private long invalid;
        private long errors;
        private long warnings;
        private long infos;

        private Builder() {
        }

        public Builder keepIssues(boolean keep) {
            this.keepIssues = keep;
            return this;
        }

        /** Counts one record with its issues (possibly none). */
        public Builder addRecord(Collection<Issue> recordIssues) {
            records++;
            boolean hasError = false;
            for (Issue issue : recordIssues) {
                hasError |= count(issue);
            }
            if (hasError) {
                invalid++;
            }
            if (keepIssues) {
                issues.addAll(recordIssues);
            }
            return this;
        }

        public Builder rulesNotApplied(Collection<String> ruleIds) {
            rulesNotApplied.addAll(ruleIds);
            return this;
        }

        private boolean count(Issue issue) {
            switch (issue.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
                default -> throw new IllegalStateException(issue.severity().name());
            }
            return issue.severity() == Severity.ERROR;
        }

        public ValidationReport build() {
            return new ValidationReport(this);
        }
    }
}
