package org.cepkit.analysis.indicators;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One cell of an {@link IndicatorTable}: its value on each dimension ({@value Lattice#TOTAL} where it is a margin
 * total over that dimension) and its measures, each published or suppressed. A suppressed measure has no value.
 *
 * <pre>{@code
 * Cell cell = table.cells().get(0);
 * cell.value(Dimension.FAMILY);             // "APEC", or "*" in a total over the families
 * cell.count(Measure.PATHWAYS);             // OptionalLong[37], or empty when suppressed
 * cell.medianDays();                        // OptionalDouble[64.5]
 * }</pre>
 */
public final class Cell {

    /** The value of a dimension in a margin total: every value of that dimension. */
    public static final String TOTAL = Lattice.TOTAL;

    private final List<String> values;
    private final long[] measures;
    private final double medianDays;
    private final boolean[] suppressed;
    private final boolean small;
    private final List<Dimension> dimensions;

    Cell(List<String> values, long[] measures, double medianDays, boolean[] suppressed, boolean small) {
        this(values, measures, medianDays, suppressed, small, null);
    }

    private Cell(List<String> values, long[] measures, double medianDays, boolean[] suppressed, boolean small,
            List<Dimension> dimensions) {
        this.values = values;
        this.measures = measures;
        this.medianDays = medianDays;
        this.suppressed = suppressed;
        this.small = small;
        this.dimensions = dimensions;
    }

    Cell of(List<Dimension> tableDimensions) {
        return new Cell(values, measures, medianDays, suppressed, small, tableDimensions);
    }

    /** The values on the table's dimensions, in their order. */
    public List<String> values() {
        return values;
    }

    /**
     * The value on one dimension of the table.
     *
     * @throws IllegalArgumentException if the table has no such dimension
     */
    public String value(Dimension dimension) {
        int index = dimensions.indexOf(dimension);
        if (index < 0) {
            throw new IllegalArgumentException("The table has no dimension " + dimension.key() + ": it has "
                    + dimensions.stream().map(Dimension::key).toList());
        }
        return values.get(index);
    }

    /** Whether the cell totals at least one dimension (a margin total, or the grand total). */
    public boolean isMargin() {
        return Lattice.isMargin(values);
    }

    /**
     * A count ({@link Measure#PATHWAYS}, {@link Measure#BENEFICIARIES}, {@link Measure#REMOTE}…); empty when it
     * is suppressed.
     *
     * @throws IllegalArgumentException for {@link Measure#MEDIAN_DAYS}, which {@link #medianDays()} gives
     */
    public OptionalLong count(Measure measure) {
        if (measure == Measure.MEDIAN_DAYS) {
            throw new IllegalArgumentException("medianDays is not a count: use medianDays()");
        }
        return suppressed[measure.ordinal()] ? OptionalLong.empty() : OptionalLong.of(measures[measure.ordinal()]);
    }

    /**
     * The median duration in days of the cell's ended pathways; empty when it is suppressed (fewer ended
     * pathways than the threshold, or a suppressed cell) or when no pathway of the cell has ended.
     */
    public OptionalDouble medianDays() {
        return suppressed[Measure.MEDIAN_DAYS.ordinal()] || Double.isNaN(medianDays) ? OptionalDouble.empty()
                : OptionalDouble.of(medianDays);
    }

    /** The count before disclosure control, for the audit of the tests; never published. */
    long unprotectedCount(Measure measure) {
        return measures[measure.ordinal()];
    }

    /** Whether that measure is suppressed. */
    public boolean isSuppressed(Measure measure) {
        return suppressed[measure.ordinal()];
    }

    /** Whether any measure of the cell is suppressed. */
    public boolean isSuppressed() {
        for (boolean s : suppressed) {
            if (s) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cell was suppressed for being small (primary suppression) rather than to protect another cell
     * (secondary suppression). Internal to disclosure control: the outputs do not tell the two apart, since that
     * would point at the small cells.
     */
    boolean isSmall() {
        return small;
    }

    /** The values and the published measures; never anything of a person. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Cell").append(values).append('{');
        for (Measure measure : Measure.values()) {
            if (measure != Measure.PATHWAYS) {
                text.append(", ");
            }
            text.append(measure.key()).append('=');
            if (measure == Measure.MEDIAN_DAYS) {
                text.append(medianDays().isPresent() ? Double.toString(medianDays().getAsDouble())
                        : suppressed[measure.ordinal()] ? "s" : "-");
            } else {
                text.append(suppressed[measure.ordinal()] ? "s" : Long.toString(measures[measure.ordinal()]));
            }
        }
        return text.append('}').toString();
    }
}
