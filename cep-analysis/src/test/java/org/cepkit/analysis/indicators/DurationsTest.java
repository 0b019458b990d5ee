package org.cepkit.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

    private static double exactMedian(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2.0;
    }

    @Test
    void medianIsExactBelowAndAboveTheSampleLimit() {
        qt().withFixedSeed(3L).withExamples(300)
                .forAll(lists().of(integers().between(0, 4_000)).ofSizeBetween(1, 700))
                .checkAssert(values -> {
                    Durations durations = new Durations();
                    values.forEach(durations::add);
                    assertThat(durations.median()).isEqualTo(exactMedian(values));
                    assertThat(durations.count()).isEqualTo(values.size());
                });
    }

    @Test
    void mergedDurationsHaveTheMedianOfAllTheirValues() {
        qt().withFixedSeed(4L).withExamples(200)
                .forAll(lists().of(integers().between(0, 900)).ofSizeBetween(1, 400),
                        lists().of(integers().between(0, 900)).ofSizeBetween(1, 400))
                .checkAssert((a, b) -> {
                    Durations left = new Durations();
                    a.forEach(left::add);
                    Durations right = new Durations();
                    b.forEach(right::add);
                    left.merge(right);
                    List<Integer> all = new ArrayList<>(a);
                    all.addAll(b);
                    assertThat(left.median()).isEqualTo(exactMedian(all));
                });
    }

    @Test
    void noValueHasNoMedian() {
        assertThat(new Durations().median()).isNaN();
    }

    @Test
    void evenCountsTakeTheMeanOfTheTwoMiddleValues() {
        Durations durations = new Durations();
        durations.add(10);
        durations.add(31);
        assertThat(durations.median()).isEqualTo(20.5);
    }
}
