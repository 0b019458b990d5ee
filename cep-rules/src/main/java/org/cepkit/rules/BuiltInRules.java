package org.cepkit.rules;

import java.util.List;
import org.cepkit.rules.cooperation.CooperationConfiguration;
import org.cepkit.rules.cooperation.CooperationDates;
import org.cepkit.rules.cooperation.CooperationOperators;
import org.cepkit.rules.cooperation.CooperationRelation;
import org.cepkit.rules.cooperation.CooperationSingleFamily;
import org.cepkit.rules.cooperation.CooperationTerritoryPresence;
import org.cepkit.rules.format.BeanValidation;
import org.cepkit.rules.operator.OperatorCoverage;
import org.cepkit.rules.operator.OperatorDates;
import org.cepkit.rules.operator.OperatorFamilyPeriod;
import org.cepkit.rules.operator.OperatorSiteCoverage;
import org.cepkit.rules.pathway.ApecPublic;
import org.cepkit.rules.pathway.BeneficiaryAge;
import org.cepkit.rules.pathway.BeneficiaryEligibilityCondition;
import org.cepkit.rules.pathway.BeneficiaryNotEligible;
import org.cepkit.rules.pathway.CapEmploiPublic;
import org.cepkit.rules.pathway.FranceTravailPublic;
import org.cepkit.rules.pathway.MissionLocaleAge;
import org.cepkit.rules.pathway.PathwayDates;
import org.cepkit.rules.pathway.PathwayFutureDate;
import org.cepkit.rules.pathway.PathwayLevelSpecification;
import org.cepkit.rules.pathway.PathwaySelfReferral;
import org.cepkit.rules.pathway.PathwaySpecificationPeriod;
import org.cepkit.rules.pathway.RegionalOperatorCoverage;
import org.cepkit.rules.pathway.RegionalOperatorPublic;
import org.cepkit.rules.privacy.PrivacyIdentifier;
import org.cepkit.rules.reference.OperatorInactive;
import org.cepkit.rules.reference.OperatorReferences;
import org.cepkit.rules.cog.TerritoryPostalCode;
import org.cepkit.rules.cog.TerritoryReferences;

/**
 * The rules every {@link CepValidator} runs, in reporting order: the model's constraints first, then the
 * territory, eligibility, operator, pathway, cooperation and reference rules. {@code dataset.duplicate-id} is
 * checked by {@link DatasetValidation}; the reader-only {@code format.*} rules and {@code code.alias} by
 * cep-json.
 */
final class BuiltInRules {

    private static final List<Rule<?>> ALL = List.of(
            new BeanValidation(),
            new TerritoryReferences.InPathway(),
            new TerritoryReferences.InOperator(),
            new TerritoryReferences.InCooperation(),
            new TerritoryPostalCode(),
            new BeneficiaryNotEligible(),
            new BeneficiaryEligibilityCondition(),
            new BeneficiaryAge(),
            new MissionLocaleAge(),
            new CapEmploiPublic(),
            new ApecPublic(),
            new FranceTravailPublic(),
            new RegionalOperatorPublic(),
            new RegionalOperatorCoverage(),
            new OperatorFamilyPeriod.ForPathway(),
            new OperatorFamilyPeriod.ForOperator(),
            new OperatorFamilyPeriod.ForCooperation(),
            new OperatorDates(),
            new OperatorCoverage(),
            new OperatorSiteCoverage(),
            new PathwaySpecificationPeriod(),
            new PathwayLevelSpecification(),
            new PathwayDates(),
            new PathwayFutureDate(),
            new PathwaySelfReferral(),
            new PrivacyIdentifier.OfRecord(),
            new PrivacyIdentifier.OfBeneficiary(),
            new PrivacyIdentifier.InPathwayReferences(),
            new PrivacyIdentifier.OfSites(),
            new PrivacyIdentifier.InCooperationReferences(),
            new PrivacyIdentifier.OfLocalArea(),
            new CooperationOperators(),
            new CooperationSingleFamily(),
            new CooperationRelation(),
            new CooperationConfiguration(),
            new CooperationDates(),
            new CooperationTerritoryPresence(),
            new OperatorReferences.InPathway(),
            new OperatorReferences.InCooperation(),
            new OperatorInactive());

    private BuiltInRules() {
    }

    static List<Rule<?>> all() {
        return ALL;
    }
}
