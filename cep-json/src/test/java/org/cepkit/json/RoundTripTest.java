package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
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

    private void assertRoundTrip(CepRecord record) {
        String text = json.write(record);
        RecordResult read = json.read(text);
        assertThat(read.issues()).as(text).isEmpty();
        assertThat(read.record()).contains(record);
        assertThat(json.write(read.record().orElseThrow())).isEqualTo(text);
    }
}
