package org.cepkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.cepkit.model.pathway.Sex;
import org.junit.jupiter.api.Test;

/** {@link TableSizes}, and the two tables that use it across many growths. */
class TableSizesTest {

    @Test
    void everyHashFallsInTheTable() {
        qt().forAll(integers().all(), integers().between(1, Integer.MAX_VALUE))
                .checkAssert((hash, capacity) -> assertThat(TableSizes.slot(hash, capacity)).isBetween(0, capacity - 1));
        assertThat(TableSizes.slot(-1, 1000)).isEqualTo(999);
        assertThat(TableSizes.slot(0, 1000)).isZero();
        assertThat(TableSizes.next(999, 1000)).isZero();
    }

    @Test
    void aTableGrowsByHalfOnceFourFifthsFull() {
        assertThat(TableSizes.full(819, 1024)).isFalse();
        assertThat(TableSizes.full(820, 1024)).isTrue();
        assertThat(TableSizes.grown(1024)).isEqualTo(1536);
        int capacity = TableSizes.INITIAL;
        while (TableSizes.full(1_000_000, capacity)) {
            capacity = TableSizes.grown(capacity);
        }
        assertThat(capacity).isEqualTo(1_513_342);
        assertThatThrownBy(() -> TableSizes.grown(Integer.MAX_VALUE / 3 * 2))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fingerprintsKeepEveryBeneficiaryAcrossGrowths() {
        BeneficiaryFingerprints fingerprints = new BeneficiaryFingerprints();
        LocalDate birth = LocalDate.of(1990, 5, 17);
        int n = 200_000;
        int notFirst = 0;
        for (int i = 0; i < n; i++) {
            notFirst += fingerprints.putIfAbsent("bn-" + i, birth.plusDays(i % 1000), Sex.values()[i % 2])
                    == BeneficiaryFingerprints.FIRST ? 0 : 1;
        }
        int lost = 0;
        for (int i = 0; i < n; i++) {
            long first = fingerprints.putIfAbsent("bn-" + i, birth.plusDays(i % 1000), Sex.values()[i % 2]);
            lost += first != BeneficiaryFingerprints.FIRST
                    && BeneficiaryFingerprints.sameBirthDate(first, birth.plusDays(i % 1000))
                    && BeneficiaryFingerprints.sameSex(first, Sex.values()[i % 2]) ? 0 : 1;
        }

        assertThat(notFirst).as("new ids taken for known ones").isZero();
        assertThat(lost).as("ids whose first sighting was lost").isZero();
        assertThat(fingerprints.size()).isEqualTo(n);
    }
}
