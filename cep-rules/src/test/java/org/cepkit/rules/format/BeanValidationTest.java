package org.cepkit.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.englishValidator;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.site;
import static org.cepkit.rules.Fixtures.withBeneficiary;

import java.util.List;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.ImmutableTerritory;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model's Jakarta constraints, reported under their {@code format.*} rule at a JSON Pointer: an object
 * built in Java can break the same formats as a JSON document.
 */
class BeanValidationTest {

    private static final String MISSION_LOCALE = operatorId(OperatorFamily.MISSION_LOCALE);

    @Nested
    class Identifiers {

        @Test
        void aRecordIdOutsideThePatternIsReportedAtIdAndTheIssueNamesNoRecord() {
            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL).withId("pw 1")))
                    .containsExactly(error("format.identifier", "/id", null));
        }

        @Test
        void aBeneficiaryIdOutsideThePatternIsReportedAtBeneficiaryId() {
            assertThat(findingsOf(withBeneficiary(pathway(OperatorFamily.FRANCE_TRAVAIL), b -> b.withId("-b7f3a"))))
                    .containsExactly(error("format.identifier", "/beneficiary/id", PATHWAY_ID));
        }

        @Test
        void anOperatorReferenceIdOutsideThePatternIsReportedAtOperatorId() {
            OperatorRef badRef = OperatorRef.of("ft bastia", OperatorFamily.FRANCE_TRAVAIL);

            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL).withOperator(badRef)))
                    .containsExactly(error("format.identifier", "/operator/id", PATHWAY_ID));
        }

        @Test
        void anIdOf64CharactersIsAnIdentifierAndOf65IsNot() {
            String longest = "p".repeat(64);

            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL).withId(longest))).isEmpty();
            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL).withId(longest + "p")))
                    .containsExactly(error("format.identifier", "/id", null));
        }

        @Test
        void aRelationEndOutsideThePatternIsReportedAtItsIndex() {
            Relation relation = Relation.builder().addBetween(MISSION_LOCALE, "ft/bastia")
                    .form(RelationForm.OCCASIONAL).addPurposes(CooperationPurpose.BUILD_PROJECT).build();

            assertThat(findingsOf(cooperation().withRelations(relation))).containsExactlyInAnyOrder(
                    error("format.identifier", "/relations/0/between/1", COOPERATION_ID),
                    error("cooperation.relation", "/relations/0/between", COOPERATION_ID));
        }

        @Test
        void aSiteIdOutsideThePatternIsReportedAtItsIndex() {
            assertThat(findingsOf(operator(OperatorFamily.MISSION_LOCALE)
                    .withSites(site("bastia", Fixtures.BASTIA), site("_corte", CommuneCode.parse("2B096")))))
                    .containsExactly(error("format.identifier", "/sites/1/id", MISSION_LOCALE));
        }
    }

    @Nested
    class Lengths {

        @Test
        void aNameOf200CharactersFitsAndOf201DoesNot() {
            assertThat(findingsOf(operator(OperatorFamily.MISSION_LOCALE).withName("n".repeat(200)))).isEmpty();
            assertThat(findingsOf(operator(OperatorFamily.MISSION_LOCALE).withName("n".repeat(201))))
                    .containsExactly(error("format.length", "/name", MISSION_LOCALE));
        }

        @Test
        void anEmptyNameIsTooShort() {
            assertThat(findingsOf(operator(OperatorFamily.MISSION_LOCALE).withName("")))
                    .containsExactly(error("format.length", "/name", MISSION_LOCALE));
        }

        @Test
        void aPathwayHasAtLeastOneService() {
            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL).withServices(List.of())))
                    .containsExactly(error("format.length", "/services", PATHWAY_ID));
        }

        @Test
        void aCooperationListsAtLeastTwoOperators() {
            assertThat(findingsOf(cooperation().withOperators(Fixtures.ref(OperatorFamily.MISSION_LOCALE))
                    .withRelations(List.of()))).containsExactlyInAnyOrder(
                            error("format.length", "/operators", COOPERATION_ID),
                            error("cooperation.operators", "/operators", COOPERATION_ID));
        }

        @Test
        void aSiteHasAtLeastOneDeliveryMode() {
            Site noMode = Site.builder().id("bastia").commune(Fixtures.BASTIA).build();

            assertThat(findingsOf(operator(OperatorFamily.MISSION_LOCALE).withSites(noMode)))
                    .containsExactly(error("format.length", "/sites/0/modes", MISSION_LOCALE));
        }

        @Test
        void aRelationHasAtLeastOnePurpose() {
            Relation noPurpose = Relation.builder().addBetween(MISSION_LOCALE, "ft-bastia")
                    .form(RelationForm.OCCASIONAL).build();

            assertThat(findingsOf(cooperation().withRelations(noPurpose)))
                    .containsExactly(error("format.length", "/relations/0/purposes", COOPERATION_ID));
        }

        @Test
        void aPartnerNameFitsIn200Characters() {
            assertThat(findingsOf(cooperation().withPartners(Partner.of("p".repeat(201), PartnerKind.CIO))))
                    .containsExactly(error("format.length", "/partners/0/name", COOPERATION_ID));
        }

        @Test
        void aFederatingIssueFitsIn200Characters() {
            assertThat(findingsOf(cooperation().withContext(Context.builder().federatingIssue("f".repeat(201))
                    .build()))).containsExactly(error("format.length", "/context/federatingIssue", COOPERATION_ID));
        }

        @Test
        void theMessageGivesTheBounds() {
            ValidationReport report = englishValidator()
                    .validate(operator(OperatorFamily.MISSION_LOCALE).withName("n".repeat(201)));

            assertThat(report.issues()).singleElement().extracting(issue -> issue.message())
                    .isEqualTo("Length outside the allowed bounds: from 1 to 200 characters.");
        }

        @Test
        void theFrenchMessageSaysTheBoundsOfAListInWords() {
            ValidationReport report = CepValidator.create().validate(pathway(OperatorFamily.MISSION_LOCALE).withServices(List.of()));

            assertThat(report.issues()).filteredOn(issue -> issue.rule().equals("format.length"))
                    .extracting(issue -> issue.message())
                    .containsExactly("Longueur hors des bornes autorisées : au moins 1 élément.");
        }
    }

    @Nested
    class TerritoryCodes {

        private Territory territory(TerritoryKind kind, String code) {
            ImmutableTerritory.Builder builder = Territory.builder().kind(kind).code(code);
            if (kind == TerritoryKind.LOCAL_AREA) {
                builder.addCommunes(Fixtures.BASTIA);
            }
            return builder.build();
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"COMMUNE, 2B033", "EPCI, 200054781", "DEPARTEMENT, 2B", "REGION, 94", "EMPLOYMENT_ZONE, 9404",
                "LOCAL_AREA, bassin-bastia"})
        void aWellFormedCodeOfItsKindIsFine(TerritoryKind kind, String code) {
            assertThat(findingsOf(cooperation().withTerritory(territory(kind, code)))).isEmpty();
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"COMMUNE, 20004, format.commune", "COMMUNE, 2B03, format.commune",
                "EPCI, 200054782, format.epci", "DEPARTEMENT, 20, format.departement",
                "DEPARTEMENT, 975, format.departement", "REGION, 05, format.region",
                "EMPLOYMENT_ZONE, 940, format.employment-zone", "LOCAL_AREA, bassin bastia, format.identifier"})
        void aMalformedCodeBreaksTheFormatOfItsKind(TerritoryKind kind, String code, String rule) {
            assertThat(findingsOf(cooperation().withTerritory(territory(kind, code))))
                    .containsExactly(error(rule, "/territory/code", COOPERATION_ID));
        }

        @Test
        void aLocalAreaListsItsCommunes() {
            Territory empty = Territory.builder().kind(TerritoryKind.LOCAL_AREA).code("bassin-bastia").build();

            assertThat(findingsOf(cooperation().withTerritory(empty)))
                    .containsExactly(error("format.length", "/territory/communes", COOPERATION_ID));
        }
    }

    @Test
    void everyViolationOfARecordIsReportedInOnePass() {
        OperatorRef badRef = OperatorRef.of("ft bastia", OperatorFamily.FRANCE_TRAVAIL);

        assertThat(findingsOf(withBeneficiary(pathway(OperatorFamily.FRANCE_TRAVAIL), b -> b.withId("-b"))
                .withOperator(badRef).withServices(List.of()))).containsExactlyInAnyOrder(
                        error("format.identifier", "/operator/id", PATHWAY_ID),
                        error("format.identifier", "/beneficiary/id", PATHWAY_ID),
                        error("format.length", "/services", PATHWAY_ID));
    }
}
