package org.cepkit.model.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cepkit.model.CodeLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorFamilyTest {

    private static final LocalDate LAST_DAY_OF_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate FIRST_DAY_OF_2020 = LocalDate.of(2020, 1, 1);

    @Test
    void poleEmploiIsAnAliasOfFranceTravail() {
        assertThat(CodeLists.fromCode(OperatorFamily.class, "POLE_EMPLOI")).contains(OperatorFamily.FRANCE_TRAVAIL);
        assertThat(CodeLists.isAlias(OperatorFamily.class, "POLE_EMPLOI")).isTrue();
        assertThat(OperatorFamily.FRANCE_TRAVAIL.aliases()).containsExactly("POLE_EMPLOI");
    }

    @Test
    void franceTravailIsACurrentCodeNotAnAlias() {
        assertThat(CodeLists.fromCode(OperatorFamily.class, "FRANCE_TRAVAIL")).contains(OperatorFamily.FRANCE_TRAVAIL);
        assertThat(CodeLists.isAlias(OperatorFamily.class, "FRANCE_TRAVAIL")).isFalse();
        assertThat(CodeLists.codes(OperatorFamily.class)).doesNotContain("POLE_EMPLOI");
    }

    @ParameterizedTest
    @CsvSource({
            "FRANCE_TRAVAIL, JOBSEEKERS",
            "APEC, EXECUTIVES",
            "CAP_EMPLOI, DISABLED_PEOPLE",
            "MISSION_LOCALE, YOUNG_PEOPLE",
            "REGIONAL_OPERATOR, PRIVATE_SECTOR_WORKERS",
            "OPACIF_FONGECIF, PRIVATE_SECTOR_EMPLOYEES",
            "REGION_DESIGNATED_OPERATOR, ALL_WORKING_PEOPLE"})
    void eachFamilyServesItsCorePublicFirst(OperatorFamily family, CorePublic corePublic) {
        assertThat(family.corePublic()).isEqualTo(corePublic);
    }

    @Test
    void regionalOperatorsAreActiveFrom1January2020() {
        assertThat(OperatorFamily.REGIONAL_OPERATOR.activeFrom()).contains(FIRST_DAY_OF_2020);
        assertThat(OperatorFamily.REGIONAL_OPERATOR.activeUntil()).isEmpty();
        assertThat(OperatorFamily.REGIONAL_OPERATOR.isActiveOn(LAST_DAY_OF_2019)).isFalse();
        assertThat(OperatorFamily.REGIONAL_OPERATOR.isActiveOn(FIRST_DAY_OF_2020)).isTrue();
    }

    @Test
    void opacifFongecifIsActiveUntil31December2019() {
        assertThat(OperatorFamily.OPACIF_FONGECIF.activeFrom()).isEmpty();
        assertThat(OperatorFamily.OPACIF_FONGECIF.activeUntil()).contains(LAST_DAY_OF_2019);
        assertThat(OperatorFamily.OPACIF_FONGECIF.isActiveOn(LAST_DAY_OF_2019)).isTrue();
        assertThat(OperatorFamily.OPACIF_FONGECIF.isActiveOn(FIRST_DAY_OF_2020)).isFalse();
    }

    @Test
    void regionDesignatedOperatorsAreActiveFrom1January2015To31December2019() {
        assertThat(OperatorFamily.REGION_DESIGNATED_OPERATOR.activeFrom()).contains(LocalDate.of(2015, 1, 1));
        assertThat(OperatorFamily.REGION_DESIGNATED_OPERATOR.activeUntil()).contains(LAST_DAY_OF_2019);
        assertThat(OperatorFamily.REGION_DESIGNATED_OPERATOR.isActiveOn(LocalDate.of(2014, 12, 31))).isFalse();
        assertThat(OperatorFamily.REGION_DESIGNATED_OPERATOR.isActiveOn(LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(OperatorFamily.REGION_DESIGNATED_OPERATOR.isActiveOn(LAST_DAY_OF_2019)).isTrue();
        assertThat(OperatorFamily.REGION_DESIGNATED_OPERATOR.isActiveOn(FIRST_DAY_OF_2020)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"FRANCE_TRAVAIL", "APEC", "CAP_EMPLOI", "MISSION_LOCALE"})
    void theOtherFamiliesHaveNoPeriod(OperatorFamily family) {
        assertThat(family.activeFrom()).isEmpty();
        assertThat(family.activeUntil()).isEmpty();
        assertThat(family.isActiveOn(LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(family.isActiveOn(LAST_DAY_OF_2019)).isTrue();
        assertThat(family.isActiveOn(FIRST_DAY_OF_2020)).isTrue();
        assertThat(family.isActiveOn(LocalDate.of(2026, 6, 30))).isTrue();
    }

    @Test
    void everyFamilyCitesItsSource() {
        for (OperatorFamily family : OperatorFamily.values()) {
            assertThat(family.source()).as("source of %s", family).hasValueSatisfying(s -> assertThat(s).isNotBlank());
        }
    }
}
