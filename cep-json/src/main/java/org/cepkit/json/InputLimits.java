package org.cepkit.json;

/**
 * Limits on what one record may hold, so that hostile input cannot exhaust memory or the stack (docs/wire-format.md).
 * Exceeding one makes that record invalid with {@code format.limit}; the records after it are still read.
 * Immutable.
 *
 * <pre>{@code InputLimits limits = InputLimits.defaults().withMaxStringLength(2_000);}</pre>
 *
 * @param maxRecordBytes the size of one record in bytes (default 1 MiB)
 * @param maxDepth the nesting depth of objects and arrays (default 32)
 * @param maxStringLength the length of one string, in characters (default 10,000)
 * @param maxNumberLength the length of one number, in characters (default 100)
 */
public record InputLimits(int maxRecordBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    private static final InputLimits DEFAULTS = new InputLimits(1 << 20, 32, 10_000, 100);

    public InputLimits {
        positive(maxRecordBytes, "maxRecordBytes");
        positive(maxDepth, "maxDepth");
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
    }

    public static InputLimits defaults() {
        return DEFAULTS;
    }

    public InputLimits withMaxRecordBytes(int value) {
        return new InputLimits(value, maxDepth, maxStringLength, maxNumberLength);
    }

    public InputLimits withMaxDepth(int value) {
        return new InputLimits(maxRecordBytes, value, maxStringLength, maxNumberLength);
    }

    public InputLimits withMaxStringLength(int value) {
        return new InputLimits(maxRecordBytes, maxDepth, value, maxNumberLength);
    }

    public InputLimits withMaxNumberLength(int value) {
        return new InputLimits(maxRecordBytes, maxDepth, maxStringLength, value);
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
