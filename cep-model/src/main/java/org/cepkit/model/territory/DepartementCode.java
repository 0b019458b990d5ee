package org.cepkit.model.territory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * An INSEE département code: {@code 01}–{@code 95} without {@code 20} (Corsica is {@code 2A} and
 * {@code 2B}), and the overseas départements {@code 971}–{@code 974} and {@code 976}. {@code 975},
 * {@code 977} and {@code 978} are collectivités d'outre-mer, not départements.
 *
 * <pre>{@code DepartementCode.parse("2A").region();  // 94 (Corse)}</pre>
 */
@WireValue(rule = "format.departement", example = "2B")
public final class DepartementCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5]|97[1-46])$";
    public static final CodeFormat FORMAT = CodeFormat.of("département code", REGEX,
            "01 to 95 (2A and 2B instead of 20), or 971, 972, 973, 974, 976", DepartementCode::isKnown);

    private static final Map<String, String> REGION_OF = new HashMap<>();
    /** The 101 départements, so that a look-up by code, and {@link #FORMAT}, need no regular expression. */
    private static final Map<String, DepartementCode> ALL = new HashMap<>();

    static {
        RegionCode.departementsByRegion().forEach((region, departements) ->
                departements.forEach(departement -> REGION_OF.put(departement, region)));
        REGION_OF.keySet().forEach(code -> ALL.put(code, new DepartementCode(code)));
    }

    private DepartementCode(String value) {
        super(value);
    }

    public static DepartementCode parse(CharSequence text) {
        return FORMAT.parse(text, DepartementCode::new);
    }

    public static Optional<DepartementCode> tryParse(CharSequence text) {
        return text == null ? Optional.empty() : Optional.ofNullable(ALL.get(text.toString()));
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /** {@link #REGEX} as a look-up in the list itself (a test proves that the two agree). */
    private static boolean isKnown(CharSequence text) {
        return ALL.containsKey(text.toString());
    }

    /** The 101 départements, in code order. */
    public static List<DepartementCode> values() {
        return ALL.values().stream().sorted().toList();
    }

    /** The région the département belongs to. */
    public RegionCode region() {
        return RegionCode.tryParse(REGION_OF.get(value())).orElseThrow();
    }

    /** Whether this is an overseas département (971–976). */
    public boolean isOverseas() {
        return value().length() == 3;
    }
}
