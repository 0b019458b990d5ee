package org.cepkit.cli.generate;

import java.util.Arrays;
import java.util.List;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.rules.cooperation.CooperationDates;
import org.cepkit.rules.cooperation.CooperationOperators;
import org.cepkit.rules.cooperation.CooperationRelation;
import org.cepkit.rules.operator.OperatorCoverage;
import org.cepkit.rules.operator.OperatorFamilyPeriod;
import org.cepkit.rules.pathway.BeneficiaryAge;
import org.cepkit.rules.pathway.BeneficiaryNotEligible;
import org.cepkit.rules.pathway.MissionLocaleAge;
import org.cepkit.rules.pathway.PathwayDates;
import org.cepkit.rules.pathway.PathwayFutureDate;
import org.cepkit.rules.pathway.PathwayLevelSpecification;
import org.cepkit.rules.pathway.PathwaySelfReferral;
import org.cepkit.rules.pathway.PathwaySpecificationPeriod;
import org.cepkit.rules.pathway.RegionalOperatorPublic;
import org.cepkit.rules.privacy.PrivacyIdentifier;
import org.cepkit.rules.reference.OperatorReferences;
import org.cepkit.rules.cog.TerritoryReferences;

/**
 * The known violations the generator can inject, each breaking one ERROR rule of the catalogue (docs/rules.md) in one record and
 * leaving every other record of the dataset as valid as it was.
 */
enum Violation {
    /** A Mission locale beneficiary aged 27 at entry (30 with a disability recognition). */
    MISSION_LOCALE_AGE(RecordType.PATHWAY, MissionLocaleAge.ID),
    /** A level 3 service under the cahier des charges of 2019, which has two levels. */
    LEVEL_3_UNDER_CDC_2019(RecordType.PATHWAY, PathwayLevelSpecification.ID),
    /** An inactive beneficiary. */
    INACTIVE_BENEFICIARY(RecordType.PATHWAY, BeneficiaryNotEligible.ID),
    /** A beneficiary aged 14 at entry. */
    BENEFICIARY_UNDER_15(RecordType.PATHWAY, BeneficiaryAge.ID),
    /** An end date before the start date. */
    END_BEFORE_START(RecordType.PATHWAY, PathwayDates.ID),
    /** A service dated after the pathway's end. */
    SERVICE_AFTER_END(RecordType.PATHWAY, PathwayDates.ID),
    /** A service dated after the reference date. */
    SERVICE_IN_THE_FUTURE(RecordType.PATHWAY, PathwayFutureDate.ID),
    /** A beneficiary id shaped like a NIR. */
    NIR_SHAPED_BENEFICIARY_ID(RecordType.PATHWAY, PrivacyIdentifier.ID),
    /** A referral to the pathway's own operator. */
    SELF_REFERRAL(RecordType.PATHWAY, PathwaySelfReferral.ID),
    /** A pathway of an Opacif/Fongecif starting in 2020 or later. */
    OPACIF_FONGECIF_AFTER_2019(RecordType.PATHWAY, OperatorFamilyPeriod.ID),
    /** The cahier des charges of 2014 for a pathway starting in 2020 or later. */
    CDC_2014_AFTER_2019(RecordType.PATHWAY, PathwaySpecificationPeriod.ID),
    /** A job seeker served by a regional operator, whose public is the employed. */
    JOBSEEKER_AT_REGIONAL_OPERATOR(RecordType.PATHWAY, RegionalOperatorPublic.ID),
    /** A referral to an operator id that no operator of the dataset has. */
    REFERRAL_TO_UNKNOWN_OPERATOR(RecordType.PATHWAY, OperatorReferences.UNKNOWN_OPERATOR),
    /** A referral naming an operator of the dataset with another family than its own. */
    REFERRAL_WITH_WRONG_FAMILY(RecordType.PATHWAY, OperatorReferences.FAMILY_MISMATCH),
    /** A residence whose code is not a commune code (written by editing the canonical JSON). */
    MALFORMED_RESIDENCE(RecordType.PATHWAY, "format.commune"),
    /** A pathway with the id of an earlier one. */
    DUPLICATE_PATHWAY_ID(RecordType.PATHWAY, "dataset.duplicate-id"),

    /** A regional operator without coverage. */
    REGIONAL_OPERATOR_WITHOUT_COVERAGE(RecordType.OPERATOR, OperatorCoverage.ID),
    /** A regional operator active from 2019, before the family existed. */
    REGIONAL_OPERATOR_BEFORE_2020(RecordType.OPERATOR, OperatorFamilyPeriod.ID),
    /** One more site, in a well-formed commune code that the COG does not know. */
    SITE_IN_UNKNOWN_COMMUNE(RecordType.OPERATOR, TerritoryReferences.UNKNOWN),

    /** The same operator listed twice and no other. */
    SINGLE_OPERATOR(RecordType.COOPERATION, CooperationOperators.ID),
    /** A relation between an operator and itself. */
    RELATION_WITH_ITSELF(RecordType.COOPERATION, CooperationRelation.ID),
    /** An end date before the start date. */
    COOPERATION_END_BEFORE_START(RecordType.COOPERATION, CooperationDates.ID),
    /** One more operator, whose id no operator of the dataset has. */
    COOPERATION_WITH_UNKNOWN_OPERATOR(RecordType.COOPERATION, OperatorReferences.UNKNOWN_OPERATOR);

    private final RecordType target;
    private final String rule;

    Violation(RecordType target, String rule) {
        this.target = target;
        this.rule = rule;
    }

    /** The id of the rule the violation breaks. */
    String rule() {
        return rule;
    }

    /** The violations of records of that type. */
    static List<Violation> of(RecordType type) {
        return Arrays.stream(values()).filter(v -> v.target == type).toList();
    }

    /** The violations an operator of that family can carry. */
    static List<Violation> ofOperator(OperatorFamily family) {
        return family == OperatorFamily.REGIONAL_OPERATOR ? of(RecordType.OPERATOR) : List.of(SITE_IN_UNKNOWN_COMMUNE);
    }
}
