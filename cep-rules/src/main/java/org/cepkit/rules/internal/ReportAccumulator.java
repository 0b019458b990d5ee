package org.cepkit.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;

/**
 * Accumulates a {@link ValidationReport} record by record. Not thread-safe. {@code keepIssues(false)} keeps only the
 * counts, for streams whose issues are written out as they come.
 */
public final class ReportAccumulator {

    private final List<Issue> issues = new ArrayList<>();
    private final Set<String> rulesNotApplied = new TreeSet<>();
    private final boolean keepIssues;
    private long records;
    private long invalid;
    private long errors;
    private long warnings;
    private long infos;

    public ReportAccumulator(boolean keepIssues) {
        this.keepIssues = keepIssues;
    }

    /** Counts one record with its issues (possibly none). */
    public ReportAccumulator addRecord(Collection<Issue> recordIssues) {
        records++;
        boolean hasError = false;
        for (Issue issue : recordIssues) {
            switch (issue.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            hasError |= issue.severity() == Severity.ERROR;
        }
        if (hasError) {
            invalid++;
        }
        if (keepIssues) {
            issues.addAll(recordIssues);
        }
        return this;
    }

    /** Notes rules that could not be applied. */
    public ReportAccumulator rulesNotApplied(Collection<String> ruleIds) {
        rulesNotApplied.addAll(ruleIds);
        return this;
    }

    public ValidationReport build() {
        return RulesAccess.report(issues, records, invalid, errors, warnings, infos, rulesNotApplied);
    }
}
