package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.cepkit.model.operator.Siren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpciCodeTest {

    @Test
    void metropoleDeLyonSirenIsAnEpciCode() {
        EpciCode lyon = EpciCode.parse("200046977");

        assertThat(EpciCode.isValid("200046977")).isTrue();
        assertThat(lyon.siren()).isEqualTo(Siren.parse("200046977"));
        assertThat(lyon).hasToString("200046977");
    }

    @Test
    void anEpciCodeWithABadLuhnKeyQuotesTheTextAndTheCheck() {
        assertThat(EpciCode.isValid("200046978")).isFalse();
        assertThatThrownBy(() -> EpciCode.parse("200046978"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '200046978' is not a valid EPCI code: failed the check:"
                        + " the 9 digits pass the Luhn check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20004697", "2000469770", "20004697A", "", "200 046 977"})
    void epciCodesOtherThan9DigitsAreInvalid(String code) {
        assertThat(EpciCode.tryParse(code)).isEmpty();
        assertThatThrownBy(() -> EpciCode.parse(code))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + code + "' is not a valid EPCI code: expected a SIREN (9 digits)");
    }

    @Test
    void epciCodesAreEqualByValueButNeverEqualToTheSameSiren() {
        assertThat(EpciCode.parse("200046977")).isEqualTo(EpciCode.parse("200046977"))
                .hasSameHashCodeAs(EpciCode.parse("200046977"))
                .isNotEqualTo(Siren.parse("200046977"));
    }
}
