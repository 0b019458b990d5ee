package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"pw-2024-0001", "a", "7", "ml.bastia_1:site-2", "B-7F3A"})
    void lettersDigitsAndDotUnderscoreColonDashAreAnId(String id) {
        assertThat(RecordId.isValid(id)).isTrue();
        assertThat(RecordId.parse(id)).hasToString(id).isEqualTo(RecordId.tryParse(id).orElseThrow());
    }

    @Test
    void anIdHas64CharactersAtMost() {
        assertThat(RecordId.isValid("a".repeat(64))).isTrue();
        assertThat(RecordId.isValid("a".repeat(65))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-pw", ".pw", "_pw", ":pw", "pw 1", "pw/1", "pwé", "", "pw-1\n"})
    void anIdStartsWithALetterOrDigitAndHoldsNoOtherCharacter(String id) {
        assertThat(RecordId.isValid(id)).isFalse();
        assertThatThrownBy(() -> RecordId.parse(id))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + id + "' is not a valid identifier: expected 1 to 64 letters, digits or . _ : -"
                        + " starting with a letter or a digit");
    }

    @Test
    void idsAreEqualByValueAndCaseSensitive() {
        assertThat(RecordId.parse("pw-1")).isEqualTo(RecordId.parse("pw-1"))
                .hasSameHashCodeAs(RecordId.parse("pw-1"))
                .isNotEqualTo(RecordId.parse("PW-1"));
    }

    @Test
    void theCodeOfTheFormatAgreesWithItsPublishedRegex() {
        Pattern regex = Pattern.compile(RecordId.REGEX);
        // every character that matters and some that do not, surrogates and a line end included
        for (String alphabet : new String[] {"aZz09AB.:_-/ é\n\t\u0000\ud83d\ude00@[`{", "aZ09._:-"}) {
            qt().withExamples(20_000)
                    .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 70))
                    .checkAssert(indexes -> {
                        String text = indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
                                .collect(Collectors.joining());
                        assertThat(RecordId.isValid(text)).as("'%s'", text).isEqualTo(regex.matcher(text).matches());
                    });
        }
        for (int c = 0; c < 0x3000; c++) {
            String text = "a" + (char) c;
            assertThat(RecordId.isValid(text)).as("U+%04X", c).isEqualTo(regex.matcher(text).matches());
            String one = String.valueOf((char) c);
            assertThat(RecordId.isValid(one)).as("U+%04X alone", c).isEqualTo(regex.matcher(one).matches());
        }
    }
}
