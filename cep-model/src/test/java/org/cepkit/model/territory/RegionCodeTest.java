package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cepkit.model.InvalidCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    /** The 18 régions and their départements, COG 2026 (domain/CEP-DOMAIN.md §3.1). */
    private static final Map<String, List<String>> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("01", List.of("971"));
        REGIONS.put("02", List.of("972"));
        REGIONS.put("03", List.of("973"));
        REGIONS.put("04", List.of("974"));
        REGIONS.put("06", List.of("976"));
        REGIONS.put("11", List.of("75", "77", "78", "91", "92", "93", "94", "95"));
        REGIONS.put("24", List.of("18", "28", "36", "37", "41", "45"));
        REGIONS.put("27", List.of("21", "25", "39", "58", "70", "71", "89", "90"));
        REGIONS.put("28", List.of("14", "27", "50", "61", "76"));
        REGIONS.put("32", List.of("02", "59", "60", "62", "80"));
        REGIONS.put("44", List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88"));
        REGIONS.put("52", List.of("44", "49", "53", "72", "85"));
        REGIONS.put("53", List.of("22", "29", "35", "56"));
        REGIONS.put("75", List.of("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"));
        REGIONS.put("76", List.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"));
        REGIONS.put("84", List.of("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"));
        REGIONS.put("93", List.of("04", "05", "06", "13", "83", "84"));
        REGIONS.put("94", List.of("2A", "2B"));
    }

    @Test
    void all18RegionsArePresentInCodeOrder() {
        assertThat(RegionCode.values()).extracting(RegionCode::value).containsExactlyElementsOf(REGIONS.keySet());
    }

    @Test
    void eachRegionHasExactlyItsDepartements() {
        for (RegionCode region : RegionCode.values()) {
            assertThat(region.departements()).as("départements of %s", region)
                    .extracting(DepartementCode::value)
                    .containsExactlyElementsOf(REGIONS.get(region.value()));
        }
    }

    @Test
    void theRegionsHold101DistinctDepartementsEachPointingBackToItsRegion() {
        List<DepartementCode> all = new ArrayList<>();
        for (RegionCode region : RegionCode.values()) {
            region.departements().forEach(departement -> {
                assertThat(departement.region()).isEqualTo(region);
                all.add(departement);
            });
        }

        assertThat(all).hasSize(101).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(DepartementCode.values());
    }

    @Test
    void region05DoesNotExist() {
        assertThat(RegionCode.isValid("05")).isFalse();
        assertThatThrownBy(() -> RegionCode.parse("05"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("Text '05' is not a valid région code: expected one of the 18 INSEE région codes"
                        + " 01 02 03 04 06 11 24 27 28 32 44 52 53 75 76 84 93 94");
    }

    @Test
    void onlyThe18CodesAmongAllTwoDigitTextsAreRegions() {
        List<String> valid = new ArrayList<>();
        for (int i = 0; i <= 99; i++) {
            String code = String.format("%02d", i);
            if (RegionCode.isValid(code)) {
                valid.add(code);
            }
        }

        assertThat(valid).containsExactlyElementsOf(REGIONS.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "011", "9", "2A", "FR", "", "11 "})
    void malformedRegionCodesAreInvalid(String code) {
        assertThat(RegionCode.isValid(code)).isFalse();
        assertThat(RegionCode.tryParse(code)).isEmpty();
    }

    @Test
    void regionsHaveTheirOfficialNames() {
        assertThat(RegionCode.parse("94").name()).isEqualTo("Corse");
        assertThat(RegionCode.parse("93").name()).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(RegionCode.parse("11").name()).isEqualTo("Île-de-France");
        assertThat(RegionCode.parse("06").name()).isEqualTo("Mayotte");
        assertThat(RegionCode.values()).allSatisfy(region -> assertThat(region.name()).isNotBlank());
    }

    @Test
    void theFiveOverseasRegionsAreThoseCodedBelow10() {
        assertThat(RegionCode.values()).filteredOn(RegionCode::isOverseas).extracting(RegionCode::value)
                .containsExactly("01", "02", "03", "04", "06");
    }

    @Test
    void regionCodesAreEqualByValueAndPrintAsTheirCode() {
        assertThat(RegionCode.parse("94")).isEqualTo(RegionCode.tryParse("94").orElseThrow())
                .hasSameHashCodeAs(RegionCode.parse("94"))
                .isNotEqualTo(RegionCode.parse("93"))
                .hasToString("94");
    }
}
