package org.cepkit.model.territory;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A <i>zone d'emploi</i> 2020 code (INSEE/DARES): 4 digits. In the published list the first two digits are
 * the région, or {@code 00} for a zone spanning several régions ({@code 0051} Alençon).
 *
 * <pre>{@code EmploymentZoneCode.parse("1101");  // Cergy-Vexin}</pre>
 */
@WireValue(rule = "format.employment-zone", example = "9401")
public final class EmploymentZoneCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^\\d{4}$";
    public static final CodeFormat FORMAT = CodeFormat.of("employment zone code", REGEX, "4 digits");

    private EmploymentZoneCode(String value) {
        super(value);
    }

    public static EmploymentZoneCode parse(CharSequence text) {
        return FORMAT.parse(text, EmploymentZoneCode::new);
    }

    public static Optional<EmploymentZoneCode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, EmploymentZoneCode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }
}
