package org.cepkit.model.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificationCodeTest {

    @Test
    void rncp34436IsAnRncpCertification() {
        CertificationCode code = CertificationCode.parse("RNCP34436");

        assertThat(code.isRepertoireSpecifique()).isFalse();
        assertThat(code).hasToString("RNCP34436").isEqualTo(CertificationCode.tryParse("RNCP34436").orElseThrow());
    }

    @Test
    void rs5432IsACertificationOfTheRepertoireSpecifique() {
        assertThat(CertificationCode.isValid("RS5432")).isTrue();
        assertThat(CertificationCode.parse("RS5432").isRepertoireSpecifique()).isTrue();
    }

    @Test
    void aCertificationNumberHasOneToSixDigits() {
        assertThat(CertificationCode.isValid("RNCP")).isFalse();
        assertThat(CertificationCode.isValid("RNCP1")).isTrue();
        assertThat(CertificationCode.isValid("RNCP123456")).isTrue();
        assertThat(CertificationCode.isValid("RNCP1234567")).isFalse();
        assertThat(CertificationCode.isValid("RS")).isFalse();
        assertThat(CertificationCode.isValid("RS1")).isTrue();
        assertThat(CertificationCode.isValid("RS123456")).isTrue();
        assertThat(CertificationCode.isValid("RS1234567")).isFalse();
    }

    @Test
    void rncp1234567QuotesTheTextAndSaysWhatWasExpected() {
        assertThatThrownBy(() -> CertificationCode.parse("RNCP1234567"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text 'RNCP1234567' is not a valid certification code:"
                        + " expected RNCP or RS then 1 to 6 digits, an RNCP code optionally followed by BC and 2 digits");
    }

    @Test
    void rncp34436bc01IsASkillBlockOfAnRncpCertification() {
        CertificationCode block = CertificationCode.parse("RNCP34436BC01");

        assertThat(block.isSkillBlock()).isTrue();
        assertThat(block.isRepertoireSpecifique()).isFalse();
        assertThat(CertificationCode.parse("RNCP34436").isSkillBlock()).isFalse();
        assertThat(CertificationCode.parse("RS5432").isSkillBlock()).isFalse();
    }

    @Test
    void aSkillBlockHasExactlyTwoDigitsAfterBcAndOneToSixBefore() {
        assertThat(CertificationCode.isValid("RNCP1BC01")).isTrue();
        assertThat(CertificationCode.isValid("RNCP123456BC99")).isTrue();
        assertThat(CertificationCode.isValid("RNCP1234567BC01")).isFalse();
        assertThat(CertificationCode.isValid("RNCPBC01")).isFalse();
        assertThat(CertificationCode.isValid("RNCP34436BC1")).isFalse();
        assertThat(CertificationCode.isValid("RNCP34436BC012")).isFalse();
        assertThat(CertificationCode.isValid("RNCP34436BC")).isFalse();
        assertThat(CertificationCode.isValid("RNCP34436bc01")).isFalse();
        assertThat(CertificationCode.isValid("RNCP34436BCA1")).isFalse();
    }

    @Test
    void onlyAnRncpCertificationHasSkillBlocks() {
        assertThat(CertificationCode.isValid("RS5432BC01")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rncp34436", "RNCP 34436", "RNCP34436 ", "RSCP34436", "RNCPRS1", "34436", ""})
    void otherTextsAreNotCertificationCodes(String code) {
        assertThat(CertificationCode.isValid(code)).isFalse();
        assertThat(CertificationCode.tryParse(code)).isEmpty();
    }

    @Test
    void certificationCodesAreEqualByValue() {
        assertThat(CertificationCode.parse("RS5432")).isEqualTo(CertificationCode.parse("RS5432"))
                .hasSameHashCodeAs(CertificationCode.parse("RS5432"))
                .isNotEqualTo(CertificationCode.parse("RNCP5432"));
    }
}
