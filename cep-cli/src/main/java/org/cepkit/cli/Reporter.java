package org.cepkit.cli;

import org.cepkit.json.RecordResult;
import org.cepkit.rules.ValidationReport;

/** Writes the outcome of a validation as it comes, then its summary. */
interface Reporter {

    void record(RecordResult result);

    void finish(ValidationReport report);
}
