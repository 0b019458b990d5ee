package org.cepkit.analysis.indicators;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * How the {@link Dimension#PERIOD} dimension cuts time: by calendar year ({@code 2024}), quarter
 * ({@code 2024-Q1}) or month ({@code 2024-03}) of the pathway's start date.
 */
public enum Granularity {
    YEAR,
    QUARTER,
    MONTH;

    /** The period of {@code date}: {@code "2024"}, {@code "2024-Q1"} or {@code "2024-03"}. */
    public String periodOf(LocalDate date) {
        return switch (this) {
            case YEAR -> Integer.toString(date.getYear());
            case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
        };
    }

    /** The option value, {@code "quarter"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The granularity of an option value ({@code year}, {@code quarter}, {@code month}), or empty. */
    public static Optional<Granularity> fromKey(String key) {
        for (Granularity granularity : values()) {
            if (granularity.key().equals(key)) {
                return Optional.of(granularity);
            }
        }
        return Optional.empty();
    }
}
