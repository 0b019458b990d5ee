package org.cepkit.model.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RomeCodeTest {

    @Test
    void m1805IsAValidRomeCodeOfGrandDomaineM() {
        RomeCode rome = RomeCode.parse("M1805");

        assertThat(RomeCode.isValid("M1805")).isTrue();
        assertThat(rome.grandDomaine()).isEqualTo('M');
        assertThat(rome).hasToString("M1805").isEqualTo(RomeCode.tryParse("M1805").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A0000", "N9999"})
    void grandDomainesRunFromAToN(String code) {
        assertThat(RomeCode.isValid(code)).isTrue();
    }

    @Test
    void o1234IsNotARomeCodeForThereIsNoGrandDomaineO() {
        assertThat(RomeCode.isValid("O1234")).isFalse();
        assertThatThrownBy(() -> RomeCode.parse("O1234"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text 'O1234' is not a valid ROME code: expected a letter A to N then 4 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"m1805", "M180", "M18055", "MM1805", "18055", "M 1805", ""})
    void otherTextsAreNotRomeCodes(String code) {
        assertThat(RomeCode.isValid(code)).isFalse();
        assertThat(RomeCode.tryParse(code)).isEmpty();
    }

    @Test
    void romeCodesAreEqualByValue() {
        assertThat(RomeCode.parse("M1805")).isEqualTo(RomeCode.parse("M1805"))
                .hasSameHashCodeAs(RomeCode.parse("M1805"))
                .isNotEqualTo(RomeCode.parse("M1806"));
    }
}
