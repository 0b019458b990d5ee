package org.cepkit.json.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;

/** What the tests of the tables share: a validator on the generators' reference date, and runs of it. */
final class Tables {

    static final CepJson JSON = CepJson.builder()
            .validator(CepValidator.create(Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).build()))
            .build();
    static final CepTables TABLES = CepTables.of(JSON);

    private Tables() {
    }

    /** A validation's results, record after record, with the tables read and the summary. */
    record Run(List<RecordResult> results, List<TableInfo> tables, ValidationReport summary) {

        List<Issue> issues() {
            return results.stream().flatMap(r -> r.issues().stream()).toList();
        }

        List<String> rules() {
            return issues().stream().map(Issue::rule).toList();
        }
    }

    static Run validate(JsonInput... inputs) {
        List<RecordResult> results = new ArrayList<>();
        List<TableInfo> tables = new ArrayList<>();
        ValidationReport summary = JSON.validate(List.of(inputs), false, new ReportSink() {
            @Override
            public void record(RecordResult result) {
                results.add(result);
            }

            @Override
            public void table(TableInfo table) {
                tables.add(table);
            }
        });
        return new Run(results, tables, summary);
    }

    static Run validate(Path tables) {
        return validate(JsonInput.file(tables));
    }

    static byte[] ndjson(List<? extends CepRecord> records) {
        StringWriter out = new StringWriter();
        try {
            JSON.writeNdjson(records, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static JsonInput ndjsonInput(byte[] bytes) {
        return JsonInput.of("records.ndjson", JsonInput.Format.NDJSON, () -> new ByteArrayInputStream(bytes), true);
    }

    /** Writes {@code records} as tables in {@code folder}. */
    static Path tables(List<? extends CepRecord> records, Path folder) {
        try {
            TABLES.toTables(ndjsonInput(ndjson(records)), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
