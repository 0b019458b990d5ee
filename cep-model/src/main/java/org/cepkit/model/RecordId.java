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

    /** {@link #REGEX} as code. */
    static boolean matches(CharSequence text) {
        int length = text.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }
}
