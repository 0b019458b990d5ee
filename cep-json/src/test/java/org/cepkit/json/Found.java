package org.cepkit.json;

import java.util.Collection;
import java.util.List;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;

/**
 * An issue reduced to what reading tests assert: its rule, severity and JSON Pointer. Messages are checked
 * apart (they are localized); record, file and line too.
 *
 * <pre>{@code assertThat(Found.of(result.issues())).containsExactly(Found.error("format.date", "/startDate"));}</pre>
 */
record Found(String rule, Severity severity, String path) {

    static Found error(String rule, String path) {
        return new Found(rule, Severity.ERROR, path);
    }

    static Found warning(String rule, String path) {
        return new Found(rule, Severity.WARNING, path);
    }

    static Found info(String rule, String path) {
        return new Found(rule, Severity.INFO, path);
    }

    static Found of(Issue issue) {
        return new Found(issue.rule(), issue.severity(), issue.path());
    }

    static List<Found> of(Collection<Issue> issues) {
        return issues.stream().map(Found::of).toList();
    }

    @Override
    public String toString() {
        return severity + " " + rule + " " + (path.isEmpty() ? "\"\"" : path);
    }
}
