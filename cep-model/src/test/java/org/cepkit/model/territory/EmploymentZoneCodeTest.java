package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmploymentZoneCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1101", "0051", "0601", "0000", "9999"})
    void fourDigitsAreAnEmploymentZoneCode(String code) {
        assertThat(EmploymentZoneCode.isValid(code)).isTrue();
        assertThat(EmploymentZoneCode.parse(code)).hasToString(code)
                .isEqualTo(EmploymentZoneCode.tryParse(code).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"110", "11011", "A101", "11 1", ""})
    void otherTextsAreNotEmploymentZoneCodes(String code) {
        assertThat(EmploymentZoneCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> EmploymentZoneCode.parse(code))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + code + "' is not a valid employment zone code: expected 4 digits");
    }

    @Test
    void employmentZoneCodesAreEqualByValue() {
        assertThat(EmploymentZoneCode.parse("1101")).isEqualTo(EmploymentZoneCode.parse("1101"))
                .hasSameHashCodeAs(EmploymentZoneCode.parse("1101"))
                .isNotEqualTo(EmploymentZoneCode.parse("1102"));
    }
}
