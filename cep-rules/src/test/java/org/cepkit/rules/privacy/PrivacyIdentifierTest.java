package org.cepkit.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.ref;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.withBeneficiary;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.PersonalValues;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.Fixtures.Finding;
import org.cepkit.rules.RuleCatalogue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code privacy.identifier}: every id of a record is pseudonymous, never a NIR (13 characters, digits or 2A/2B at the
 * département, with or without the 2-digit key; often written with spaces, dots, hyphens or underscores). The id is
 * refused whatever its key.
 */
class PrivacyIdentifierTest {

    /** 185057800608436 without its key. */
    private static final String BODY = "1850578006084";
    private static final String NIR = BODY + "36";

    private static Pathway identifiedBy(String beneficiaryId) {
        return withBeneficiary(pathway(OperatorFamily.FRANCE_TRAVAIL), b -> b.withId(beneficiaryId));
    }

    @Nested
    class TheShapeOfANir {

        @Test
        void twelveDigitsAreNoNirButThirteenAreOneWithoutItsKey() {
            assertThat(PrivacyIdentifier.isNirShaped(BODY.substring(1))).isFalse();
            assertThat(PrivacyIdentifier.isNirShaped(BODY)).isTrue();
        }

        @Test
        void fourteenDigitsAreNoNirButFifteenAreOneWithItsKey() {
            assertThat(PrivacyIdentifier.isNirShaped(BODY + "3")).isFalse();
            assertThat(PrivacyIdentifier.isNirShaped(NIR)).isTrue();
        }

        @Test
        void sixteenDigitsAreNoNir() {
            assertThat(PrivacyIdentifier.isNirShaped(NIR + "1")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1 85 05 78 006 084 36", "1.85.05.78.006.084.36", "1-85-05-78-006-084-36",
                "1_85_05_78_006_084_36", "1 85.05-78_006 084 36", "1\u00a085\u00a005\u00a078\u00a0006\u00a0084\u00a036",
                "1\u202f85\u202f05\u202f78\u202f006\u202f084\u202f36", "1  85  05  78  006  084  36",
                "1 85 05 78 006 084", "1.85.05.78.006.084", "185057800608436-", "18505-78006084"})
        void separatorsBetweenTheDigitsDoNotHideANir(String id) {
            assertThat(PrivacyIdentifier.isNirShaped(id)).as(id).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"285052A006084", "285052A00608436", "285052B00608436", "285052a00608436",
                "285052b00608436", "2 85 05 2A 006 084 36", "2.85.05.2B.006.084"})
        void aNirBornInCorsicaHas2Aor2BAtItsDepartement(String id) {
            assertThat(PrivacyIdentifier.isNirShaped(id)).as(id).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"285052C00608436", "285053A00608436", "28505A200608436", "2A5052000608436",
                "28505780060843A", "285052AB0608436", "2850520A00608436"})
        void aLetterAnywhereElseIsNoNir(String id) {
            assertThat(PrivacyIdentifier.isNirShaped(id)).as(id).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"b-7f3a", "", "-", "...", "x185057800608436", "BEN-185057800608436",
                "185057800608436x", "1850578006084:36", "pw-2024-0001", "1 85 05 78 006 084 3"})
        void pseudonymousIdsAreNoNir(String id) {
            assertThat(PrivacyIdentifier.isNirShaped(id)).as(id).isFalse();
        }
    }

    @Nested
    class EveryIdOfTheRecord {

        @Test
        void theBeneficiaryId() {
            assertThat(findingsOf(identifiedBy(NIR)))
                    .containsExactly(error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
        }

        @Test
        void theBeneficiaryIdWithoutTheKey() {
            assertThat(findingsOf(identifiedBy(BODY)))
                    .containsExactly(error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
        }

        @Test
        void theBeneficiaryIdWrittenWithSpacesWhichIsNoIdentifierEither() {
            assertThat(findingsOf(identifiedBy("1 85 05 78 006 084 36"))).containsExactlyInAnyOrder(
                    error("format.identifier", "/beneficiary/id", PATHWAY_ID),
                    error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
        }

        @Test
        void theBeneficiaryIdWithAWrongKey() {
            assertThat(findingsOf(identifiedBy(BODY + "00")))
                    .containsExactly(error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
        }

        @Test
        void thePathwayIdWhichTheIssueThenDoesNotName() {
            ImmutablePathway pathway = pathway(OperatorFamily.FRANCE_TRAVAIL).withId("1.85.05.78.006.084.36");
            assertThat(findingsOf(pathway)).containsExactly(error("privacy.identifier", "/id", null));
        }

        @Test
        void theOperatorOfAPathwayAndOfItsReferrals() {
            ImmutablePathway pathway = pathway(OperatorFamily.FRANCE_TRAVAIL)
                    .withOperator(OperatorRef.of(BODY, OperatorFamily.FRANCE_TRAVAIL))
                    .withReferrals(Referral.builder().to(OperatorRef.of("1-85-05-78-006-084", OperatorFamily.APEC))
                            .date(pathway(OperatorFamily.FRANCE_TRAVAIL).getStartDate().plusDays(3))
                            .purpose(CooperationPurpose.BUILD_PROJECT).build());
            assertThat(findingsOf(pathway)).containsExactly(
                    error("privacy.identifier", "/operator/id", PATHWAY_ID),
                    error("privacy.identifier", "/referrals/0/to/id", PATHWAY_ID));
        }

        @Test
        void theOperatorIdAndItsSites() {
            ImmutableOperator operator = operator(OperatorFamily.FRANCE_TRAVAIL).withId(NIR)
                    .withSites(Fixtures.site("site-bastia", Fixtures.BASTIA), Fixtures.site(BODY, Fixtures.BASTIA));
            assertThat(findingsOf(operator)).containsExactly(
                    error("privacy.identifier", "/id", null),
                    error("privacy.identifier", "/sites/1/id", null));
        }

        @Test
        void theOperatorsOfACooperationAndTheEndsOfItsRelations() {
            Relation relation = Relation.builder().addBetween(Fixtures.operatorId(OperatorFamily.MISSION_LOCALE), BODY)
                    .form(RelationForm.OCCASIONAL).addPurposes(CooperationPurpose.REMOVE_BARRIERS).build();
            ImmutableCooperation cooperation = cooperation()
                    .withOperators(ref(OperatorFamily.MISSION_LOCALE), OperatorRef.of(BODY, OperatorFamily.APEC))
                    .withRelations(relation);
            assertThat(findingsOf(cooperation)).containsExactly(
                    error("privacy.identifier", "/operators/1/id", COOPERATION_ID),
                    error("privacy.identifier", "/relations/0/between/1", COOPERATION_ID));
        }

        @Test
        void theCodeOfALocalAreaButNotACodeOfTheCog() {
            Territory localArea = Territory.builder().kind(TerritoryKind.LOCAL_AREA).code(BODY)
                    .addCommunes(Fixtures.BASTIA).build();
            assertThat(findingsOf(cooperation().withTerritory(localArea)))
                    .containsExactly(error("privacy.identifier", "/territory/code", COOPERATION_ID));

            Territory epci = Territory.builder().kind(TerritoryKind.EPCI).code(BODY).build();
            assertThat(findingsOf(cooperation().withTerritory(epci)))
                    .extracting(Finding::rule).doesNotContain("privacy.identifier");
        }

        @ParameterizedTest
        @ValueSource(strings = {"b-7f3a", "18505780060843", "1850578006084361", "285052C00608436", "x185057800608436",
                "BEN-185057800608436", "185057800608"})
        void acceptsPseudonymousIds(String id) {
            assertThat(findingsOf(identifiedBy(id))).isEmpty();
            assertThat(findingsOf(pathway(OperatorFamily.FRANCE_TRAVAIL).withId(id))).isEmpty();
        }
    }

    @Nested
    class EveryNirAsWritten {

        @Test
        void isShapedLikeANirAndSoAreItsCharactersWithoutSeparators() {
            qt().withFixedSeed(81L).withExamples(5_000).forAll(PersonalValues.nirs()).checkAssert(nir -> {
                assertThat(PrivacyIdentifier.isNirShaped(nir.text())).as("%s", nir).isTrue();
                assertThat(PrivacyIdentifier.isNirShaped(nir.compact())).as("%s", nir).isTrue();
            });
        }

        @Test
        void oneDigitMoreOrOneLessIsNoNir() {
            qt().withFixedSeed(82L).withExamples(5_000).forAll(PersonalValues.nirs()).checkAssert(nir -> {
                assertThat(PrivacyIdentifier.isNirShaped(nir.compact() + "0")).as("%s", nir).isFalse();
                assertThat(PrivacyIdentifier.isNirShaped(nir.compact().substring(1))).as("%s", nir).isFalse();
            });
        }

        @Test
        void isReportedAsTheIdOfAGeneratedPathwayOrOfItsBeneficiary() {
            qt().withFixedSeed(83L).withExamples(300).forAll(CepGenerators.pathways(), PersonalValues.nirs())
                    .checkAssert((pathway, nir) -> {
                        assertThat(findingsOf(withBeneficiary(pathway, b -> b.withId(nir.text()))))
                                .as("%s", nir)
                                .contains(error("privacy.identifier", "/beneficiary/id", pathway.getId()));
                        List<Finding> findings = findingsOf(ImmutablePathway.copyOf(pathway).withId(nir.text()));
                        assertThat(findings).as("%s", nir)
                                .contains(error("privacy.identifier", "/id", null))
                                .extracting(Finding::record).containsOnlyNulls();
                    });
        }
    }

    @Test
    void theMessageDoesNotRepeatTheNirInFrenchOrInEnglish() {
        for (CepValidator validator : List.of(validator(),
                CepValidator.create(Fixtures.profile().locale(Locale.ENGLISH).build()))) {
            assertThat(validator.validate(identifiedBy(NIR)).issues())
                    .singleElement()
                    .satisfies(issue -> assertThat(issue.message()).doesNotContain(NIR).doesNotContain(BODY)
                            .contains("NIR"));
        }
    }

    @Test
    void theCatalogueGivesTheRulesLegalSources() {
        assertThat(RuleCatalogue.builtIn().get(PrivacyIdentifier.ID).source())
                .isEqualTo("loi n° 78-17 art. 30 and décret n° 2019-341 (the NIR's permitted uses), RGPD art. 87");
    }
}
