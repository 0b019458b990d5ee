package org.cepkit.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.cepkit.cli.generate.DatasetGenerator;

/** Realistic input for the benchmarks, from the same generator as {@code cep generate}. */
final class BenchData {

    private BenchData() {
    }

    /** One pathway line of a generated dataset (seed 1). */
    static String samplePathwayLine() {
        StringWriter out = new StringWriter();
        try {
            new DatasetGenerator(1, 0, LocalDate.of(2026, 6, 30)).generate(50, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().filter(line -> line.contains("\"type\":\"pathway\"")).findFirst()
                .orElseThrow();
    }
}
