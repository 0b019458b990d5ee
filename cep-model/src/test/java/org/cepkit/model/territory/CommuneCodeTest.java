package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneCodeTest {

    @ParameterizedTest
    @CsvSource({
            "2A004, 2A, 94",
            "2B033, 2B, 94",
            "97411, 974, 04",
            "97611, 976, 06",
            "97209, 972, 02",
            "75101, 75, 11",
            "75056, 75, 11",
            "69381, 69, 84",
            "13201, 13, 93",
            "01001, 01, 84",
            "95690, 95, 11"})
    void validCommuneBelongsToTheDepartementOfItsPrefixAndToItsRegion(String code, String departement, String region) {
        CommuneCode commune = CommuneCode.parse(code);

        assertThat(CommuneCode.isValid(code)).isTrue();
        assertThat(commune.departement()).contains(DepartementCode.parse(departement));
        assertThat(commune.region()).contains(RegionCode.parse(region));
    }

    @Test
    void communeCodeOfCorsicaStartsWith2Aor2B() {
        assertThat(CommuneCode.isValid("2A004")).isTrue();
        assertThat(CommuneCode.isValid("2B033")).isTrue();
        assertThat(CommuneCode.isValid("20004")).isFalse();
        assertThat(CommuneCode.isValid("2C004")).isFalse();
    }

    @Test
    void parsing20004QuotesTheTextAndSaysWhatWasExpected() {
        assertThatThrownBy(() -> CommuneCode.parse("20004"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '20004' is not a valid commune code: expected a département (01–95, 2A and 2B "
                        + "instead of 20) then 3 digits, or 971–978 then 2 digits")
                .satisfies(e -> {
                    assertThat(((InvalidCodeException) e).text()).isEqualTo("20004");
                    assertThat(((InvalidCodeException) e).format()).isSameAs(CommuneCode.FORMAT);
                });
    }

    @Test
    void saintPierreEtMiquelonCodeIsWellFormedButHasNoDepartementNorRegion() {
        CommuneCode saintPierre = CommuneCode.parse("97501");

        assertThat(saintPierre.departement()).isEmpty();
        assertThat(saintPierre.region()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"97601", "97699"})
    void overseasCodesUpTo976AreWellFormed(String code) {
        assertThat(CommuneCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"97701", "97801", "97899"})
    void codesOfSaintBarthelemyAndSaintMartinAreWellFormedWithNoDepartementNorRegion(String code) {
        CommuneCode commune = CommuneCode.parse(code);

        assertThat(commune.departement()).isEmpty();
        assertThat(commune.region()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"97901", "97001", "98735", "96001", "00001", "2a004", "2A04", "2A0041", " 2A004",
            "2A004 ", "7510", "751011", "", "ABCDE", "97411\n"})
    void malformedCommuneCodesAreInvalid(String code) {
        assertThat(CommuneCode.isValid(code)).isFalse();
        assertThat(CommuneCode.tryParse(code)).isEmpty();
        assertThatThrownBy(() -> CommuneCode.parse(code))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageStartingWith("Text '" + code + "' is not a valid commune code: expected ");
    }

    @Test
    void nullIsNeitherValidNorParsed() {
        assertThat(CommuneCode.isValid(null)).isFalse();
        assertThat(CommuneCode.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> CommuneCode.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tryParseGivesTheSameValueAsParse() {
        assertThat(CommuneCode.tryParse("2A004")).contains(CommuneCode.parse("2A004"));
    }

    @Test
    void toStringIsTheCanonicalCodeThatParseReadsBack() {
        CommuneCode commune = CommuneCode.parse(new StringBuilder("2B033"));

        assertThat(commune.toString()).isEqualTo("2B033");
        assertThat(commune.value()).isEqualTo("2B033");
        assertThat(CommuneCode.parse(commune.toString())).isEqualTo(commune);
    }

    @Test
    void communeCodesAreEqualByValue() {
        assertThat(CommuneCode.parse("75101")).isEqualTo(CommuneCode.parse("75101"))
                .hasSameHashCodeAs(CommuneCode.parse("75101"))
                .isNotEqualTo(CommuneCode.parse("75102"));
    }
}
