package org.cepkit.cli.generate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cepkit.model.operator.Siren;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.territory.CommuneCode;

/** Identifiers and occupation or training codes that look like real ones. */
final class Codes {

    /**
     * ROME fiches often met in CEP action plans: M1805 software development, K2111 vocational training, J1501
     * care assistant, J1506 nursing, K1302 and K1303 help to adults and children, K2204 cleaning, N1103 warehouse,
     * N4101 and N4105 truck and delivery driving, G1602 kitchen, G1803 restaurant service, G1703 hotel reception,
     * G1204 sports education, D1106 food retail, D1507 shelf stocking, F1703 masonry, F1602 building electricity,
     * I1304 industrial maintenance, H2909 mechanical assembly, M1607 secretarial work, M1203 accounting, M1503
     * human resources, A1414 market gardening, A1203 green spaces, A1405 arboriculture and vine growing, C1401
     * banking, E1103 communication, K1801 employment counselling, K2503 private security.
     */
    static final List<RomeCode> ROME = codes(RomeCode::parse, "M1805", "K2111", "J1501", "J1506", "K1302", "K1303",
            "K2204", "N1103", "N4101", "N4105", "G1602", "G1803", "G1703", "G1204", "D1106", "D1507", "F1703", "F1602",
            "I1304", "H2909", "M1607", "M1203", "M1503", "A1414", "A1203", "A1405", "C1401", "E1103", "K1801",
            "K2503");

    /**
     * Formacode descriptors published by Centre Inffo as examples (21059 agronomie, 21058 aviculture, 21056
     * élevage, 21069 élevage palmipède gras, 15234 anglais, 15213 américain, 46278), and codes in real semantic
     * fields (310 informatique, 132 droit, 445 ingénierie de formation, 150 développement professionnel).
     */
    static final List<Formacode> FORMACODES = codes(Formacode::parse, "21059", "21058", "21056", "21069", "15234",
            "15213", "46278", "31054", "31068", "13254", "44554", "15052");

    /** RNCP and RS certifications in the usual ranges of the two registers. */
    static final List<CertificationCode> CERTIFICATIONS = codes(CertificationCode::parse, "RNCP34436", "RNCP35290",
            "RNCP36004", "RNCP37274", "RNCP31678", "RNCP4495", "RNCP38565", "RNCP34436BC01", "RNCP37274BC03", "RS5432", "RS5080", "RS6051");

    private Codes() {
    }

    private static <T> List<T> codes(Function<String, T> parse, String... texts) {
        return Arrays.stream(texts).map(parse).toList();
    }

    /** A pseudonymous beneficiary id: {@code b-} and 12 hexadecimal digits, which no NIR resembles. */
    static String beneficiaryId(SplittableRandom random) {
        String hex = Long.toHexString(random.nextLong() & 0xFFFF_FFFF_FFFFL);
        return "b-" + "0".repeat(12 - hex.length()) + hex;
    }

    /** A SIREN (9 digits, Luhn key), never La Poste's. */
    static String siren(SplittableRandom random) {
        String siren;
        do {
            siren = withKey(random.nextInt(1, 10) + digits(random, 7), Siren::isValid);
        } while (siren.equals(Siren.LA_POSTE));
        return siren;
    }

    /** A SIRET of the legal unit {@code siren}: a NIC of 4 digits then the key that makes the 14 digits pass Luhn. */
    static Siret siret(String siren, int establishment) {
        String nic = String.format("%04d", establishment);
        return Siret.parse(withKey(siren + nic, Siret::isValid));
    }

    /** The SIRET of a random establishment of a random company. */
    static Siret siret(SplittableRandom random) {
        return siret(siren(random), random.nextInt(1, 300));
    }

    /**
     * A 15-digit identifier shaped like a NIR (sex, year and month of birth, commune of birth, order number,
     * key 97 − n mod 97), the shape {@code privacy.identifier} forbids as a beneficiary id.
     */
    static String nirShaped(Sex sex, LocalDate birthDate, CommuneCode birthPlace, SplittableRandom random) {
        char sexDigit = sex == Sex.MALE ? '1' : sex == Sex.FEMALE ? '2' : random.nextBoolean() ? '1' : '2';
        String body = sexDigit + String.format("%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue())
                + birthPlace.value() + String.format("%03d", random.nextInt(1, 1000));
        long number = Long.parseLong(body.replace("2A", "19").replace("2B", "18"));
        return body + String.format("%02d", 97 - number % 97);
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    /** {@code body} followed by the one digit, its Luhn key, that makes the whole {@code valid}. */
    private static String withKey(String body, Predicate<CharSequence> valid) {
        for (char key = '0'; key <= '9'; key++) {
            String candidate = body + key;
            if (valid.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no key for " + body);
    }
}
