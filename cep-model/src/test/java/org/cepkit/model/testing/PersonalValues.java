package org.cepkit.model.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the personal data that real exports carry where they should not: a NIR written in
 * every way people write one, names, birth dates, markup. For tests that put them into ids, field names, codes and
 * values, and check that no report repeats them and that {@code privacy.identifier} catches every NIR.
 *
 * <pre>{@code
 * qt().forAll(PersonalValues.nirs()).checkAssert(nir -> assertThat(isNirShaped(nir.text())).isTrue());
 * }</pre>
 */
public final class PersonalValues {

    private static final List<String> FIRST_NAMES = List.of("Jean", "Marie", "Aïcha", "Kévin", "Anne-Sophie",
            "Mohamed", "Élodie", "Jean-Pierre", "Chloé", "Théo");
    private static final List<String> LAST_NAMES = List.of("Dupont", "Martin", "Lefèvre", "N'Diaye", "Da Silva",
            "Le Goff", "Nguyen", "Moreau", "Bernard", "Pietri");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    /** What people write between the groups of a NIR. */
    private static final List<String> SEPARATORS = List.of("", " ", ".", "-", "_", "\u00a0", "\u202f", "  ", " - ");

    private PersonalValues() {
    }

    /**
     * A NIR as written: {@code text}, and its 13 or 15 characters without separators ({@code compact}), which a
     * report must not hold either.
     */
    public record Nir(String text, String compact) {
        @Override
        public String toString() {
            return "NIR '" + text + "'";
        }
    }

    /**
     * NIR-shaped texts: sex (1, 2, or 7, 8 for a temporary number), year and month of birth, département (digits,
     * {@code 2A} or {@code 2B} in either case, or an overseas {@code 97x} with a 2-digit commune), commune, order
     * number, and the key {@code 97 − n mod 97} (Corsica counted as 19 and 18) or no key; the groups joined by
     * nothing, spaces (plain, non-breaking, narrow), dots, hyphens or underscores, one separator throughout or a
     * different one at each place.
     */
    public static Gen<Nir> nirs() {
        return in -> {
            String sex = pick(in, List.of("1", "2", "7", "8"));
            String year = digits(in, 2);
            String month = String.format(Locale.ROOT, "%02d", between(in, 1, 12));
            String departement;
            String commune;
            int place = between(in, 0, 9);
            if (place == 0) {
                departement = pick(in, List.of("2A", "2B", "2a", "2b"));
                commune = digits(in, 3);
            } else if (place == 1) {
                departement = "97" + between(in, 1, 6);
                commune = digits(in, 2);
            } else {
                departement = String.format(Locale.ROOT, "%02d", between(in, 1, 95));
                commune = digits(in, 3);
            }
            String order = digits(in, 3);
            String compact = sex + year + month + departement + commune + order;
            List<String> groups = new ArrayList<>(List.of(sex, year, month, departement, commune, order));
            if (Generate.booleans().generate(in)) {
                String key = key(compact);
                compact += key;
                groups.add(key);
            }
            boolean uniform = Generate.booleans().generate(in);
            String separator = pick(in, SEPARATORS);
            StringBuilder text = new StringBuilder(groups.get(0));
            for (int i = 1; i < groups.size(); i++) {
                text.append(uniform ? separator : pick(in, SEPARATORS)).append(groups.get(i));
            }
            return new Nir(text.toString(), compact);
        };
    }

    /** The NIR's key: 97 minus the 13 characters modulo 97, Corsica's 2A and 2B counted as 19 and 18. */
    private static String key(String body) {
        String digits = body.toUpperCase(Locale.ROOT).replace("2A", "19").replace("2B", "18");
        return String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(digits) % 97);
    }

    /**
     * Personal values that no report may repeat: a NIR as written, a person's name ({@code Jean Dupont}), a birth
     * date as people write it ({@code 14/05/1985}, {@code 14 mai 1985}), the two together, and markup. None of them
     * is of the id pattern, nor a name of at most 64 letters, digits and underscores, the only texts a report may
     * repeat; a NIR may be of the id pattern, but its shape keeps it out of reports.
     */
    public static Gen<String> values() {
        Gen<Nir> nirs = nirs();
        return in -> switch (between(in, 0, 4)) {
            case 0 -> nirs.generate(in).text();
            case 1 -> name(in);
            case 2 -> birthDate(in);
            case 3 -> name(in) + " " + birthDate(in);
            default -> pick(in, List.of("<script>alert(" + digits(in, 3) + ")</script>",
                    "<img src=x onerror=alert(" + digits(in, 2) + ")>", "\"><b>" + name(in) + "</b>"));
        };
    }

    private static String name(RandomnessSource in) {
        return pick(in, FIRST_NAMES) + " " + pick(in, LAST_NAMES);
    }

    private static String birthDate(RandomnessSource in) {
        LocalDate date = LocalDate.ofEpochDay(Generate.longRange(LocalDate.of(1930, 1, 1).toEpochDay(),
                LocalDate.of(2009, 12, 31).toEpochDay()).generate(in));
        return Generate.booleans().generate(in)
                ? String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                : date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    private static String digits(RandomnessSource in, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + between(in, 0, 9)));
        }
        return digits.toString();
    }
}
