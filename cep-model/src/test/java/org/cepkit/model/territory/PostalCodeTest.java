package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.cepkit.model.pathway.Formacode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"20000", "75001", "97600", "01000"})
    void fiveDigitsAreAPostalCode(String code) {
        assertThat(PostalCode.isValid(code)).isTrue();
        assertThat(PostalCode.parse(code)).hasToString(code).isEqualTo(PostalCode.tryParse(code).orElseThrow());
    }

    @Test
    void corsicanPostalCodesStartWith20UnlikeCorsicanCommuneCodes() {
        assertThat(PostalCode.isValid("20000")).isTrue();
        assertThat(CommuneCode.isValid("20000")).isFalse();
        assertThat(PostalCode.isValid("2A004")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000", "200000", "2A000", "F-20000", ""})
    void otherTextsAreNotPostalCodes(String code) {
        assertThat(PostalCode.tryParse(code)).isEmpty();
        assertThatThrownBy(() -> PostalCode.parse(code))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + code + "' is not a valid postal code: expected 5 digits");
    }

    @Test
    void aPostalCodeIsNeverEqualToAFormacodeOfTheSameDigits() {
        assertThat(PostalCode.parse("21059")).isEqualTo(PostalCode.parse("21059"))
                .hasSameHashCodeAs(PostalCode.parse("21059"))
                .isNotEqualTo(Formacode.parse("21059"));
    }
}
