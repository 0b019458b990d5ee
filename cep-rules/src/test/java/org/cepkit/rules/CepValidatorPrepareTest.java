package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
import org.junit.jupiter.api.Test;

/**
 * {@link CepValidator#prepare()} changes nothing but when the loading happens, and a validator that has not
 * loaded Hibernate Validator yet can be used by several threads at once.
 */
class CepValidatorPrepareTest {

    private static CepValidator validator() {
        return CepValidator.create(Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).build());
    }

    /** The examples, one with an overlong id (a Jakarta constraint) and one born too late (a rule). */
    private static List<CepRecord> records() {
        Pathway pathway = CepExamples.pathway();
        return List.of(CepExamples.operator(), pathway, CepExamples.cooperation(),
                Pathway.builder().from(pathway).id("x".repeat(65)).build(),
                Pathway.builder().from(pathway).beneficiary(CepExamples.beneficiary()
                        .withBirthDate(pathway.getStartDate().minusYears(15))).build());
    }

    @Test
    void aPreparedValidatorReportsWhatAnotherDoes() {
        CepValidator prepared = validator();
        prepared.prepare();
        prepared.prepare();
        CepValidator fresh = validator();
        for (CepRecord record : records()) {
            assertThat(prepared.validate(record).issues()).isEqualTo(fresh.validate(record).issues());
        }
        assertThat(fresh.validate(records().get(3)).issues()).extracting(Issue::rule).contains("format.identifier");
        assertThat(fresh.validate(records().get(4)).issues()).extracting(Issue::rule).contains("mission-locale.age");
    }

    @Test
    void thePreparationRecordsAreOfEveryTypeAndValid() {
        EnumSet<RecordType> types = EnumSet.noneOf(RecordType.class);
        for (CepRecord record : Preparation.records()) {
            types.add(record.getType());
            assertThat(validator().validate(record).issues()).as(record.getId()).isEmpty();
        }
        assertThat(types).containsExactlyInAnyOrder(RecordType.values());
    }

    @Test
    void eightThreadsCanStartWithAValidatorThatLoadedNothing() throws Exception {
        List<List<Issue>> expected = new ArrayList<>();
        CepValidator sequential = validator();
        for (CepRecord record : records()) {
            expected.add(sequential.validate(record).issues());
        }
        CepValidator shared = validator();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Issue>>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                boolean prepares = t % 2 == 0;
                runs.add(pool.submit(() -> {
                    start.await();
                    if (prepares) {
                        shared.prepare();
                    }
                    List<List<Issue>> reports = new ArrayList<>();
                    for (CepRecord record : records()) {
                        reports.add(shared.validate(record).issues());
                    }
                    return reports;
                }));
            }
            start.countDown();
            for (Future<List<List<Issue>>> run : runs) {
                assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
