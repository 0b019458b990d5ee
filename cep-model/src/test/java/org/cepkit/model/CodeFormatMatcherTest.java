package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code format of the model accepts exactly what its published regex matches, whether it runs the regex or
 * a matcher written as code ({@link CodeFormat#of(String, String, String, java.util.function.Predicate)}).
 */
class CodeFormatMatcherTest {

    /** The characters the formats are made of, their neighbours, and a few that no format accepts. */
    private static final String ALPHABET = "0123456789ABCNOPRSZ/:a é\n\u0660\ud83d";

    /** Every {@code public static final CodeFormat FORMAT} of cep-model. */
    static Stream<CodeFormat> formats() {
        List<CodeFormat> formats = new ArrayList<>();
        for (Class<?> type : ModelClasses.all()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == CodeFormat.class && Modifier.isPublic(modifiers)
                        && Modifier.isStatic(modifiers)) {
                    try {
                        formats.add((CodeFormat) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        assertThat(formats).hasSizeGreaterThanOrEqualTo(12);
        return formats.stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void agreesWithItsRegexOnEveryTextOfUpToThreeCharactersOverItsAlphabet(CodeFormat format) {
        Pattern regex = Pattern.compile(format.regex());
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 3; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts.subList(texts.size() - (int) Math.pow(ALPHABET.length(), length - 1),
                    texts.size())) {
                for (char c : ALPHABET.toCharArray()) {
                    longer.add(text + c);
                }
            }
            texts.addAll(longer);
        }
        texts.forEach(text -> assertAgrees(format, regex, text));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void agreesWithItsRegexOnEveryFiveCharacterTextOfDigitsAndCorsica(CodeFormat format) {
        Pattern regex = Pattern.compile(format.regex());
        String alphabet = "0123456789AB";
        int n = alphabet.length();
        char[] text = new char[5];
        for (int i = 0; i < n * n * n * n * n; i++) {
            for (int position = 0, rest = i; position < 5; position++, rest /= n) {
                text[position] = alphabet.charAt(rest % n);
            }
            assertAgrees(format, regex, new String(text));
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void agreesWithItsRegexOnRandomTexts(CodeFormat format) {
        Pattern regex = Pattern.compile(format.regex());
        for (String alphabet : new String[] {ALPHABET, "0123456789", "RNCPS0123456789", "RNCPB0123456789"}) {
            qt().withFixedSeed(format.name().hashCode()).withExamples(3_000)
                    .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 16))
                    .checkAssert(indexes -> {
                        assertAgrees(format, regex, indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
                                .collect(Collectors.joining()));
                    });
        }
    }

    /** Every RNCP and RS number of 0 to 7 digits followed by every text of up to 4 characters of {@code BC0}. */
    @ParameterizedTest
    @MethodSource("formats")
    void agreesWithItsRegexOnRncpCodesWithOrWithoutASkillBlock(CodeFormat format) {
        Pattern regex = Pattern.compile(format.regex());
        List<String> tails = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 4; length++) {
            for (String tail : List.copyOf(tails)) {
                if (tail.length() == length - 1) {
                    for (char c : "BC0".toCharArray()) {
                        tails.add(tail + c);
                    }
                }
            }
        }
        for (int digits = 0; digits <= 7; digits++) {
            for (String tail : tails) {
                assertAgrees(format, regex, "RNCP" + "1".repeat(digits) + tail);
                assertAgrees(format, regex, "RS" + "1".repeat(digits) + tail);
            }
        }
    }

    /** Each character from U+0000 to U+2FFF at each place of valid codes, and before and after them. */
    @ParameterizedTest
    @MethodSource("formats")
    void agreesWithItsRegexWhenAnyCharacterReplacesOneOfAValidCode(CodeFormat format) {
        Pattern regex = Pattern.compile(format.regex());
        List<String> valid = Stream.of("2A004", "97411", "01001", "95999", "20000", "M1805", "A0000", "N9999",
                "21059", "1101", "RNCP34436BC01", "RNCP123456", "RS1", "RNCP1", "94", "2B", "976", "732829320", "73282932000074",
                "pw-1").filter(code -> regex.matcher(code).matches()).limit(2).toList();
        assertThat(valid).as("valid examples of %s", format).isNotEmpty();
        for (String code : valid) {
            for (int c = 0; c < 0x3000; c++) {
                for (int position = 0; position <= code.length(); position++) {
                    String replaced = position < code.length()
                            ? code.substring(0, position) + (char) c + code.substring(position + 1) : code + (char) c;
                    String inserted = code.substring(0, position) + (char) c + code.substring(position);
                    assertAgrees(format, regex, replaced);
                    assertAgrees(format, regex, inserted);
                }
            }
        }
    }

    /** Formats outside the model: those of a fixed number of digits skip the regex engine, the others keep it. */
    @Test
    void aFormatOfAFixedNumberOfDigitsAgreesWithItsRegexAndOthersAreUntouched() {
        for (String regex : List.of("^\\d{3}$", "^\\d{12}$", "^\\d{3}x$", "^x\\d{3}$", "^\\d{3}$|^x$", "^\\d{1,3}$",
                "^[0-9]{3}$")) {
            CodeFormat format = CodeFormat.of("test code", regex, "test");
            Pattern pattern = Pattern.compile(regex);
            for (String text : List.of("", "1", "12", "123", "1234", "12x", "123x", "x123", "x", "000000000000",
                    "00000000000", "12\n", "\u0661\u0662\u0663", "1 3")) {
                assertAgrees(format, pattern, text);
            }
        }
    }

    private static void assertAgrees(CodeFormat format, Pattern regex, String text) {
        boolean expected = regex.matcher(text).matches();
        if (format.matchesPattern(text) != expected) {
            assertThat(format.matchesPattern(text)).as("%s on '%s'", format, text).isEqualTo(expected);
        }
    }
}
