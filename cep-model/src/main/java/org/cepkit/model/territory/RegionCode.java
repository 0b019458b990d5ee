package org.cepkit.model.territory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.WireValue;

/**
 * An INSEE région code: one of the 18 régions of the <i>Code officiel géographique</i> since 1 January
 * 2016 (13 metropolitan, 5 overseas). There is no région {@code 05}.
 *
 * <pre>{@code
 * RegionCode corse = RegionCode.parse("94");
 * corse.name();          // "Corse"
 * corse.departements();  // [2A, 2B]
 * }</pre>
 */
@WireValue(rule = "format.region", example = "94")
public final class RegionCode extends CodeValue {

    private static final long serialVersionUID = 1L;

    public static final String REGEX = "^(?:01|02|03|04|06|11|24|27|28|32|44|52|53|75|76|84|93|94)$";
    public static final CodeFormat FORMAT = CodeFormat.of("région code", REGEX,
            "one of the 18 INSEE région codes 01 02 03 04 06 11 24 27 28 32 44 52 53 75 76 84 93 94",
            RegionCode::isKnown);

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, List<String>> DEPARTEMENTS = new LinkedHashMap<>();
    /** The 18 régions, so that a look-up by code, and {@link #FORMAT}, need no regular expression. */
    private static final Map<String, RegionCode> ALL = new LinkedHashMap<>();

    static {
        region("01", "Guadeloupe", "971");
        region("02", "Martinique", "972");
        region("03", "Guyane", "973");
        region("04", "La Réunion", "974");
        region("06", "Mayotte", "976");
        region("11", "Île-de-France", "75", "77", "78", "91", "92", "93", "94", "95");
        region("24", "Centre-Val de Loire", "18", "28", "36", "37", "41", "45");
        region("27", "Bourgogne-Franche-Comté", "21", "25", "39", "58", "70", "71", "89", "90");
        region("28", "Normandie", "14", "27", "50", "61", "76");
        region("32", "Hauts-de-France", "02", "59", "60", "62", "80");
        region("44", "Grand Est", "08", "10", "51", "52", "54", "55", "57", "67", "68", "88");
        region("52", "Pays de la Loire", "44", "49", "53", "72", "85");
        region("53", "Bretagne", "22", "29", "35", "56");
        region("75", "Nouvelle-Aquitaine", "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87");
        region("76", "Occitanie", "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82");
        region("84", "Auvergne-Rhône-Alpes", "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74");
        region("93", "Provence-Alpes-Côte d'Azur", "04", "05", "06", "13", "83", "84");
        region("94", "Corse", "2A", "2B");
    }

    private static void region(String code, String name, String... departements) {
        NAMES.put(code, name);
        DEPARTEMENTS.put(code, List.of(departements));
        ALL.put(code, new RegionCode(code));
    }

    private RegionCode(String value) {
        super(value);
    }

    public static RegionCode parse(CharSequence text) {
        return FORMAT.parse(text, RegionCode::new);
    }

    public static Optional<RegionCode> tryParse(CharSequence text) {
        return text == null ? Optional.empty() : Optional.ofNullable(ALL.get(text.toString()));
    }

    public static boolean isValid(CharSequence text) {
        return FORMAT.matches(text);
    }

    /** {@link #REGEX} as a look-up in the list itself (a test proves that the two agree). */
    private static boolean isKnown(CharSequence text) {
        return ALL.containsKey(text.toString());
    }

    /** The 18 régions, in INSEE code order. */
    public static List<RegionCode> values() {
        return List.copyOf(ALL.values());
    }

    /** The région's official name: {@code "Provence-Alpes-Côte d'Azur"}. */
    public String name() {
        return NAMES.get(value());
    }

    /** Whether the région is one of the five overseas régions (DROM). */
    public boolean isOverseas() {
        return value().charAt(0) == '0';
    }

    /** The région's départements, in code order. */
    public List<DepartementCode> departements() {
        return DEPARTEMENTS.get(value()).stream().map(DepartementCode::parse).toList();
    }

    static Map<String, List<String>> departementsByRegion() {
        return Collections.unmodifiableMap(DEPARTEMENTS);
    }
}
