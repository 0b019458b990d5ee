package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.Fixtures.Mutation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A {@link CepValidator} is immutable and thread-safe: built once, shared by every thread. */
class CepValidatorConcurrencyTest {

    private static final int THREADS = 8;
    private static final int RECORDS_PER_THREAD = 300;

    /** Generated records, a third of the pathways broken by some mutation so that reports have issues. */
    private static Gen<CepRecord> records() {
        Gen<CepRecord> pathways = CepGenerators.pathways().zip(integers().between(0, 2_999), (pathway, n) -> {
            Mutation mutation = Mutation.values()[n % Mutation.values().length];
            return n % 3 == 0 && mutation.isMeantFor(pathway) ? mutation.apply(pathway, n) : pathway;
        });
        return pathways.map(CepRecord.class::cast)
                .mix(CepGenerators.operators().map(CepRecord.class::cast), 20)
                .mix(CepGenerators.cooperations().map(CepRecord.class::cast), 20);
    }

    @Test
    void eightThreadsSharingOneValidatorGetTheReportsOfASequentialRun() throws Exception {
        List<List<CepRecord>> slices = new ArrayList<>();
        qt().withFixedSeed(42L).withExamples(1).forAll(lists().of(records()).ofSize(THREADS * RECORDS_PER_THREAD))
                .checkAssert(records -> {
                    for (int t = 0; t < THREADS; t++) {
                        slices.add(records.subList(t * RECORDS_PER_THREAD, (t + 1) * RECORDS_PER_THREAD));
                    }
                });
        // A registry of one operator: the reference rules run too, and report on most records.
        CepValidator shared = CepValidator.create(Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE)
                .locale(Locale.ENGLISH)
                .operators(OperatorRegistry.of(List.of(Fixtures.operator(OperatorFamily.MISSION_LOCALE))))
                .build());

        List<Run> sequential = new ArrayList<>();
        for (List<CepRecord> slice : slices) {
            sequential.add(Run.of(shared, slice));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Run>> parallel = new ArrayList<>();
            for (List<CepRecord> slice : slices) {
                Callable<Run> task = () -> {
                    start.await();
                    return Run.of(shared, slice);
                };
                parallel.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                assertThat(parallel.get(t).get(1, TimeUnit.MINUTES)).as("thread %d", t).isEqualTo(sequential.get(t));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).flatExtracting(Run::issues).anyMatch(issues -> !issues.isEmpty());
    }

    /** The issues of each record validated alone, then of the slice validated as one dataset. */
    private record Run(List<List<Issue>> issues, List<Issue> datasetIssues, long datasetErrors) {

        static Run of(CepValidator validator, List<CepRecord> records) {
            List<List<Issue>> issues = new ArrayList<>();
            for (CepRecord record : records) {
                issues.add(validator.validate(record).issues());
            }
            ValidationReport dataset = validator.validate(records);
            return new Run(issues, dataset.issues(), dataset.errors());
        }
    }

    @Test
    void theSharedRecordsMixValidAndInvalidPathways() {
        CepValidator validator = CepValidator.create(
                Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).build());
        qt().withFixedSeed(42L).withExamples(1).forAll(lists().of(records()).ofSize(RECORDS_PER_THREAD))
                .checkAssert(records -> {
                    List<CepRecord> pathways = records.stream().filter(Pathway.class::isInstance).toList();
                    long invalid = pathways.stream().filter(record -> !validator.validate(record).isValid()).count();

                    assertThat(invalid).isPositive().isLessThan(pathways.size());
                });
    }
}
