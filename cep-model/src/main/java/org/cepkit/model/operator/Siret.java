package org.cepkit.model.operator;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A SIRET, the INSEE number of an establishment: its SIREN then a 5-digit NIC, 14 digits whose Luhn key is
 * valid. La Poste's establishments all share the SIREN {@code 356000000}; theirs also pass when the sum of the
 * 14 digits is a multiple of 5 (the head office, {@code 35600000000048}, passes Luhn but not the sum).
 *
 * <pre>{@code
 * Siret siret = Siret.parse("73282932000074");
 * siret.siren();  // 732829320
 * }</pre>
 */
@WireValue(rule = "format.siret", example = "73282932000074")
public final class Siret extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^\\d{14}$";
    public static final String KEY_CHECK = "the 14 digits pass the Luhn check, or, for La Poste (SIREN 356000000),"
            + " their sum is a multiple of 5";
    public static final CodeFormat FORMAT = CodeFormat.withCheck("SIRET", REGEX, "14 digits", Siret::hasValidKey,
            KEY_CHECK);

    private Siret(String value) {
        super(value);
    }

    public static Siret parse(CharSequence text) {
        return FORMAT.parse(text, Siret::new);
    }

    public static Optional<Siret> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, Siret::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    private static boolean hasValidKey(String digits) {
        return Luhn.isValid(digits) || (digits.startsWith(Siren.LA_POSTE) && Luhn.digitSum(digits) % 5 == 0);
    }

    /** The SIREN of the legal unit the establishment belongs to (its first 9 digits). */
    public Siren siren() {
        return Siren.parse(value().substring(0, 9));
    }
}
