package org.cepkit.cli.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.RecordResult;
import org.cepkit.json.ReportSink;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;

/** A dataset generated in memory, with the lines the generator made invalid, and how to read and validate it. */
record Generated(byte[] bytes, GenerationSummary summary, Map<Long, String> injectedRuleByLine,
        LocalDate referenceDate) {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    static Generated of(long seed, double invalidRate, long pathways) {
        return of(new DatasetGenerator(seed, invalidRate, REFERENCE_DATE), pathways);
    }

    static Generated of(DatasetGenerator generator, long pathways) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<Long, String> injected = new TreeMap<>();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            GenerationSummary summary = generator.generate(pathways, out,
                    (line, type, rule) -> injected.put(line, rule));
            out.flush();
            return new Generated(bytes.toByteArray(), summary, injected, generator.referenceDate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    List<String> lines() {
        return text().lines().toList();
    }

    JsonInput input() {
        return JsonInput.of("gen.ndjson", JsonInput.Format.NDJSON, () -> new ByteArrayInputStream(bytes), true);
    }

    /** Every issue, validated as one dataset with the generator's reference date. */
    ValidationReport validate() {
        CepJson json = CepJson.builder()
                .validator(CepValidator.create(Profile.builder().referenceDate(referenceDate).build()))
                .build();
        return json.validate(List.of(input()), true, ReportSink.none());
    }

    /** Every line read, without the rules. */
    List<RecordResult> read() {
        List<RecordResult> results = new ArrayList<>();
        try {
            CepJson.create().read(input(), results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** The records of the lines that could be read into the model, of one type. */
    <T extends CepRecord> List<T> records(Class<T> type) {
        return read().stream().flatMap(r -> r.record().stream()).filter(type::isInstance).map(type::cast).toList();
    }
}
