package org.cepkit.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.cepkit.json.CepJson;
import org.cepkit.json.RecordResult;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-record costs: reading one pathway, validating one pathway object, both, and the validator shared by two
 * threads. The pathway is a realistic one from {@link BenchData}.
 *
 * <pre>java -jar cep-bench/target/cep-bench.jar RecordBenchmarks</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordBenchmarks {

    private CepJson json;
    private CepValidator validator;
    private String pathwayText;
    private CepRecord pathway;

    @Setup
    public void setUp() {
        validator = CepValidator.create(Profile.builder().referenceDate(LocalDate.of(2026, 6, 30)).build());
        json = CepJson.builder().validator(validator).build();
        pathwayText = BenchData.samplePathwayLine();
        pathway = json.read(pathwayText).record().orElseThrow();
    }

    @Benchmark
    public RecordResult readPathway() {
        return json.read(pathwayText);
    }

    @Benchmark
    public ValidationReport validatePathway() {
        return validator.validate(pathway);
    }

    @Benchmark
    public RecordResult readAndValidatePathway() {
        return json.validate(pathwayText);
    }

    @Benchmark
    @Threads(2)
    public ValidationReport validatePathwaySharedValidator() {
        return validator.validate(pathway);
    }
}
