package org.cepkit.json.internal.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RowSorter}: runs spilled to disk and merged, in order, equal keys in file order, no file left behind. */
class RowSorterTest {

    private static RowSorter.Row row(int place, long row) {
        return new RowSorter.Row(place, row, new String[] {"pw-" + place, "r" + row});
    }

    private static List<Long> sortedRows(RowSorter sorter) throws IOException {
        List<Long> rows = new ArrayList<>();
        RowSorter.Sorted sorted = sorter.sorted();
        for (RowSorter.Row r = sorted.next(); r != null; r = sorted.next()) {
            rows.add(r.row());
        }
        return rows;
    }

    @Test
    void rowsComeOutByPlaceAndKeepTheirRowNumbersAndCells() throws IOException {
        try (RowSorter sorter = new RowSorter(100, 1_000_000)) {
            sorter.add(row(2, 2));
            sorter.add(row(0, 3));
            sorter.add(row(1, 4));
            sorter.add(row(0, 5));

            RowSorter.Sorted sorted = sorter.sorted();
            RowSorter.Row first = sorted.next();

            assertThat(first.row()).isEqualTo(3);
            assertThat(first.cells()).containsExactly("pw-0", "r3");
            assertThat(List.of(sorted.next().row(), sorted.next().row(), sorted.next().row())).containsExactly(5L, 4L,
                    2L);
            assertThat(sorted.next()).isNull();
            assertThat(sorter.runs()).isZero();
            assertThat(sorter.folder()).isNull();
        }
    }

    @Test
    void aTableLongerThanARunIsSpilledInRunsThenMergedInOrder() throws IOException {
        try (RowSorter sorter = new RowSorter(3, 1_000_000)) {
            for (int i = 0; i < 10; i++) {
                sorter.add(row(9 - i, i + 2));
            }

            assertThat(sorter.runs()).isEqualTo(3);
            assertThat(sortedRows(sorter)).containsExactly(11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L);
        }
    }

    @Test
    void aRunIsAlsoBoundedByTheCharactersOfItsCells() throws IOException {
        try (RowSorter sorter = new RowSorter(1_000, 20)) {
            for (int i = 0; i < 6; i++) {
                sorter.add(new RowSorter.Row(6 - i, i + 2, new String[] {"0123456789"}));
            }

            assertThat(sorter.runs()).isEqualTo(3);
            assertThat(sortedRows(sorter)).containsExactly(7L, 6L, 5L, 4L, 3L, 2L);
        }
    }

    @Test
    void moreRunsThanAreMergedAtOnceAreMergedInPasses() throws IOException {
        int rows = RowSorter.FAN_IN * 3 + 5;
        try (RowSorter sorter = new RowSorter(1, 1_000_000)) {
            for (int i = 0; i < rows; i++) {
                sorter.add(row(rows - i, i));
            }

            List<Long> sorted = sortedRows(sorter);

            assertThat(sorted).hasSize(rows).isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void anEmptyTableGivesNoRowAndNoFile() throws IOException {
        try (RowSorter sorter = new RowSorter(10, 1_000)) {
            assertThat(sorter.sorted().next()).isNull();
            assertThat(sorter.folder()).isNull();
        }
    }

    @Test
    void oneRowComesOutAsItWentIn() throws IOException {
        try (RowSorter sorter = new RowSorter(1, 1_000)) {
            sorter.add(row(0, 7));

            assertThat(sorter.runs()).isEqualTo(1);
            assertThat(sortedRows(sorter)).containsExactly(7L);
        }
    }

    @Test
    void rowsOfEqualKeysKeepTheOrderOfTheFileAcrossRuns() throws IOException {
        try (RowSorter sorter = new RowSorter(4, 1_000_000)) {
            for (int i = 0; i < 20; i++) {
                sorter.add(row(i % 2, i + 2));
            }

            assertThat(sortedRows(sorter)).containsExactly(2L, 4L, 6L, 8L, 10L, 12L, 14L, 16L, 18L, 20L, 3L, 5L, 7L,
                    9L, 11L, 13L, 15L, 17L, 19L, 21L);
        }
    }

    @Test
    void theTemporaryFilesAreDeletedOnClose() throws IOException {
        Path folder;
        try (RowSorter sorter = new RowSorter(2, 1_000_000)) {
            for (int i = 0; i < 9; i++) {
                sorter.add(row(i, i));
            }
            folder = sorter.folder();
            assertThat(folder).isDirectory().startsWith(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(Files.list(folder).count()).isEqualTo(4);
            sorter.sorted().next();
        }

        assertThat(folder).doesNotExist();
    }

    @Test
    void theTemporaryFilesAreDeletedAfterAFailureToo() {
        Path[] folder = new Path[1];

        assertThatThrownBy(() -> {
            try (RowSorter sorter = new RowSorter(2, 1_000_000)) {
                for (int i = 0; i < 9; i++) {
                    sorter.add(row(i, i));
                }
                folder[0] = sorter.folder();
                sorter.sorted();
                throw new IllegalStateException("the join failed");
            }
        }).isInstanceOf(IllegalStateException.class);

        assertThat(folder[0]).doesNotExist();
    }

    @Test
    void sortsAsAStableSortInMemoryWhateverTheRuns() {
        qt().withExamples(100)
                .forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 300), integers().between(1, 40))
                .checkAssert((places, runRows) -> {
                    List<RowSorter.Row> rows = new ArrayList<>();
                    for (int i = 0; i < places.size(); i++) {
                        rows.add(row(places.get(i), i + 2));
                    }
                    List<Long> expected = rows.stream()
                            .sorted(Comparator.comparingInt(RowSorter.Row::place))
                            .map(RowSorter.Row::row).toList();
                    try (RowSorter sorter = new RowSorter(runRows, 1_000_000)) {
                        for (RowSorter.Row row : rows) {
                            sorter.add(row);
                        }
                        assertThat(sortedRows(sorter)).isEqualTo(expected);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
