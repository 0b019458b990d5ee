package org.cepkit.model.territory;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.operator.Siren;
import org.cepkit.model.wire.WireValue;

/**
 * The code of an EPCI (<i>établissement public de coopération intercommunale</i>): its SIREN, 9 digits with
 * a Luhn key.
 *
 * <pre>{@code EpciCode.parse("200046977");  // Métropole de Lyon}</pre>
 */
@WireValue(rule = "format.epci", example = "200046977")
public final class EpciCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = Siren.REGEX;
    public static final CodeFormat FORMAT = CodeFormat.withCheck("EPCI code", REGEX, "a SIREN (9 digits)",
            Siren::isValid, Siren.LUHN_CHECK);

    private EpciCode(String value) {
        super(value);
    }

    public static EpciCode parse(CharSequence text) {
        return FORMAT.parse(text, EpciCode::new);
    }

    public static Optional<EpciCode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, EpciCode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /** The EPCI's SIREN. */
    public Siren siren() {
        return Siren.parse(value());
    }
}
