package org.cepkit.model.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.model.testing.BeanValidation.violations;

import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/** The Jakarta constraints of {@link Cooperation} and its parts, cascaded with {@code @Valid}. */
class CooperationConstraintsTest {

    private static final String SIZE = "{jakarta.validation.constraints.Size.message}";
    private static final String TEXT_LENGTH = "{org.cepkit.format.length}";
    private static final String NOT_EMPTY = "{jakarta.validation.constraints.NotEmpty.message}";
    private static final String IDENTIFIER = "{org.cepkit.format.identifier}";
    private static final OperatorRef APEC = OperatorRef.of("apec-bastia", OperatorFamily.APEC);

    @Test
    void exampleCooperationHasNoViolation() {
        assertThat(violations(CepExamples.cooperation())).isEmpty();
    }

    @Test
    void cooperationIdOutsideTheIdentifierPatternIsReportedOnId() {
        assertThat(violations(CepExamples.cooperation().withId("coop bastia"))).containsExactly("id " + IDENTIFIER);
    }

    @Test
    void cooperationOfNoOperatorIsTooSmall() {
        assertThat(violations(CepExamples.cooperation().withOperators())).containsExactly("operators " + SIZE);
    }

    @Test
    void cooperationOfOneOperatorIsTooSmall() {
        assertThat(violations(CepExamples.cooperation().withOperators(CepExamples.MISSION_LOCALE_BASTIA)))
                .containsExactly("operators " + SIZE);
    }

    @Test
    void cooperationOfTwoOperatorsIsLargeEnough() {
        assertThat(violations(CepExamples.cooperation()
                .withOperators(CepExamples.MISSION_LOCALE_BASTIA, CepExamples.FRANCE_TRAVAIL_BASTIA))).isEmpty();
    }

    @Test
    void operatorRefIdIsValidatedThroughTheCooperation() {
        Cooperation cooperation = CepExamples.cooperation().withOperators(CepExamples.MISSION_LOCALE_BASTIA,
                OperatorRef.of("ft:bastia", OperatorFamily.FRANCE_TRAVAIL),
                OperatorRef.of("apec bastia", OperatorFamily.APEC));

        assertThat(violations(cooperation)).containsExactly("operators[2].id " + IDENTIFIER);
    }

    @Test
    void relationBetweenOneOperatorIsTheWrongSize() {
        Cooperation cooperation = CepExamples.cooperation()
                .withRelations(CepExamples.relation().withBetween(CepExamples.MISSION_LOCALE_BASTIA.getId()));

        assertThat(violations(cooperation)).containsExactly("relations[0].between " + SIZE);
    }

    @Test
    void relationBetweenTwoOperatorsIsTheRightSize() {
        assertThat(violations(CepExamples.relation())).isEmpty();
    }

    @Test
    void relationBetweenThreeOperatorsIsTheWrongSize() {
        Relation relation = CepExamples.relation().withBetween(CepExamples.MISSION_LOCALE_BASTIA.getId(),
                CepExamples.FRANCE_TRAVAIL_BASTIA.getId(), APEC.getId());

        assertThat(violations(relation)).containsExactly("between " + SIZE);
    }

    @Test
    void eachIdOfARelationIsAnIdentifier() {
        Relation relation = CepExamples.relation().withBetween(CepExamples.MISSION_LOCALE_BASTIA.getId(), "ft bastia");
        Cooperation cooperation = CepExamples.cooperation().withRelations(relation);

        assertThat(violations(cooperation))
                .containsExactly("relations[0].between[1].<list element> " + IDENTIFIER);
    }

    @Test
    void relationWithoutPurposeIsReportedOnPurposes() {
        Cooperation cooperation = CepExamples.cooperation().withRelations(CepExamples.relation().withPurposes());

        assertThat(violations(cooperation)).containsExactly("relations[0].purposes " + NOT_EMPTY);
    }

    @Test
    void federatingIssueOfNoCharacterIsTooShort() {
        Cooperation cooperation = CepExamples.cooperation().withContext(CepExamples.context().withFederatingIssue(""));

        assertThat(violations(cooperation)).containsExactly("context.federatingIssue " + TEXT_LENGTH);
    }

    @Test
    void federatingIssueOf200CharactersPasses() {
        assertThat(violations(CepExamples.context().withFederatingIssue("x".repeat(200)))).isEmpty();
    }

    @Test
    void federatingIssueOf201CharactersIsTooLong() {
        assertThat(violations(CepExamples.context().withFederatingIssue("x".repeat(201))))
                .containsExactly("federatingIssue " + TEXT_LENGTH);
    }

    @Test
    void animatorNameIsValidatedThroughTheContext() {
        Cooperation cooperation = CepExamples.cooperation()
                .withContext(CepExamples.context().withAnimator(Partner.of("", PartnerKind.CITE_DES_METIERS)));

        assertThat(violations(cooperation)).containsExactly("context.animator.name " + TEXT_LENGTH);
    }

    @Test
    void partnerNameOf201CharactersIsTooLong() {
        Cooperation cooperation = CepExamples.cooperation()
                .withPartners(Partner.of("CIO de Bastia", PartnerKind.CIO),
                        Partner.of("x".repeat(201), PartnerKind.OTHER));

        assertThat(violations(cooperation)).containsExactly("partners[1].name " + TEXT_LENGTH);
    }

    @Test
    void partnerNameOf200CharactersPasses() {
        assertThat(violations(Partner.of("x".repeat(200), PartnerKind.OTHER))).isEmpty();
    }

    @Test
    void territoryNameOfNoCharacterIsReportedThroughTheCooperation() {
        Cooperation cooperation = CepExamples.cooperation().withTerritory(CepExamples.localArea().withName(""));

        assertThat(violations(cooperation)).containsExactly("territory.name " + TEXT_LENGTH);
    }

    @Test
    void communeTerritoryWithAMalformedCodeIsReportedOnTerritoryCode() {
        Territory territory = Territory.builder().kind(TerritoryKind.COMMUNE).code("20004").build();

        assertThat(violations(CepExamples.cooperation().withTerritory(territory)))
                .containsExactly("territory.code {org.cepkit.format.commune}");
    }

    @Test
    void localAreaWithoutCommunesIsReportedOnTerritoryCommunes() {
        Cooperation cooperation = CepExamples.cooperation().withTerritory(CepExamples.localArea().withCommunes());

        assertThat(violations(cooperation)).containsExactly("territory.communes {org.cepkit.format.length.communes}");
    }

    @Test
    void everyViolationOfACooperationIsReportedAtOnce() {
        Cooperation cooperation = CepExamples.cooperation()
                .withId("")
                .withOperators(CepExamples.MISSION_LOCALE_BASTIA)
                .withTerritory(CepExamples.localArea().withCode("").withCommunes())
                .withContext(CepExamples.context().withFederatingIssue(""))
                .withRelations(CepExamples.relation().withPurposes());

        assertThat(violations(cooperation)).containsExactly(
                "context.federatingIssue " + TEXT_LENGTH,
                "id " + IDENTIFIER,
                "operators " + SIZE,
                "relations[0].purposes " + NOT_EMPTY,
                "territory.code " + IDENTIFIER,
                "territory.communes {org.cepkit.format.length.communes}");
    }
}
