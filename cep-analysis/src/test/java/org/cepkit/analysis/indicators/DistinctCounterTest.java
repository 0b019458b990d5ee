package org.cepkit.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class DistinctCounterTest {

    private static DistinctCounter counterOf(int from, int to) {
        DistinctCounter counter = new DistinctCounter();
        for (int i = from; i < to; i++) {
            counter.add(DistinctCounter.hash("b-" + i));
        }
        return counter;
    }

    @Test
    void countsExactlyUpTo512DistinctIds() {
        qt().withFixedSeed(5L).withExamples(200).forAll(integers().between(0, DistinctCounter.EXACT_LIMIT))
                .checkAssert(n -> {
                    DistinctCounter counter = counterOf(0, n);
                    for (int i = 0; i < n; i += 3) {
                        counter.add(DistinctCounter.hash("b-" + i));
                    }
                    assertThat(counter.estimate()).isEqualTo((long) n);
                });
    }

    @Test
    void estimatesWithinFourStandardErrorsAboveTheExactRange() {
        for (int n : new int[] {513, 1_000, 5_000, 10_000, 12_000, 50_000, 200_000, 1_000_000}) {
            long estimate = counterOf(0, n).estimate();
            assertThat(Math.abs(estimate - n) / (double) n).as("relative error at %,d ids", n)
                    .isLessThan(4 * 0.0163);
        }
    }

    @Test
    void relativeErrorAveragesNearTheStatedStandardError() {
        double sumOfSquares = 0;
        int runs = 40;
        for (int run = 0; run < runs; run++) {
            int n = 20_000;
            long estimate = counterOf(run * 1_000_000, run * 1_000_000 + n).estimate();
            double error = (estimate - n) / (double) n;
            sumOfSquares += error * error;
        }
        assertThat(Math.sqrt(sumOfSquares / runs)).isLessThan(0.025);
    }

    @Test
    void mergeCountsTheUnionOfTheIds() {
        DistinctCounter small = counterOf(0, 300);
        DistinctCounter overlapping = counterOf(200, 450);
        DistinctCounter big = counterOf(100_000, 160_000);

        small.merge(overlapping);
        assertThat(small.estimate()).isEqualTo(450);

        small.merge(big);
        assertThat(Math.abs(small.estimate() - 60_450) / 60_450.0).isLessThan(4 * 0.0163);

        DistinctCounter sketch = counterOf(0, 5_000);
        sketch.merge(counterOf(0, 5_000));
        assertThat(sketch.estimate()).isEqualTo(counterOf(0, 5_000).estimate());
    }
}
