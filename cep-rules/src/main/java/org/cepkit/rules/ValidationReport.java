package org.cepkit.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
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
    private final SortedSet<String> rulesNotApplied;

    ValidationReport(List<Issue> issues, long records, long invalid, long errors, long warnings, long infos,
            Collection<String> rulesNotApplied) {
        this.issues = List.copyOf(issues);
        this.records = records;
        this.invalid = invalid;
        this.errors = errors;
        this.warnings = warnings;
        this.infos = infos;
        this.rulesNotApplied = Collections.unmodifiableSortedSet(new TreeSet<>(rulesNotApplied));
    }

    /**
     * Every issue: the records in the order they were given or read, and the issues of each record in the order
     * of {@link RuleCatalogue#issueOrder(org.cepkit.model.RecordType)} (by rule in catalogue order, then by path).
     */
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

    /**
     * The ids of the rules that were not applied (to some record) because no operator registry was known, in
     * alphabetical order.
     */
    public SortedSet<String> rulesNotApplied() {
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
}
