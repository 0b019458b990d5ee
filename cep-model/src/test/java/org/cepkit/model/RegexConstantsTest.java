package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cepkit.model.operator.Siren;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EmploymentZoneCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.testing.Regexes;
import org.junit.jupiter.api.Test;

/**
 * The public {@code REGEX} constants are the patterns the JSON Schema publishes: anchored on each alternative
 * (a schema {@code pattern} is searched, not matched) and, where SPEC §2 and §4 write one, SPEC's text.
 */
class RegexConstantsTest {

    /** SPEC's own patterns (§2 for the record id, §4 for the codes). */
    private static final Map<Class<?>, String> SPEC_PATTERNS = new LinkedHashMap<>();

    static {
        SPEC_PATTERNS.put(RecordId.class, "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
        SPEC_PATTERNS.put(EmploymentZoneCode.class, "^\\d{4}$");
        SPEC_PATTERNS.put(PostalCode.class, "^\\d{5}$");
        SPEC_PATTERNS.put(RomeCode.class, "^[A-N]\\d{4}$");
        SPEC_PATTERNS.put(Formacode.class, "^\\d{5}$");
        SPEC_PATTERNS.put(CertificationCode.class, "^RNCP\\d{1,6}(?:BC\\d{2})?$|^RS\\d{1,6}$");
        SPEC_PATTERNS.put(Siren.class, "^\\d{9}$");
        SPEC_PATTERNS.put(Siret.class, "^\\d{14}$");
        SPEC_PATTERNS.put(EpciCode.class, "^\\d{9}$");
    }

    private static final String SPEC_COMMUNE = "^(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB])\\d{3}$|^97[1-8]\\d{2}$";

    /** A valid example of each code type. */
    private static final Map<Class<?>, String> EXAMPLES = Map.ofEntries(
            Map.entry(RecordId.class, "pw-1"),
            Map.entry(CommuneCode.class, "2A004"),
            Map.entry(DepartementCode.class, "2A"),
            Map.entry(RegionCode.class, "94"),
            Map.entry(EpciCode.class, "200046977"),
            Map.entry(EmploymentZoneCode.class, "1101"),
            Map.entry(PostalCode.class, "20000"),
            Map.entry(RomeCode.class, "M1805"),
            Map.entry(Formacode.class, "21059"),
            Map.entry(CertificationCode.class, "RS5432"),
            Map.entry(Siren.class, "732829320"),
            Map.entry(Siret.class, "73282932000074"));

    @Test
    void everyCodeTypeDeclaresAPublicRegex() {
        assertThat(regexConstants()).containsOnlyKeys(EXAMPLES.keySet());
    }

    @Test
    void everyAlternativeOfEveryRegexIsAnchoredAtBothEnds() {
        regexConstants().forEach((type, regex) -> assertThat(Regexes.topLevelAlternatives(regex))
                .as("alternatives of %s.REGEX %s", type.getSimpleName(), regex)
                .isNotEmpty()
                .allSatisfy(alternative -> assertThat(alternative).startsWith("^").endsWith("$")
                        .doesNotEndWith("\\$")));
    }

    @Test
    void noRegexFindsAValidCodeInsideLongerText() {
        regexConstants().forEach((type, regex) -> {
            Pattern pattern = Pattern.compile(regex);
            String example = EXAMPLES.get(type);
            assertThat(pattern.matcher(example).find()).as("%s finds %s", type.getSimpleName(), example).isTrue();
            for (String longer : List.of(" " + example, example + " ", "/" + example, example + "/",
                    "\n" + example, example + "\n" + example)) {
                assertThat(pattern.matcher(longer).find()).as("%s finds %s", type.getSimpleName(), longer).isFalse();
            }
        });
    }

    @Test
    void regexesEqualTheTextOfTheSpecWhereItGivesOne() {
        SPEC_PATTERNS.forEach((type, spec) ->
                assertThat(regexConstants().get(type)).as("%s.REGEX", type.getSimpleName()).isEqualTo(spec));
    }

    @Test
    void communeRegexIsTheSpecPatternWithoutThePrefix20() {
        Pattern spec = Pattern.compile(SPEC_COMMUNE);
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            candidates.add(String.format("%05d", i));
        }
        for (int i = 0; i < 1_000; i++) {
            candidates.add(String.format("2A%03d", i));
            candidates.add(String.format("2B%03d", i));
        }

        assertThat(candidates).allSatisfy(code -> assertThat(CommuneCode.isValid(code)).as(code)
                .isEqualTo(spec.matcher(code).matches() && !code.startsWith("20")));
        assertThat(Regexes.topLevelAlternatives(CommuneCode.REGEX)).last().isEqualTo("^97[1-8]\\d{2}$");
    }

    @Test
    void everyFormatUsesItsTypesRegex() {
        assertThat(CommuneCode.FORMAT.regex()).isEqualTo(CommuneCode.REGEX);
        assertThat(DepartementCode.FORMAT.regex()).isEqualTo(DepartementCode.REGEX);
        assertThat(RegionCode.FORMAT.regex()).isEqualTo(RegionCode.REGEX);
        assertThat(EpciCode.FORMAT.regex()).isEqualTo(EpciCode.REGEX);
        assertThat(EmploymentZoneCode.FORMAT.regex()).isEqualTo(EmploymentZoneCode.REGEX);
        assertThat(PostalCode.FORMAT.regex()).isEqualTo(PostalCode.REGEX);
        assertThat(Siren.FORMAT.regex()).isEqualTo(Siren.REGEX);
        assertThat(Siret.FORMAT.regex()).isEqualTo(Siret.REGEX);
        assertThat(RomeCode.FORMAT.regex()).isEqualTo(RomeCode.REGEX);
        assertThat(Formacode.FORMAT.regex()).isEqualTo(Formacode.REGEX);
        assertThat(CertificationCode.FORMAT.regex()).isEqualTo(CertificationCode.REGEX);
        assertThat(RecordId.FORMAT.regex()).isEqualTo(RecordId.REGEX);
    }

    /** Every {@code public static final String REGEX} of cep-model, by declaring class. */
    private static Map<Class<?>, String> regexConstants() {
        Map<Class<?>, String> constants = new LinkedHashMap<>();
        for (Class<?> type : ModelClasses.all()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getName().equals("REGEX") && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
                    try {
                        constants.put(type, (String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return constants;
    }
}
