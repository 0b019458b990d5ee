package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A ROME code (France Travail, <i>Répertoire opérationnel des métiers et des emplois</i>): a fiche métier,
 * one letter A–N (the grand domaine) then 4 digits, e.g. {@code M1805}.
 */
@WireValue(rule = "format.rome", example = "M1805")
public final class RomeCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^[A-N]\\d{4}$";
    public static final CodeFormat FORMAT = CodeFormat.of("ROME code", REGEX, "a letter A to N then 4 digits",
            text -> text.length() == 5 && text.charAt(0) >= 'A' && text.charAt(0) <= 'N'
                    && CodeFormat.isDigits(text, 1, 5));

    private RomeCode(String value) {
        super(value);
    }

    public static RomeCode parse(CharSequence text) {
        return FORMAT.parse(text, RomeCode::new);
    }

    public static Optional<RomeCode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, RomeCode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /** The grand domaine, the code's letter ({@code 'M'}: support à l'entreprise). */
    public char grandDomaine() {
        return value().charAt(0);
    }
}
