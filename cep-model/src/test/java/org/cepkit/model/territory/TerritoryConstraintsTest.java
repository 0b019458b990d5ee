package org.cepkit.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.model.testing.BeanValidation.violations;

import java.util.List;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The class-level {@link TerritoryCode} constraint: the code has the format of the territory's kind. */
class TerritoryConstraintsTest {

    @ParameterizedTest
    @CsvSource({
            "COMMUNE, 2A004",
            "EPCI, 200046977",
            "DEPARTEMENT, 2B",
            "REGION, 94",
            "EMPLOYMENT_ZONE, 9401"})
    void aCodeOfTheKindsFormatPasses(TerritoryKind kind, String code) {
        assertThat(violations(territory(kind, code))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "COMMUNE, 20004, {org.cepkit.format.commune}",
            "COMMUNE, 2B, {org.cepkit.format.commune}",
            "EPCI, 200046978, {org.cepkit.format.epci}",
            "EPCI, 2A004, {org.cepkit.format.epci}",
            "DEPARTEMENT, 20, {org.cepkit.format.departement}",
            "DEPARTEMENT, 975, {org.cepkit.format.departement}",
            "REGION, 05, {org.cepkit.format.region}",
            "REGION, 2A, {org.cepkit.format.region}",
            "EMPLOYMENT_ZONE, 94011, {org.cepkit.format.employment-zone}"})
    void aCodeOutsideTheKindsFormatIsReportedOnCodeWithTheKindsRule(TerritoryKind kind, String code, String template) {
        assertThat(violations(territory(kind, code))).containsExactly("code " + template);
    }

    @Test
    void localAreaWithAnIdentifierAndCommunesPasses() {
        assertThat(violations(CepExamples.localArea())).isEmpty();
    }

    @Test
    void localAreaCodeIsALocalIdentifier() {
        assertThat(violations(CepExamples.localArea().withCode("bassin de Bastia")))
                .containsExactly("code {org.cepkit.format.identifier}");
    }

    @Test
    void localAreaWithoutCommunesIsReportedOnCommunes() {
        assertThat(violations(CepExamples.localArea().withCommunes()))
                .containsExactly("communes {org.cepkit.format.length.communes}");
    }

    @Test
    void localAreaWithABadCodeAndNoCommunesReportsBoth() {
        assertThat(violations(CepExamples.localArea().withCode("").withCommunes()))
                .containsExactly("code {org.cepkit.format.identifier}", "communes {org.cepkit.format.length.communes}");
    }

    @Test
    void territoryNameOf200CharactersPassesAnd201DoesNot() {
        assertThat(violations(CepExamples.localArea().withName("x".repeat(200)))).isEmpty();
        assertThat(violations(CepExamples.localArea().withName("x".repeat(201))))
                .containsExactly("name {org.cepkit.format.length}");
    }

    @Test
    void eachKindNamesTheFormatRuleOfSpec() {
        assertThat(List.of(TerritoryKind.values())).extracting(TerritoryKind::formatRule).containsExactly(
                "format.commune", "format.epci", "format.departement", "format.region", "format.employment-zone",
                "format.identifier");
    }

    private static Territory territory(TerritoryKind kind, String code) {
        return Territory.builder().kind(kind).code(code).build();
    }
}
