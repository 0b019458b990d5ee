package org.cepkit.model.operator;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A SIREN, the INSEE number of a legal unit: 9 digits, the last one a Luhn key. An EPCI is identified by
 * its SIREN.
 *
 * <pre>{@code Siren.isValid("732829320");  // true}</pre>
 */
@WireValue(rule = "format.siret", example = "732829320")
public final class Siren extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^\\d{9}$";
    public static final String LUHN_CHECK = "the 9 digits pass the Luhn check";
    public static final CodeFormat FORMAT = CodeFormat.withCheck("SIREN", REGEX, "9 digits", Luhn::isValid,
            LUHN_CHECK);

    /** The SIREN shared by every establishment of La Poste. */
    public static final String LA_POSTE = "356000000";

    private Siren(String value) {
        super(value);
    }

    public static Siren parse(CharSequence text) {
        return FORMAT.parse(text, Siren::new);
    }

    public static Optional<Siren> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, Siren::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }
}
