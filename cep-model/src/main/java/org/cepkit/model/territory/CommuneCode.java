package org.cepkit.model.territory;

import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * An INSEE commune code (<i>code officiel géographique</i>): a metropolitan département then 3 digits
 * ({@code 75056}, {@code 2A004}), or an overseas département or collectivité then 2 digits ({@code 97411},
 * {@code 97801}). The municipal
 * arrondissements of Paris, Lyon and Marseille ({@code 75101}, {@code 69381}, {@code 13201}) are communes
 * too. This type checks the format only; whether the code exists in a COG edition is the validator's job.
 *
 * <p>The pattern is the commune format of the wire format with the prefix {@code 20} excluded: Corsica's communes have been numbered
 * {@code 2A}/{@code 2B} since 1976 and no current code starts with {@code 20}, so {@code 20004} is malformed
 * (Ajaccio is {@code 2A004}). Since 1.1, {@code 975xx}, {@code 977xx} and {@code 978xx} are well-formed too: the
 * communes of the collectivités d'outre-mer of Saint-Pierre-et-Miquelon ({@code 97501}, {@code 97502}),
 * Saint-Barthélemy ({@code 97701}) and Saint-Martin ({@code 97801}), which belong to no département and no région.
 *
 * <pre>{@code
 * CommuneCode ajaccio = CommuneCode.parse("2A004");
 * ajaccio.departement();  // Optional[2A]
 * }</pre>
 */
@WireValue(rule = "format.commune", example = "2A004")
public final class CommuneCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])\\d{3}$|^97[1-8]\\d{2}$";
    public static final CodeFormat FORMAT = CodeFormat.of("commune code", REGEX,
            "a département (01–95, 2A and 2B instead of 20) then 3 digits, or 971–978 then 2 digits",
            CommuneCode::matches);

    private CommuneCode(String value) {
        super(value);
    }

    public static CommuneCode parse(CharSequence text) {
        return FORMAT.parse(text, CommuneCode::new);
    }

    public static Optional<CommuneCode> tryParse(CharSequence text) {
        return FORMAT.tryParse(text, CommuneCode::new);
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /**
     * The département the code belongs to: its first three characters overseas, its first two otherwise.
     * Empty for the codes of a collectivité d'outre-mer ({@code 975xx}, {@code 977xx}, {@code 978xx}), which
     * belong to no département.
     */
    public Optional<DepartementCode> departement() {
        String prefix = value().startsWith("97") ? value().substring(0, 3) : value().substring(0, 2);
        return DepartementCode.tryParse(prefix);
    }

    /** The région of the commune's département, when it has one. */
    public Optional<RegionCode> region() {
        return departement().map(DepartementCode::region);
    }

    /** {@link #REGEX} as code. */
    static boolean matches(CharSequence text) {
        if (text.length() != 5 || !CodeFormat.isDigits(text, 3, 5)) {
            return false;
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        char third = text.charAt(2);
        if (first == '9' && second == '7') {
            return third >= '1' && third <= '8';
        }
        boolean departement = switch (first) {
            case '0' -> second >= '1' && second <= '9';
            case '1', '3', '4', '5', '6', '7', '8' -> second >= '0' && second <= '9';
            case '2' -> second >= '1' && second <= '9' || second == 'A' || second == 'B';
            case '9' -> second >= '0' && second <= '5';
            default -> false;
        };
        return departement && third >= '0' && third <= '9';
    }
}
