package org.cepkit.model.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormacodeTest {

    @Test
    void fiveDigitsAreAFormacode() {
        assertThat(Formacode.isValid("21059")).isTrue();
        assertThat(Formacode.parse("21059")).hasToString("21059").isEqualTo(Formacode.tryParse("21059").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2105", "210590", "2105A", "21 059", ""})
    void otherTextsAreNotFormacodes(String code) {
        assertThat(Formacode.isValid(code)).isFalse();
        assertThatThrownBy(() -> Formacode.parse(code))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + code + "' is not a valid Formacode: expected 5 digits");
    }

    @Test
    void formacodesAreEqualByValue() {
        assertThat(Formacode.parse("21059")).isEqualTo(Formacode.parse("21059"))
                .hasSameHashCodeAs(Formacode.parse("21059"))
                .isNotEqualTo(Formacode.parse("21054"));
    }
}
