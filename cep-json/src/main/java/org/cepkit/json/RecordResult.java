package org.cepkit.json;

import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;

/**
 * What reading (and validating) one record gave: where it starts, its type and id when they could be read,
 * the record when it could be built, and every issue found, each carrying the file, line and record id.
 *
 * @param input the input's name ({@code -} for standard input)
 * @param line the 1-based line where the record starts
 * @param type the record's type, when readable
 * @param id the record's id, when it is a string, as read: show {@link #reportedId()} instead
 * @param record the record, when every field could be read
 * @param issues the issues of the record, in the order found
 */
public record RecordResult(String input, long line, Optional<RecordType> type, Optional<String> id,
        Optional<CepRecord> record, List<Issue> issues) {

    public RecordResult {
        issues = List.copyOf(issues);
    }

    /**
     * The id as the issues name the record: empty when it could not be read, or when a report may not repeat it
     * ({@link Issue#isReportableRecordId}: outside the id pattern, or shaped like a NIR).
     */
    public Optional<String> reportedId() {
        return id.filter(Issue::isReportableRecordId);
    }

    /** Whether the record has no ERROR. */
    public boolean isValid() {
        return issues.stream().noneMatch(issue -> issue.severity() == Severity.ERROR);
    }
}
