package org.cepkit.model.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "356000000", "200046977", "130005465"})
    void nineDigitsWithAValidLuhnKeyAreASiren(String siren) {
        assertThat(Siren.isValid(siren)).isTrue();
        assertThat(Siren.parse(siren)).hasToString(siren).isEqualTo(Siren.tryParse(siren).orElseThrow());
    }

    @Test
    void aSirenWhoseLastDigitIsNotItsLuhnKeyIsInvalid() {
        assertThat(Siren.isValid("732829321")).isFalse();
        assertThat(Siren.tryParse("732829321")).isEmpty();
        assertThatThrownBy(() -> Siren.parse("732829321"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '732829321' is not a valid SIREN: failed the check: the 9 digits pass the Luhn check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932", "7328293200", "732 829 320", "73282932O", ""})
    void textsOtherThan9DigitsAreNotSirens(String siren) {
        assertThat(Siren.isValid(siren)).isFalse();
        assertThatThrownBy(() -> Siren.parse(siren))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + siren + "' is not a valid SIREN: expected 9 digits");
    }

    @Test
    void sirensAreEqualByValue() {
        assertThat(Siren.parse("732829320")).isEqualTo(Siren.parse("732829320"))
                .hasSameHashCodeAs(Siren.parse("732829320"))
                .isNotEqualTo(Siren.parse("356000000"));
    }
}
