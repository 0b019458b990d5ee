package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.Dataset;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RoundTripTest {

    private final CepJson json = CepJson.create();

    @Test
    void examplePathwayReadsBackEqualAndWritesTheSameBytes() {
        assertRoundTrip(CepExamples.pathway());
    }

    @Test
    void everyGeneratedRecordReadsBackEqualAndWritesTheSameBytes() {
        Gen<CepRecord> records = CepGenerators.operators().map(o -> (CepRecord) o)
                .mix(CepGenerators.pathways().map(p -> (CepRecord) p))
                .mix(CepGenerators.cooperations().map(c -> (CepRecord) c));
        qt().withExamples(1_000).forAll(records).checkAssert(this::assertRoundTrip);
    }

    @Test
    void everyGeneratedDatasetWrittenAsNdjsonValidatesWithoutAnyIssue() {
        CepJson onReferenceDate = CepJson.builder()
                .validator(CepValidator.create(Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).build()))
                .build();
        qt().withExamples(300).forAll(CepGenerators.datasets()).checkAssert(dataset -> {
            byte[] ndjson = ndjson(onReferenceDate, dataset);
            ValidationReport report = onReferenceDate.validate(List.of(JsonInput.of("dataset.ndjson",
                    JsonInput.Format.NDJSON, () -> new ByteArrayInputStream(ndjson), true)), true,
                    ReportSink.none());

            assertThat(report.errors()).as("%s", report).isZero();
            assertThat(report.issues()).as("%s", report).isEmpty();
            assertThat(report.records()).isEqualTo(report.valid()).isEqualTo(dataset.records().size());
            assertThat(report.rulesNotApplied()).isEmpty();
        });
    }

    private static byte[] ndjson(CepJson json, Dataset dataset) {
        StringWriter out = new StringWriter();
        try {
            json.writeNdjson(dataset.records(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.toString()).endsWith("\n").hasLineCount(dataset.records().size());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void assertRoundTrip(CepRecord record) {
        String text = json.write(record);
        RecordResult read = json.read(text);
        assertThat(read.issues()).as(text).isEmpty();
        assertThat(read.record()).contains(record);
        assertThat(json.write(read.record().orElseThrow())).isEqualTo(text);
    }
}
