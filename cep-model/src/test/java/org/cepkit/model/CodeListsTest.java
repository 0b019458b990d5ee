package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.CorePublic;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    /** The codes of SPEC §3 (and §2 for Sex and Specification), in SPEC's order. */
    private static final Map<Class<?>, List<String>> SPEC_CODES = new LinkedHashMap<>();

    static {
        SPEC_CODES.put(OperatorFamily.class, List.of("FRANCE_TRAVAIL", "APEC", "CAP_EMPLOI", "MISSION_LOCALE",
                "REGIONAL_OPERATOR", "OPACIF_FONGECIF", "REGION_DESIGNATED_OPERATOR"));
        SPEC_CODES.put(BeneficiaryStatus.class, List.of("JOBSEEKER", "PRIVATE_EMPLOYEE", "PUBLIC_AGENT",
                "SELF_EMPLOYED", "APPRENTICE_OR_PAID_TRAINEE", "STUDENT", "RETIREE", "INACTIVE"));
        SPEC_CODES.put(QualificationLevel.class, List.of("NONE", "LEVEL_1", "LEVEL_2", "LEVEL_3", "LEVEL_4",
                "LEVEL_5", "LEVEL_6", "LEVEL_7", "LEVEL_8"));
        SPEC_CODES.put(ServiceLevel.class, List.of("LEVEL_1", "LEVEL_2", "LEVEL_3"));
        SPEC_CODES.put(DeliveryMode.class, List.of("IN_PERSON", "REMOTE"));
        SPEC_CODES.put(GoalKind.class, List.of("CAREER_DEVELOPMENT", "SKILLS_OR_CERTIFICATION", "MOBILITY",
                "RETRAINING", "BUSINESS_CREATION"));
        SPEC_CODES.put(TerritoryKind.class, List.of("COMMUNE", "EPCI", "DEPARTEMENT", "REGION", "EMPLOYMENT_ZONE",
                "LOCAL_AREA"));
        SPEC_CODES.put(Configuration.class, List.of("REGION_LED_LOCAL_SERVICE", "REGION_WITHDRAWN",
                "LOCAL_COMMON_CAUSE", "OTHER"));
        SPEC_CODES.put(RegionalEngagement.class, List.of("STRONG", "MODERATE", "WEAK"));
        SPEC_CODES.put(PriorProximity.class, List.of("LONG_STANDING", "OCCASIONAL", "WEAK"));
        SPEC_CODES.put(RelationForm.class, List.of("CONTRACTUAL_PARTNERSHIP", "OCCASIONAL", "ADVISER_COLLABORATION",
                "COORDINATION_BODY"));
        SPEC_CODES.put(CooperationPurpose.class, List.of("REMOVE_BARRIERS", "BUILD_PROJECT", "IMPLEMENT_PROJECT"));
        SPEC_CODES.put(PartnerKind.class, List.of("CITE_DES_METIERS", "CIO", "INFORMATION_JEUNESSE", "CARIF_OREF",
                "PLIE", "MAISON_DE_L_EMPLOI", "CHAMBER", "AFPA", "REGION", "OTHER", "TRANSITIONS_PRO", "E2C", "EPIDE",
                "UNIVERSITY"));
        SPEC_CODES.put(OutcomeSituation.class, List.of("EMPLOYMENT", "BUSINESS_CREATION", "TRAINING", "JOB_SEEKING",
                "OTHER", "UNKNOWN"));
        SPEC_CODES.put(Sex.class, List.of("FEMALE", "MALE", "UNDISCLOSED"));
        SPEC_CODES.put(Specification.class, List.of("CDC_2014", "CDC_2019"));
        SPEC_CODES.put(CorePublic.class, List.of("JOBSEEKERS", "EXECUTIVES", "YOUNG_PEOPLE", "DISABLED_PEOPLE",
                "PRIVATE_SECTOR_WORKERS", "PRIVATE_SECTOR_EMPLOYEES", "ALL_WORKING_PEOPLE"));
    }

    @Test
    void everyCodeListEnumOfTheModelHasItsExpectedCodes() {
        List<Class<?>> codeLists = ModelClasses.all().stream()
                .filter(type -> type.isEnum() && CodeList.class.isAssignableFrom(type))
                .toList();

        assertThat(codeLists).containsExactlyInAnyOrderElementsOf(SPEC_CODES.keySet());
    }

    @Test
    void eachCodeListHasExactlyTheCodesOfTheSpecInItsOrder() {
        SPEC_CODES.forEach((type, codes) -> assertThat(codes(type)).as("codes of %s", type.getSimpleName())
                .containsExactlyElementsOf(codes));
    }

    @Test
    void eachCodeIsItsConstantsName() {
        forEachConstant(constant -> assertThat(constant.code()).isEqualTo(((Enum<?>) constant).name()));
    }

    @Test
    void everyCodeHasAFrenchAndAnEnglishLabel() {
        forEachConstant(constant -> {
            assertThat(constant.labelFr()).as("French label of %s", constant).isNotBlank();
            assertThat(constant.labelEn()).as("English label of %s", constant).isNotBlank();
        });
    }

    @Test
    void labelIsEnglishForAnEnglishLocaleAndFrenchOtherwise() {
        OperatorFamily family = OperatorFamily.MISSION_LOCALE;

        assertThat(family.label(Locale.ENGLISH)).isEqualTo(family.labelEn());
        assertThat(family.label(Locale.UK)).isEqualTo(family.labelEn());
        assertThat(family.label(Locale.FRENCH)).isEqualTo(family.labelFr()).isEqualTo("Mission locale");
        assertThat(family.label(Locale.GERMAN)).isEqualTo(family.labelFr());
        assertThat(family.label(null)).isEqualTo(family.labelFr());
    }

    @Test
    void sourcesWhenGivenAreNotBlank() {
        forEachConstant(constant -> constant.source().ifPresent(source -> assertThat(source).isNotBlank()));
    }

    @Test
    void fromCodeFindsCurrentCodesAndAliasesOnly() {
        assertThat(CodeLists.fromCode(OperatorFamily.class, "POLE_EMPLOI")).contains(OperatorFamily.FRANCE_TRAVAIL);
        assertThat(CodeLists.isAlias(OperatorFamily.class, "POLE_EMPLOI")).isTrue();
        assertThat(CodeLists.fromCode(OperatorFamily.class, "MISSION_LOCALE")).contains(OperatorFamily.MISSION_LOCALE);
        assertThat(CodeLists.fromCode(OperatorFamily.class, "mission_locale")).isEmpty();
        assertThat(CodeLists.fromCode(OperatorFamily.class, "FONGECIF")).isEmpty();
        assertThat(CodeLists.fromCode(OperatorFamily.class, null)).isEmpty();
        assertThat(CodeLists.isAlias(OperatorFamily.class, null)).isFalse();
    }

    @Test
    void onlyFranceTravailHasAnAlias() {
        forEachConstant(constant -> {
            if (constant != OperatorFamily.FRANCE_TRAVAIL) {
                assertThat(constant.aliases()).as("aliases of %s", constant).isEmpty();
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> codes(Class<?> type) {
        return CodeLists.codes((Class) type);
    }

    private static void forEachConstant(java.util.function.Consumer<CodeList> check) {
        SPEC_CODES.keySet().forEach(type -> {
            for (Object constant : type.getEnumConstants()) {
                check.accept((CodeList) constant);
            }
        });
    }
}
