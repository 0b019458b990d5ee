package org.cepkit.analysis.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cepkit.analysis.LeftOut;

/**
 * The result of {@link Tabulation#table()}: every cell that counts a pathway and every margin total (a cell with
 * {@value Lattice#TOTAL} on the dimensions it totals, the grand total last), ordered dimension by dimension,
 * values in text order, totals after the values; with the counts of the records left out.
 *
 * <pre>{@code
 * IndicatorTable table = tabulation.table();
 * table.total().count(Measure.PATHWAYS);          // every pathway counted
 * table.leftOut().count(Exclusion.INVALID);
 * table.isDisclosureControlled();                  // false with minCell(1)
 * }</pre>
 */
public final class IndicatorTable {

    private final List<Dimension> dimensions;
    private final Granularity granularity;
    private final int minCell;
    private final List<Cell> cells;
    private final LeftOut leftOut;

    IndicatorTable(Indicators indicators, List<Cell> cells, LeftOut leftOut) {
        this.dimensions = indicators.dimensions();
        this.granularity = indicators.granularity();
        this.minCell = indicators.minCell();
        List<Cell> bound = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            bound.add(cell.of(dimensions));
        }
        this.cells = List.copyOf(bound);
        this.leftOut = leftOut;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** How {@link Dimension#PERIOD} cuts time, whether or not the table has that dimension. */
    public Granularity granularity() {
        return granularity;
    }

    /** The threshold of primary suppression; 1 when disclosure control is off. */
    public int minCell() {
        return minCell;
    }

    /** Whether small cells were suppressed ({@code minCell} above 1). */
    public boolean isDisclosureControlled() {
        return minCell > 1;
    }

    /** Every cell and margin total, in the table's order. */
    public List<Cell> cells() {
        return cells;
    }

    /** The grand total (every dimension totalled); empty when no pathway was counted. */
    public Optional<Cell> total() {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        Cell last = cells.get(cells.size() - 1);
        return last.values().stream().allMatch(Lattice.TOTAL::equals) ? Optional.of(last) : Optional.empty();
    }

    /** The records left out, by reason. */
    public LeftOut leftOut() {
        return leftOut;
    }
}
