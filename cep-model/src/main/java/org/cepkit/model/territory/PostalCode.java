package org.cepkit.model.territory;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A French postal code: 5 digits. It names a distribution office, not a commune: several communes share one
 * postal code, and a postal code is never a commune code.
 *
 * <pre>{@code PostalCode.parse("20000");}</pre>
 */
@WireValue(rule = "format.postal-code", example = "20000")
public final class PostalCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^\\d{5}$";
    public static final CodeFormat FORMAT = CodeFormat.of("postal code", REGEX, "5 digits");

    private PostalCode(String value) {
        super(value);
    }

    public static PostalCode parse(CharSequence text) {
        return FORMAT.parse(text, PostalCode::new);
    }

    public static Optional<PostalCode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, PostalCode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }
}
