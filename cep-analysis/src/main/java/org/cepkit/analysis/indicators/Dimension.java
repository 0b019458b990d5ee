package org.cepkit.analysis.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;

/**
 * A dimension of the indicator tables, with the values it can take. Every value is a code: a code-list value
 * ({@code MISSION_LOCALE}, {@code LEVEL_2}), a band ({@code 26-44}, {@code LEVEL_6+}), a COG code ({@code 94},
 * {@code 2A}), a period ({@code 2024-Q1}) or {@code true}/{@code false}.
 *
 * <table>
 * <caption>The dimensions</caption>
 * <tr><th>key</th><th>values</th></tr>
 * <tr><td>{@code family}</td><td>the operator's family</td></tr>
 * <tr><td>{@code specification}</td><td>{@code CDC_2014}, {@code CDC_2019}</td></tr>
 * <tr><td>{@code level}</td><td>the highest service level reached: {@code LEVEL_1}, {@code LEVEL_2}, {@code LEVEL_3}</td></tr>
 * <tr><td>{@code sex}</td><td>{@code FEMALE}, {@code MALE}, {@code UNDISCLOSED}</td></tr>
 * <tr><td>{@code age-band}</td><td>age at entry in completed years: {@code 15-25}, {@code 26-44}, {@code 45-54},
 *     {@code 55+}</td></tr>
 * <tr><td>{@code status}</td><td>the beneficiary's status at entry</td></tr>
 * <tr><td>{@code qualification}</td><td>{@code NONE}, {@code LEVEL_1-3}, {@code LEVEL_4}, {@code LEVEL_5},
 *     {@code LEVEL_6+}</td></tr>
 * <tr><td>{@code disability}, {@code executive}</td><td>{@code true}, {@code false}</td></tr>
 * <tr><td>{@code region}, {@code departement}</td><td>of the commune of residence, through the referential (a
 *     former commune counts in the commune that now holds it); {@code NONE} for a commune of the referential
 *     that belongs to no département</td></tr>
 * <tr><td>{@code mode}</td><td>{@code IN_PERSON} (every service in person), {@code REMOTE} (every service
 *     remote), {@code MIXED}</td></tr>
 * <tr><td>{@code outcome}</td><td>the situation observed after the pathway ({@code EMPLOYMENT},
 *     {@code BUSINESS_CREATION}, {@code TRAINING}, {@code JOB_SEEKING}, {@code OTHER}, {@code UNKNOWN}), or
 *     {@link #NO_OUTCOME} when the pathway records none</td></tr>
 * <tr><td>{@code period}</td><td>of the start date, by the table's {@link Granularity}</td></tr>
 * </table>
 */
public enum Dimension {
    FAMILY("family"),
    SPECIFICATION("specification"),
    LEVEL("level"),
    SEX("sex"),
    AGE_BAND("age-band"),
    STATUS("status"),
    QUALIFICATION("qualification"),
    DISABILITY("disability"),
    EXECUTIVE("executive"),
    REGION("region"),
    DEPARTEMENT("departement"),
    MODE("mode"),
    OUTCOME("outcome"),
    PERIOD("period");

    /** The value of {@link #REGION} and {@link #DEPARTEMENT} for a commune that belongs to no département. */
    public static final String NONE = "NONE";

    /** The value of {@link #OUTCOME} for a pathway that records no outcome (not yet observed, or not reported). */
    public static final String NO_OUTCOME = "NOT_RECORDED";

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** The name of the dimension in options and outputs: {@code "age-band"}. */
    public String key() {
        return key;
    }

    /** The dimension of that key, or empty. */
    public static Optional<Dimension> fromKey(String key) {
        for (Dimension dimension : values()) {
            if (dimension.key.equals(key)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /**
     * The dimensions of a comma-separated list of keys ({@code "family,age-band"}).
     *
     * @throws IllegalArgumentException naming the key that is not a dimension, or the dimension given twice
     */
    public static List<Dimension> parseList(String keys) {
        List<Dimension> result = new ArrayList<>();
        for (String key : keys.split(",", -1)) {
            String trimmed = key.trim();
            Dimension dimension = fromKey(trimmed).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown dimension '" + trimmed + "': expected one of " + keys()));
            if (result.contains(dimension)) {
                throw new IllegalArgumentException("Dimension '" + trimmed + "' is given twice");
            }
            result.add(dimension);
        }
        return result;
    }

    /** Every key, comma-separated, in declaration order. */
    public static String keys() {
        List<String> keys = new ArrayList<>();
        for (Dimension dimension : values()) {
            keys.add(dimension.key);
        }
        return String.join(", ", keys);
    }

    /** The age band of an age at entry in completed years, or empty outside 15–100. */
    static Optional<String> ageBand(int age) {
        if (age < 15 || age > 100) {
            return Optional.empty();
        }
        if (age <= 25) {
            return Optional.of("15-25");
        }
        if (age <= 44) {
            return Optional.of("26-44");
        }
        return Optional.of(age <= 54 ? "45-54" : "55+");
    }

    static String qualificationBand(QualificationLevel level) {
        return switch (level) {
            case NONE -> "NONE";
            case LEVEL_1, LEVEL_2, LEVEL_3 -> "LEVEL_1-3";
            case LEVEL_4 -> "LEVEL_4";
            case LEVEL_5 -> "LEVEL_5";
            case LEVEL_6, LEVEL_7, LEVEL_8 -> "LEVEL_6+";
        };
    }

    static ServiceLevel highestLevel(Pathway pathway) {
        ServiceLevel highest = ServiceLevel.LEVEL_1;
        for (Service service : pathway.getServices()) {
            if (service.getLevel().compareTo(highest) > 0) {
                highest = service.getLevel();
            }
        }
        return highest;
    }

    static String mode(Pathway pathway) {
        boolean inPerson = false;
        boolean remote = false;
        for (Service service : pathway.getServices()) {
            if (service.getMode() == DeliveryMode.REMOTE) {
                remote = true;
            } else {
                inPerson = true;
            }
        }
        return inPerson && remote ? "MIXED" : remote ? DeliveryMode.REMOTE.name() : DeliveryMode.IN_PERSON.name();
    }
}
