package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartementCodeTest {

    @Test
    void corsicaDepartement2ABelongsToRegion94() {
        assertThat(DepartementCode.parse("2A").region()).isEqualTo(RegionCode.parse("94"));
        assertThat(DepartementCode.parse("2B").region()).isEqualTo(RegionCode.parse("94"));
    }

    @ParameterizedTest
    @CsvSource({"01, 84", "19, 75", "21, 27", "29, 53", "75, 11", "95, 11", "971, 01", "972, 02", "973, 03",
            "974, 04", "976, 06"})
    void departementBelongsToItsRegion(String departement, String region) {
        assertThat(DepartementCode.parse(departement).region()).isEqualTo(RegionCode.parse(region));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "975", "977", "978", "00", "96", "970", "2C", "2a", "1", "001", "9A", ""})
    void nonDepartementCodesAreInvalid(String code) {
        assertThat(DepartementCode.isValid(code)).isFalse();
        assertThat(DepartementCode.tryParse(code)).isEmpty();
        assertThatThrownBy(() -> DepartementCode.parse(code))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '" + code + "' is not a valid département code: expected 01 to 95 (2A and 2B"
                        + " instead of 20), or 971, 972, 973, 974, 976");
    }

    @Test
    void thereAre101DepartementsInTheCogsTextOrder() {
        List<String> expected = new ArrayList<>();
        for (int d = 1; d <= 95; d++) {
            if (d != 20) {
                expected.add(String.format("%02d", d));
            }
            if (d == 29) {
                expected.add("2A");
                expected.add("2B");
            }
        }
        expected.addAll(List.of("971", "972", "973", "974", "976"));

        assertThat(expected).hasSize(101);
        assertThat(DepartementCode.values()).extracting(DepartementCode::value).containsExactlyElementsOf(expected);
    }

    @Test
    void everyWellFormedDepartementCodeHasARegion() {
        List<String> candidates = new ArrayList<>(List.of("2A", "2B"));
        for (int i = 0; i <= 99; i++) {
            candidates.add(String.format("%02d", i));
        }
        for (int i = 970; i <= 979; i++) {
            candidates.add(Integer.toString(i));
        }

        assertThat(candidates.stream().filter(DepartementCode::isValid).toList())
                .hasSize(101)
                .allSatisfy(code -> assertThat(DepartementCode.parse(code).region()).isNotNull());
    }

    @Test
    void onlyThe3DigitDepartementsAreOverseas() {
        assertThat(DepartementCode.parse("974").isOverseas()).isTrue();
        assertThat(DepartementCode.parse("976").isOverseas()).isTrue();
        assertThat(DepartementCode.parse("2A").isOverseas()).isFalse();
        assertThat(DepartementCode.parse("95").isOverseas()).isFalse();
    }

    @Test
    void departementCodesAreEqualByValueAndPrintAsTheirCode() {
        DepartementCode corseDuSud = DepartementCode.parse("2A");

        assertThat(corseDuSud).isEqualTo(DepartementCode.parse("2A")).hasSameHashCodeAs(DepartementCode.parse("2A"))
                .isNotEqualTo(DepartementCode.parse("2B"));
        assertThat(corseDuSud.toString()).isEqualTo("2A");
        assertThat(DepartementCode.tryParse("2A")).contains(corseDuSud);
    }
}
