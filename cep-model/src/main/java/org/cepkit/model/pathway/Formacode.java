package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A Formacode (Centre Inffo thesaurus of training): 5 digits, the first 3 the semantic field, e.g.
 * {@code 21059} (agronomie).
 */
@WireValue(rule = "format.formacode", example = "21059")
public final class Formacode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^\\d{5}$";
    public static final CodeFormat FORMAT = CodeFormat.of("Formacode", REGEX, "5 digits");

    private Formacode(String value) {
        super(value);
    }

    public static Formacode parse(CharSequence text) {
        return FORMAT.parse(text, Formacode::new);
    }

    public static Optional<Formacode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, Formacode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }
}
