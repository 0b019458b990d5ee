package org.cepkit.cli.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.rules.territory.CogCommune;
import org.cepkit.rules.territory.CogEpci;
import org.cepkit.rules.territory.Referential;

/**
 * The régions the generator populates and their communes, all taken from the embedded COG ({@link Referential#embedded()}),
 * so that every commune written is a current one.
 *
 * <p>Paris and Lyon are drawn as their municipal arrondissements, which cepkit counts as communes: a site or a
 * residence in Paris is in {@code 75113}, not in {@code 75056} (only the chef-lieu is). The COG holds no population; a commune that belongs to an agglomeration (an EPCI that is a communauté
 * d'agglomération, a communauté urbaine or a métropole) stands in for an urban one, where operators open their
 * sites and most beneficiaries live. Each département's chef-lieu comes with its main postal code, the only
 * postal codes written: a postal code is never derived from a commune code.
 */
final class Places {

    private static final Referential COG = Referential.embedded();

    /** A commune with the postal code the generator may write for it. */
    record Place(CogCommune commune, Optional<PostalCode> postalCode) {
    }

    /**
     * Metropolitan régions (Île-de-France, Auvergne-Rhône-Alpes, Occitanie, Hauts-de-France), Corsica (2A/2B)
     * and three overseas régions (La Réunion, Mayotte, Guadeloupe).
     */
    static final List<RegionCode> REGIONS = List.of(RegionCode.parse("11"), RegionCode.parse("84"),
            RegionCode.parse("76"), RegionCode.parse("32"), RegionCode.parse("94"), RegionCode.parse("04"),
            RegionCode.parse("06"), RegionCode.parse("01"));

    /** Rough populations in thousands (INSEE, 2020s), to weigh the régions of pathways. */
    private static final double[] POPULATIONS = {12_300, 8_100, 6_100, 6_000, 350, 880, 320, 380};

    /** The chef-lieu of each département of {@link #REGIONS}, with its main postal code when it has only one. */
    private static final Map<String, String[]> CHEFS_LIEUX = new LinkedHashMap<>();

    static {
        chefLieu("75", "75056", null);
        chefLieu("77", "77288", "77000");
        chefLieu("78", "78646", "78000");
        chefLieu("91", "91228", "91000");
        chefLieu("92", "92050", "92000");
        chefLieu("93", "93008", "93000");
        chefLieu("94", "94028", "94000");
        chefLieu("95", "95127", "95000");
        chefLieu("01", "01053", "01000");
        chefLieu("03", "03190", "03000");
        chefLieu("07", "07186", "07000");
        chefLieu("15", "15014", "15000");
        chefLieu("26", "26362", "26000");
        chefLieu("38", "38185", "38000");
        chefLieu("42", "42218", "42000");
        chefLieu("43", "43157", "43000");
        chefLieu("63", "63113", "63000");
        chefLieu("69", "69123", null);
        chefLieu("73", "73065", "73000");
        chefLieu("74", "74010", "74000");
        chefLieu("09", "09122", "09000");
        chefLieu("11", "11069", "11000");
        chefLieu("12", "12202", "12000");
        chefLieu("30", "30189", "30000");
        chefLieu("31", "31555", "31000");
        chefLieu("32", "32013", "32000");
        chefLieu("34", "34172", "34000");
        chefLieu("46", "46042", "46000");
        chefLieu("48", "48095", "48000");
        chefLieu("65", "65440", "65000");
        chefLieu("66", "66136", "66000");
        chefLieu("81", "81004", "81000");
        chefLieu("82", "82121", "82000");
        chefLieu("02", "02408", "02000");
        chefLieu("59", "59350", "59000");
        chefLieu("60", "60057", "60000");
        chefLieu("62", "62041", "62000");
        chefLieu("80", "80021", "80000");
        chefLieu("2A", "2A004", "20000");
        chefLieu("2B", "2B033", "20200");
        chefLieu("974", "97411", "97400");
        chefLieu("976", "97611", "97600");
        chefLieu("971", "97105", "97100");
    }

    private static void chefLieu(String departement, String commune, String postalCode) {
        CHEFS_LIEUX.put(departement, new String[] {commune, postalCode});
    }

    private final Map<DepartementCode, List<CogCommune>> all = new LinkedHashMap<>();
    private final Map<DepartementCode, List<CogCommune>> urban = new LinkedHashMap<>();

    Places() {
        for (RegionCode region : REGIONS) {
            for (DepartementCode departement : departements(region)) {
                List<CogCommune> communes = new ArrayList<>();
                List<CogCommune> agglomerated = new ArrayList<>();
                List<CogCommune> cog = COG.communesOf(departement);
                Set<CommuneCode> divided = new HashSet<>();
                cog.forEach(commune -> commune.parent().ifPresent(divided::add));
                for (CogCommune commune : cog) {
                    if (divided.contains(commune.code())) {
                        continue;
                    }
                    communes.add(commune);
                    if (commune.epci().flatMap(COG::epci).map(CogEpci::nature)
                            .filter(nature -> nature != CogEpci.Nature.COMMUNAUTE_DE_COMMUNES).isPresent()) {
                        agglomerated.add(commune);
                    }
                }
                all.put(departement, List.copyOf(communes));
                urban.put(departement, agglomerated.isEmpty() ? List.copyOf(communes) : List.copyOf(agglomerated));
            }
        }
    }

    /** The département of the région's chef-lieu, where région-wide operators have their seat. */
    static DepartementCode capital(RegionCode region) {
        String departement = switch (region.value()) {
            case "11" -> "75";
            case "84" -> "69";
            case "76" -> "31";
            case "32" -> "59";
            case "94" -> "2A";
            case "04" -> "974";
            case "06" -> "976";
            case "01" -> "971";
            default -> throw new IllegalArgumentException("région " + region + " is not generated");
        };
        return DepartementCode.parse(departement);
    }

    static double[] regionWeights() {
        return POPULATIONS.clone();
    }

    static List<DepartementCode> departements(RegionCode region) {
        return COG.region(region).orElseThrow().departements();
    }

    /** The département's chef-lieu and its postal code. */
    static Place chefLieu(DepartementCode departement) {
        String[] entry = CHEFS_LIEUX.get(departement.value());
        if (entry == null) {
            throw new IllegalArgumentException("no chef-lieu known for département " + departement);
        }
        CogCommune commune = COG.commune(entry[0]).orElseThrow();
        return new Place(commune, Optional.ofNullable(entry[1]).map(PostalCode::parse));
    }

    /** A commune of the département, urban with probability {@code urbanShare}. */
    CogCommune commune(SplittableRandom random, DepartementCode departement, double urbanShare) {
        List<CogCommune> pool = Draws.chance(random, urbanShare) ? urban.get(departement) : all.get(departement);
        return Draws.one(random, pool);
    }

    /** The commune of that code, which the generator only ever takes from the COG. */
    static CogCommune commune(CommuneCode code) {
        return COG.commune(code).orElseThrow();
    }

    /**
     * "de" before a place name, with the French contractions and elisions: {@code de Lille}, {@code du
     * Puy-en-Velay}, {@code des Abymes}, {@code d'Ajaccio}.
     */
    static String of(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if (name.startsWith("La ")) {
            return "de la " + name.substring(3);
        }
        if (name.startsWith("L'")) {
            return "de l'" + name.substring(2);
        }
        char first = Character.toLowerCase(ascii(name).charAt(0));
        return "aeiouy".indexOf(first) >= 0 ? "d'" + name : "de " + name;
    }

    /** A lower-case ASCII slug of a name, for local identifiers: {@code Le Puy-en-Velay} is {@code le-puy-en-velay}. */
    static String slug(String name) {
        String slug = ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
