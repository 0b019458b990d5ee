package org.cepkit.analysis.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.territory.Referential;

/**
 * The common CEP indicators (the <i>socle d'indicateurs communs</i> that France compétences monitors, Code du
 * travail art. L6111-6), cross-tabulated on a few {@link Dimension}s, with every margin total, and published
 * under statistical disclosure control. Immutable and thread-safe; each {@link #tabulation()} counts one table.
 *
 * <pre>{@code
 * Indicators indicators = Indicators.builder()
 *         .dimensions(Dimension.FAMILY, Dimension.PERIOD)
 *         .granularity(Granularity.YEAR)
 *         .minCell(11)                               // the default
 *         .referential(profile.referential())        // default: Referential.embedded()
 *         .build();
 * Tabulation tabulation = indicators.tabulation();
 * for (RecordResult result : results) {
 *     if (result.isValid()) tabulation.add(result.record().orElseThrow());
 *     else tabulation.leaveOut(Exclusion.INVALID);
 * }
 * IndicatorTable table = tabulation.table();
 * }</pre>
 *
 * <h2>Measures</h2>
 * Each cell counts its pathways, distinct beneficiaries, pathways that reached level 2, pathways with a remote
 * service and referrals by purpose, and gives the median duration of its ended pathways ({@link Measure}).
 * Distinct beneficiaries are counted in bounded memory: exactly up to 512 distinct ids a cell (but for 64-bit
 * hash collisions), then by HyperLogLog with 4,096 registers, whose relative standard error is 1.6 %.
 *
 * <h2>Disclosure control</h2>
 * On by default. A cell or margin total of fewer than {@code minCell} pathways (default 11, the small-count rule of
 * French health and social statistics), or of fewer than {@code minCell} distinct beneficiaries, is suppressed
 * (primary suppression); then enough other cells and totals are suppressed that no suppressed count can be
 * computed from what is published and none can be shown to be under the threshold (secondary suppression by
 * hypercubes, for every count: see the project's docs/disclosure-control.md). A suppressed cell has all its
 * measures suppressed; the median of fewer than {@code minCell} ended pathways is suppressed too.
 * {@code minCell(1)} turns disclosure control off.
 */
public final class Indicators {

    /** The default threshold of primary suppression. */
    public static final int DEFAULT_MIN_CELL = 11;

    /** The most dimensions a table can cross: each cell has 2<sup>k</sup> margin totals to protect. */
    public static final int MAX_DIMENSIONS = 4;

    private final List<Dimension> dimensions;
    private final Granularity granularity;
    private final int minCell;
    private final Referential referential;

    private Indicators(Builder builder) {
        this.dimensions = List.copyOf(builder.dimensions);
        this.granularity = builder.granularity;
        this.minCell = builder.minCell;
        this.referential = builder.referential;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public Granularity granularity() {
        return granularity;
    }

    public int minCell() {
        return minCell;
    }

    public Referential referential() {
        return referential;
    }

    /** A new, empty table to feed. */
    public Tabulation tabulation() {
        return new Tabulation(this);
    }

    /**
     * The table of a stream of records, all of which the caller takes as free of ERROR: pathways are counted,
     * other records are left out as {@link org.cepkit.analysis.Exclusion#OTHER_TYPE}.
     */
    public IndicatorTable tabulate(Stream<? extends CepRecord> records) {
        Tabulation tabulation = tabulation();
        records.forEach(tabulation::add);
        return tabulation.table();
    }

    /** Builds {@link Indicators}; by default by family, yearly periods, a threshold of 11, the embedded COG. */
    public static final class Builder {
        private List<Dimension> dimensions = List.of(Dimension.FAMILY);
        private Granularity granularity = Granularity.YEAR;
        private int minCell = DEFAULT_MIN_CELL;
        private Referential referential;

        private Builder() {
        }

        public Builder dimensions(Dimension... values) {
            return dimensions(List.of(values));
        }

        /**
         * The dimensions, in the order of the table's columns.
         *
         * @throws IllegalArgumentException if there are none, more than {@value #MAX_DIMENSIONS}, or one twice
         */
        public Builder dimensions(List<Dimension> values) {
            List<Dimension> list = new ArrayList<>(values);
            if (list.isEmpty() || list.size() > MAX_DIMENSIONS) {
                throw new IllegalArgumentException("A table crosses 1 to " + MAX_DIMENSIONS + " dimensions, not "
                        + list.size());
            }
            if (list.stream().distinct().count() != list.size()) {
                throw new IllegalArgumentException("A dimension is given twice: " + list);
            }
            this.dimensions = list;
            return this;
        }

        public Builder granularity(Granularity value) {
            this.granularity = Objects.requireNonNull(value, "granularity");
            return this;
        }

        /**
         * The threshold of primary suppression: cells of fewer pathways are suppressed; 1 turns disclosure control
         * off.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder minCell(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("minCell " + value + ": expected 1 or more (1 turns disclosure"
                        + " control off)");
            }
            this.minCell = value;
            return this;
        }

        /** The referential that places residences in their département and région. */
        public Builder referential(Referential value) {
            this.referential = Objects.requireNonNull(value, "referential");
            return this;
        }

        public Indicators build() {
            if (referential == null) {
                referential = Referential.embedded();
            }
            return new Indicators(this);
        }
    }
}
