package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * A certification registered by France compétences: {@code RNCP} (répertoire national des certifications
 * professionnelles) or {@code RS} (répertoire spécifique) then 1 to 6 digits, e.g. {@code RNCP34436}.
 */
@WireValue(rule = "format.certification", example = "RNCP34436")
public final class CertificationCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^RNCP\\d{1,6}$|^RS\\d{1,6}$";
    public static final CodeFormat FORMAT = CodeFormat.of("certification code", REGEX,
            "RNCP or RS then 1 to 6 digits", CertificationCode::matches);

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

    /** {@link #REGEX} as code. */
    static boolean matches(CharSequence text) {
        String code = text.toString();
        int prefix = code.startsWith("RNCP") ? 4 : code.startsWith("RS") ? 2 : 0;
        int digits = code.length() - prefix;
        return prefix > 0 && digits >= 1 && digits <= 6 && CodeFormat.isDigits(code, prefix, code.length());
    }
}
