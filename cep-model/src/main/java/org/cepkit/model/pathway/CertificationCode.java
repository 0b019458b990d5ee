package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A certification registered by France compétences: {@code RNCP} (répertoire national des certifications
 * professionnelles) or {@code RS} (répertoire spécifique) then 1 to 6 digits, e.g. {@code RNCP34436}; since
 * 1.1, a <i>bloc de compétences</i> of an RNCP certification too, its code followed by {@code BC} and 2 digits
 * ({@code RNCP34436BC01}).
 */
@WireValue(rule = "format.certification", example = "RNCP34436")
public final class CertificationCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^RNCP\\d{1,6}(?:BC\\d{2})?$|^RS\\d{1,6}$";
    public static final CodeFormat FORMAT = CodeFormat.of("certification code", REGEX,
            "RNCP or RS then 1 to 6 digits, an RNCP code optionally followed by BC and 2 digits",
            CertificationCode::matches);

    private CertificationCode(String value) {
        super(value);
    }

    public static CertificationCode parse(CharSequence text) {
        return FORMAT.parse(text, CertificationCode::new);
    }

    public static Optional<CertificationCode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, CertificationCode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /** Whether the certification is in the répertoire spécifique rather than the RNCP. */
    public boolean isRepertoireSpecifique() {
        return value().startsWith("RS");
    }

    /** Whether the code is a bloc de compétences of an RNCP certification ({@code RNCP34436BC01}). */
    public boolean isSkillBlock() {
        return value().indexOf("BC") > 0;
    }

    /** {@link #REGEX} as code. */
    static boolean matches(CharSequence text) {
        String code = text.toString();
        boolean rncp = code.startsWith("RNCP");
        int prefix = rncp ? 4 : code.startsWith("RS") ? 2 : 0;
        int end = code.length();
        if (rncp && end >= prefix + 5 && code.charAt(end - 4) == 'B' && code.charAt(end - 3) == 'C') {
            if (!CodeFormat.isDigits(code, end - 2, end)) {
                return false;
            }
            end -= 4;
        }
        int digits = end - prefix;
        return prefix > 0 && digits >= 1 && digits <= 6 && CodeFormat.isDigits(code, prefix, end);
    }
}
