package org.cepkit.rules.internal;

import java.util.Map;

/**
 * The arguments of a {@code format.length} issue, the same whichever path found it (the JSON reader or Hibernate
 * Validator): {@code bounds} in the machine form {@code 1..200} or {@code 2..} (no upper bound), and the
 * {@code unit} counted, which the message then says in words ("de 1 à 200 caractères").
 */
public final class LengthBounds {

    /** The unit of a string's length. */
    public static final String CHARACTERS = "characters";
    /** The unit of a list's length. */
    public static final String ITEMS = "items";

    private LengthBounds() {
    }

    /** The arguments of bounds {@code min} to {@code max} ({@link Integer#MAX_VALUE}: none) in {@code unit}. */
    public static Map<String, String> arguments(long min, long max, String unit) {
        return Map.of("bounds", min + ".." + (max == Integer.MAX_VALUE ? "" : Long.toString(max)), "unit", unit);
    }
}
