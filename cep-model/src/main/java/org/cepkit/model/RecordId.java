package org.cepkit.model;

import java.util.Optional;
import org.cepkit.model.wire.WireValue;

/**
 * The identifier of a record, a site or a beneficiary: 1 to 64 characters, starting with a letter or a
 * digit, then letters, digits, {@code . _ : -}. A beneficiary id is pseudonymous and never a NIR.
 *
 * <pre>{@code RecordId id = RecordId.parse("pw-2024-0001");}</pre>
 */
@WireValue(rule = "format.identifier", example = "pw-2024-0001")
public final class RecordId extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";
    public static final CodeFormat FORMAT = CodeFormat.of("identifier", REGEX,
            "1 to 64 letters, digits or . _ : - starting with a letter or a digit", RecordId::matches);

    private RecordId(String value) {
        super(value);
    }

    public static RecordId parse(CharSequence text) {
        return FORMAT.parse(text, RecordId::new);
    }

    public static Optional<RecordId> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, RecordId::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /**
     * The characters of an identifier ({@link #REGEX}): 1 for a letter or digit, which may start one, 2 for
     * {@code . _ : -}, which may not; 0 for any other character below 128.
     */
    private static final byte[] CLASSES = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] = 1;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASSES[c] = 1;
            CLASSES[Character.toUpperCase(c)] = 1;
        }
        for (char c : ".:_-".toCharArray()) {
            CLASSES[c] = 2;
        }
    }

    /**
     * {@link #REGEX} as code, a table look-up a character: the comparisons it replaced were 2.7 % of the samples of
     * reading and validating pathways in a loop ({@code perf}, BENCHMARKS.md).
     */
    static boolean matches(CharSequence text) {
        int length = text.length();
        if (length < 1 || length > 64) {
            return false;
        }
        char first = text.charAt(0);
        if (first >= 128 || CLASSES[first] != 1) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || CLASSES[c] == 0) {
                return false;
            }
        }
        return true;
    }
}
