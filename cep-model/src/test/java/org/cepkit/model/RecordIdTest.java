package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
