package org.cepkit.rules;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.Outcome;
import org.cepkit.model.pathway.OutcomeSituation;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;

/**
 * Records of every type and every nested type, for {@link CepValidator#prepare()}: validating them loads what
 * the first real record would otherwise wait for. Their content does not matter, only their shapes.
 */
final class Preparation {

    private Preparation() {
    }

    static List<CepRecord> records() {
        OperatorRef apec = OperatorRef.of("apec-ara", OperatorFamily.APEC);
        OperatorRef regional = OperatorRef.of("cep-ara", OperatorFamily.REGIONAL_OPERATOR);
        CommuneCode lyon = CommuneCode.parse("69123");
        LocalDate start = LocalDate.of(2024, 2, 1);
        Operator operator = Operator.builder()
                .id(regional.getId())
                .family(regional.getFamily())
                .name("CEP Auvergne-Rhône-Alpes")
                .addCoverage(RegionCode.parse("84"))
                .addSites(Site.builder().id("cep-ara-1").commune(lyon).addModes(DeliveryMode.IN_PERSON).build())
                .activeFrom(LocalDate.of(2020, 1, 1))
                .build();
        Pathway pathway = Pathway.builder()
                .id("pw-prepare")
                .operator(apec)
                .beneficiary(Beneficiary.builder()
                        .id("b-prepare")
                        .birthDate(LocalDate.of(1985, 6, 1))
                        .sex(Sex.MALE)
                        .status(BeneficiaryStatus.PRIVATE_EMPLOYEE)
                        .executive(true)
                        .qualificationLevel(QualificationLevel.LEVEL_7)
                        .residence(lyon)
                        .build())
                .specification(Specification.CDC_2019)
                .startDate(start)
                .addServices(Service.of(ServiceLevel.LEVEL_1, start, DeliveryMode.REMOTE))
                .addReferrals(Referral.builder().to(regional).date(start).purpose(CooperationPurpose.BUILD_PROJECT)
                        .build())
                .actionPlan(ActionPlan.builder().deliveredOn(start)
                        .addGoals(Goal.builder().kind(GoalKind.RETRAINING).build()).build())
                .outcome(Outcome.of(start, OutcomeSituation.TRAINING))
                .build();
        Cooperation cooperation = Cooperation.builder()
                .id("coop-prepare")
                .territory(Territory.builder().kind(TerritoryKind.LOCAL_AREA).code("bassin-lyon").addCommunes(lyon)
                        .build())
                .addOperators(apec, regional)
                .addPartners(Partner.of("Cité des métiers", PartnerKind.CITE_DES_METIERS))
                .configuration(Configuration.LOCAL_COMMON_CAUSE)
                .context(Context.builder().federatingIssue("Reconversions").build())
                .addRelations(Relation.builder().addBetween(apec.getId(), regional.getId())
                        .form(RelationForm.ADVISER_COLLABORATION).addPurposes(CooperationPurpose.BUILD_PROJECT).build())
                .startDate(start)
                .build();
        return List.of(operator, pathway, cooperation);
    }
}
