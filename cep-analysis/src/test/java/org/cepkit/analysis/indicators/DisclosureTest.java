package org.cepkit.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DisclosureTest {

    private static final long MIN_CELL = 11;

    /** Every measure of the table passes the audit; the pathways' pattern is inside every other measure's. */
    private static void assertProtected(Tables.Table table) {
        List<Set<List<String>>> patterns = table.suppress();
        assertThat(patterns.get(0)).as("%s: small cells are suppressed", table).containsAll(table.small());
        for (int m = 0; m < patterns.size(); m++) {
            assertThat(patterns.get(m)).as("%s: measure %d holds the pathways' pattern", table, m)
                    .containsAll(patterns.get(0));
            assertThat(DisclosureAudit.failures(table.cells(), patterns.get(m), m, table.small(), table.minCell()))
                    .as("%s: suppressed cells of %s that the published values pin", table, CellStats.ADDITIVE.get(m))
                    .isEmpty();
        }
    }

    private static Gen<Tables.Style> styles() {
        return Generate.enumValues(Tables.Style.class);
    }

    @Test
    void oneDimensionTablesPassTheAudit() {
        qt().withFixedSeed(13L).withExamples(150).forAll(longs().all(), styles())
                .checkAssert((seed, style) -> assertProtected(Tables.random(seed, 1, style, MIN_CELL)));
    }

    @Test
    void twoDimensionTablesPassTheAudit() {
        qt().withFixedSeed(17L).withExamples(120).forAll(longs().all(), styles())
                .checkAssert((seed, style) -> assertProtected(Tables.random(seed, 2, style, MIN_CELL)));
    }

    @Test
    void threeDimensionTablesPassTheAudit() {
        qt().withFixedSeed(19L).withExamples(50).forAll(longs().all(), styles())
                .checkAssert((seed, style) -> assertProtected(Tables.random(seed, 3, style, MIN_CELL)));
    }

    /** Dimensions wider than the search's breadth: it tries some of their values only, and must stay safe. */
    @Test
    void wideOneDimensionTablesPassTheAudit() {
        int wide = Disclosure.BREADTH * 2;
        qt().withFixedSeed(29L).withExamples(60).forAll(longs().all(), styles()).checkAssert((seed, style) ->
                assertProtected(Tables.random(seed, new int[] {wide}, new int[] {wide * 3}, style, MIN_CELL)));
    }

    @Test
    void wideTwoDimensionTablesPassTheAudit() {
        int wide = Disclosure.BREADTH + 2;
        qt().withFixedSeed(31L).withExamples(30).forAll(longs().all(), styles()).checkAssert((seed, style) ->
                assertProtected(Tables.random(seed, new int[] {wide, 2}, new int[] {wide + 6, 5}, style, MIN_CELL)));
    }

    @Test
    void wideSquareAndThreeDimensionTablesPassTheAudit() {
        int wide = Disclosure.BREADTH + 2;
        qt().withFixedSeed(37L).withExamples(12).forAll(longs().all(), styles(), integers().between(2, 3))
                .checkAssert((seed, style, dimensions) -> assertProtected(dimensions == 2
                        ? Tables.random(seed, new int[] {wide, wide}, new int[] {wide + 2, wide + 2}, style, MIN_CELL)
                        : Tables.random(seed, new int[] {wide, 2, 2}, new int[] {wide + 2, 4, 3}, style, MIN_CELL)));
    }

    @Test
    void otherThresholdsPassTheAuditToo() {
        qt().withFixedSeed(23L).withExamples(60).forAll(longs().all(), integers().between(1, 3),
                integers().between(2, 30)).checkAssert((seed, dimensions, minCell) ->
                        assertProtected(Tables.random(seed, dimensions, Tables.Style.MANY_SMALL, minCell)));
    }

    @Test
    void theAuditGivesEachSuppressedCellOfARowTheRangeItsTotalLeaves() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(1), List.of("b"), counts(3),
                List.of("c"), counts(50)), 1, MIN_CELL, "a row");

        Map<List<String>, DisclosureAudit.Range> ranges = DisclosureAudit.ranges(table.cells(),
                Set.of(List.of("a"), List.of("b"), List.of("c")), 0);

        assertThat(ranges).containsEntry(List.of("a"), new DisclosureAudit.Range(0, 54))
                .containsEntry(List.of("b"), new DisclosureAudit.Range(0, 54))
                .containsEntry(List.of("c"), new DisclosureAudit.Range(0, 54));
    }

    @Test
    void theAuditFindsASuppressedTotalUnboundedAbove() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(4), List.of("b"), counts(30)), 1, MIN_CELL,
                "a row");

        Map<List<String>, DisclosureAudit.Range> ranges = DisclosureAudit.ranges(table.cells(),
                Set.of(List.of("a"), List.of(Lattice.TOTAL)), 0);

        assertThat(ranges.get(List.of("a"))).isEqualTo(new DisclosureAudit.Range(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void aSmallCellSuppressedAloneIsComputedFromItsTotal() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(4), List.of("b"), counts(30),
                List.of("c"), counts(50)), 1, MIN_CELL, "a row");

        assertThat(DisclosureAudit.failures(table.cells(), Set.of(List.of("a")), 0, table.small(), MIN_CELL))
                .containsOnlyKeys(List.of("a"))
                .allSatisfy((cell, range) -> assertThat(range.width()).isZero());
    }

    @Test
    void twoSmallCellsOfARowSuppressedTogetherAreStillShownSmall() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(4), List.of("b"), counts(3),
                List.of("c"), counts(50)), 1, MIN_CELL, "a row");

        assertThat(DisclosureAudit.failures(table.cells(), Set.of(List.of("a"), List.of("b")), 0, table.small(),
                MIN_CELL)).as("a + b = 7: neither can reach 11").containsOnlyKeys(List.of("a"), List.of("b"));
    }

    @Test
    void aSmallCellIsPairedWithACellBigEnoughToHideIt() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(4), List.of("b"), counts(3),
                List.of("c"), counts(50), List.of("d"), counts(12)), 1, MIN_CELL, "a row");

        Set<List<String>> pathways = table.suppress().get(0);

        assertThat(pathways).containsExactlyInAnyOrder(List.of("a"), List.of("b"), List.of("d"));
        assertProtected(table);
    }

    @Test
    void aMeasureWhoseMarginIsZeroGetsMoreSuppressions() {
        Map<List<String>, long[]> interior = new HashMap<>();
        interior.put(List.of("r1", "c1"), new long[] {4, 1, 0, 0, 0, 0});
        interior.put(List.of("r1", "c2"), new long[] {20, 5, 0, 0, 0, 0});
        interior.put(List.of("r2", "c1"), new long[] {30, 9, 3, 0, 0, 0});
        interior.put(List.of("r2", "c2"), new long[] {40, 9, 5, 0, 0, 0});
        Tables.Table table = Tables.of(interior, 2, MIN_CELL, "2 x 2");

        List<Set<List<String>>> patterns = table.suppress();

        int remote = CellStats.indexOf(Measure.REMOTE);
        assertThat(DisclosureAudit.failures(table.cells(), patterns.get(0), remote, table.small(), MIN_CELL))
                .as("row r1 has no remote service: the pathways' pattern pins its remote counts at 0").isNotEmpty();
        assertThat(patterns.get(remote)).hasSizeGreaterThan(patterns.get(0).size());
        assertProtected(table);
    }

    @Test
    void aTableWithoutSmallCellsSuppressesNothing() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(40), List.of("b"), counts(30)), 1, MIN_CELL,
                "a row");

        assertThat(table.suppress()).allSatisfy(pattern -> assertThat(pattern).isEmpty());
    }

    @Test
    void aTableSmallAsAWholeIsSuppressedWhole() {
        Tables.Table table = Tables.of(Map.of(List.of("a"), counts(4), List.of("b"), counts(3)), 1, MIN_CELL,
                "a row");

        assertThat(table.suppress().get(0)).containsExactlyInAnyOrderElementsOf(table.cells().keySet());
        assertProtected(table);
    }

    private static long[] counts(long pathways) {
        return new long[] {pathways, pathways / 2, pathways / 3, 1, 1, 1};
    }
}
