package org.cepkit.json;

import java.io.IOException;
import java.util.List;
import org.cepkit.json.tables.TableInfo;
import org.cepkit.rules.ValidationReport;

/**
 * Receives the results of a validation as they come, so that a stream of any length is validated in constant
 * memory: each record in input order, each input that could not be read, then the summary. Called on the thread
 * that called {@link CepJson#validate(List, boolean, ReportSink)}, whatever the executor. The report writers of
 * {@code org.cepkit.json.report} are sinks; {@link #all} joins several.
 *
 * <pre>{@code
 * ValidationReport summary = json.validate(inputs, false, new ReportSink() {
 *     @Override
 *     public void record(RecordResult result) {
 *         result.issues().forEach(issue -> log.info("{}", issue));
 *     }
 * });
 * }</pre>
 */
public interface ReportSink {

    /** One record read and validated (a malformed line counts as a record too), with its issues in their order. */
    default void record(RecordResult result) {
    }

    /**
     * A table of a tabular input was read: its file, rows, and the encoding and separator found in it.
     * Told once a table's records are all read.
     */
    default void table(TableInfo table) {
    }

    /** An input could not be opened or read; the other inputs are still validated. */
    default void inputError(JsonInput input, IOException error) {
    }

    /**
     * The validation is over: its summary, the counts and the rules not applied (the issues too when the caller
     * asked the validation to keep them).
     */
    default void finish(ValidationReport summary) {
    }

    /** A sink that ignores everything. */
    static ReportSink none() {
        return new ReportSink() {
        };
    }

    /** A sink that hands everything to each of {@code sinks}, in their order. */
    static ReportSink all(ReportSink... sinks) {
        List<ReportSink> all = List.of(sinks);
        return new ReportSink() {
            @Override
            public void record(RecordResult result) {
                all.forEach(sink -> sink.record(result));
            }

            @Override
            public void table(TableInfo table) {
                all.forEach(sink -> sink.table(table));
            }

            @Override
            public void inputError(JsonInput input, IOException error) {
                all.forEach(sink -> sink.inputError(input, error));
            }

            @Override
            public void finish(ValidationReport summary) {
                all.forEach(sink -> sink.finish(summary));
            }
        };
    }
}
