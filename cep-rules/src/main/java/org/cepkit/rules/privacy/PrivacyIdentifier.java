package org.cepkit.rules.privacy;

import java.util.List;
import java.util.regex.Pattern;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.RuleContext;

/**
 * {@code privacy.identifier}: a beneficiary id must be pseudonymous, never a NIR (the French social security
 * number: sex, year, month, département — digits or 2A/2B —, commune, order number, then a 2-digit key; 15
 * characters, often written with spaces). A NIR-shaped id is refused whatever its key, since a wrong key
 * is usually a typing error on a real number.
 */
public final class PrivacyIdentifier extends AbstractRule<Pathway> {

    public static final String ID = "privacy.identifier";

    /** 13 characters (digits, or 2A/2B at the département) then the 2-digit key, spaces removed. */
    static final Pattern NIR_SHAPE = Pattern.compile("^\\d{5}(?:\\d{2}|2[ABab])\\d{8}$");

    public PrivacyIdentifier() {
        super(Pathway.class, List.of("/beneficiary/id"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (isNirShaped(pathway.getBeneficiary().getId())) {
            context.report(ID, "/beneficiary/id");
        }
    }

    /** Whether {@code id}, with its spaces removed, has the shape of a NIR. */
    public static boolean isNirShaped(String id) {
        String compact = id.indexOf(' ') < 0 && id.indexOf('\u00a0') < 0 ? id
                : id.replace(" ", "").replace("\u00a0", "");
        // the shape is 15 characters long: most ids need no regex
        return compact.length() == 15 && NIR_SHAPE.matcher(compact).matches();
    }
}
