package org.cepkit.model.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @Test
    void siretWithAValidLuhnKeyIsValidAndBelongsToItsSiren() {
        Siret siret = Siret.parse("73282932000074");

        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(siret.siren()).isEqualTo(Siren.parse("732829320"));
        assertThat(siret).hasToString("73282932000074");
    }

    @Test
    void siretWithABadLuhnKeyIsInvalidAndTheMessageNamesTheCheck() {
        assertThat(Siret.isValid("73282932000075")).isFalse();
        assertThatThrownBy(() -> Siret.parse("73282932000075"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '73282932000075' is not a valid SIRET: failed the check: the 14 digits pass the"
                        + " Luhn check, or, for La Poste (SIREN 356000000), their sum is a multiple of 5");
    }

    @Test
    void laPosteHeadOfficeSiretPassesLuhnThoughItsDigitSumIs26() {
        assertThat(Siret.isValid("35600000000048")).isTrue();
        assertThat(Siret.parse("35600000000048").siren().value()).isEqualTo(Siren.LA_POSTE);
    }

    @Test
    void laPosteSiretFailingLuhnPassesWhenItsDigitSumIsAMultipleOf5() {
        // 3+5+6+1 = 15; the Luhn sum of 35600000000010 is 16
        assertThat(Siret.isValid("35600000000010")).isTrue();
        assertThat(Siret.isValid("35600000000001")).isTrue();
    }

    @Test
    void laPosteSiretFailingLuhnAndTheDigitSumIsInvalid() {
        // 3+5+6+1+1 = 16, and Luhn fails
        assertThat(Siret.isValid("35600000000011")).isFalse();
    }

    @Test
    void nonLaPosteSiretWhoseDigitSumIsAMultipleOf5ButFailsLuhnIsInvalid() {
        // 7+3+2+8+2+9+3+2+4 = 40, and Luhn fails: the digit sum rule is La Poste's only
        assertThat(Siret.isValid("73282932000004")).isFalse();
    }

    @Test
    void aSiretWhoseSirenMerelyStartsLikeLaPosteStillNeedsLuhn() {
        // SIREN 356000001 is not La Poste's: 3+5+6+1 = 15, but it fails Luhn
        assertThat(Siret.isValid("35600000100000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007", "732829320000744", "732 829 320 00074", "7328293200007A", ""})
    void textsOtherThan14DigitsAreNotSirets(String siret) {
        assertThat(Siret.tryParse(siret)).isEmpty();
        assertThatThrownBy(() -> Siret.parse(siret))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + siret + "' is not a valid SIRET: expected 14 digits");
    }

    @Test
    void siretsAreEqualByValue() {
        assertThat(Siret.parse("73282932000074")).isEqualTo(Siret.tryParse("73282932000074").orElseThrow())
                .hasSameHashCodeAs(Siret.parse("73282932000074"))
                .isNotEqualTo(Siret.parse("35600000000048"));
    }
}
