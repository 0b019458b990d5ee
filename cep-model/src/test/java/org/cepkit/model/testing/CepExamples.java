package org.cepkit.model.testing;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableContext;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.ImmutableRelation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.ImmutableSite;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.GoalKind;
import org.cepkit.model.pathway.ImmutableActionPlan;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.ImmutableTerritory;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;

/**
 * Hand-written valid records around Bastia (Haute-Corse), for tests that change one value and expect exactly
 * one problem. Each method returns a new immutable object; change it with its {@code withX} methods.
 *
 * <pre>{@code
 * Pathway tooOld = CepExamples.pathway()
 *         .withBeneficiary(CepExamples.beneficiary().withBirthDate(LocalDate.of(1990, 1, 1)));
 * }</pre>
 *
 * Every example is valid business-wise on {@link CepGenerators#REFERENCE_DATE}; {@link #dataset()} puts the
 * records that refer to each other together.
 */
public final class CepExamples {

    /** The Mission locale of Bastia, as referred to by {@link #pathway()} and {@link #cooperation()}. */
    public static final OperatorRef MISSION_LOCALE_BASTIA = OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE);

    /** The France Travail agency of Bastia, as referred to by {@link #pathway()} and {@link #cooperation()}. */
    public static final OperatorRef FRANCE_TRAVAIL_BASTIA = OperatorRef.of("ft-bastia", OperatorFamily.FRANCE_TRAVAIL);

    private CepExamples() {
    }

    /** A site of the Mission locale in Bastia ({@code 2B033}), in person and remote. */
    public static ImmutableSite site() {
        return Site.builder()
                .id("ml-bastia-1")
                .name("Antenne de Bastia")
                .commune(CommuneCode.parse("2B033"))
                .postalCode(PostalCode.parse("20200"))
                .addModes(DeliveryMode.IN_PERSON, DeliveryMode.REMOTE)
                .build();
    }

    /** The Mission locale of Bastia, with a SIRET and one {@link #site()}. */
    public static ImmutableOperator operator() {
        return Operator.builder()
                .id(MISSION_LOCALE_BASTIA.getId())
                .family(MISSION_LOCALE_BASTIA.getFamily())
                .name("Mission locale de Bastia")
                .siret(Siret.parse("77567101900021"))
                .addSites(site())
                .activeFrom(LocalDate.of(2015, 1, 1))
                .build();
    }

    /** The France Travail agency of Bastia, with one site in Bastia. */
    public static ImmutableOperator franceTravailOperator() {
        return Operator.builder()
                .id(FRANCE_TRAVAIL_BASTIA.getId())
                .family(FRANCE_TRAVAIL_BASTIA.getFamily())
                .name("France Travail Bastia")
                .addSites(Site.builder()
                        .id("ft-bastia-1")
                        .commune(CommuneCode.parse("2B033"))
                        .addModes(DeliveryMode.IN_PERSON)
                        .build())
                .build();
    }

    /** The regional CEP operator of Corsica: coverage {@code 94}, a site in Ajaccio, active from 2020. */
    public static ImmutableOperator regionalOperator() {
        return Operator.builder()
                .id("cep-corse")
                .family(OperatorFamily.REGIONAL_OPERATOR)
                .name("CEP actifs occupés Corse")
                .addCoverage(RegionCode.parse("94"))
                .addSites(Site.builder()
                        .id("cep-corse-1")
                        .commune(CommuneCode.parse("2A004"))
                        .addModes(DeliveryMode.IN_PERSON, DeliveryMode.REMOTE)
                        .build())
                .activeFrom(LocalDate.of(2020, 1, 1))
                .build();
    }

    /** A job seeker born on 14 May 2001, living in Bastia: 22 at the start of {@link #pathway()}. */
    public static ImmutableBeneficiary beneficiary() {
        return Beneficiary.builder()
                .id("b-7f3a")
                .birthDate(LocalDate.of(2001, 5, 14))
                .sex(Sex.FEMALE)
                .status(BeneficiaryStatus.JOBSEEKER)
                .qualificationLevel(QualificationLevel.LEVEL_4)
                .residence(CommuneCode.parse("2B033"))
                .build();
    }

    /** An action plan delivered on 10 June 2024 with one goal tied to a ROME code and a certification. */
    public static ImmutableActionPlan actionPlan() {
        return ActionPlan.builder()
                .deliveredOn(LocalDate.of(2024, 6, 10))
                .addGoals(Goal.builder()
                        .kind(GoalKind.SKILLS_OR_CERTIFICATION)
                        .rome(RomeCode.parse("M1805"))
                        .certification(CertificationCode.parse("RNCP34436"))
                        .build())
                .build();
    }

    /**
     * A Mission locale pathway under {@code CDC_2019} from 1 March to 30 September 2024: two services, a
     * referral to {@link #FRANCE_TRAVAIL_BASTIA} and an {@link #actionPlan()}.
     */
    public static ImmutablePathway pathway() {
        return Pathway.builder()
                .id("pw-2024-0001")
                .operator(MISSION_LOCALE_BASTIA)
                .beneficiary(beneficiary())
                .specification(Specification.CDC_2019)
                .startDate(LocalDate.of(2024, 3, 1))
                .endDate(LocalDate.of(2024, 9, 30))
                .addServices(Service.of(ServiceLevel.LEVEL_1, LocalDate.of(2024, 3, 1), DeliveryMode.IN_PERSON),
                        Service.of(ServiceLevel.LEVEL_2, LocalDate.of(2024, 4, 15), DeliveryMode.REMOTE))
                .addReferrals(Referral.builder()
                        .to(FRANCE_TRAVAIL_BASTIA)
                        .date(LocalDate.of(2024, 5, 2))
                        .purpose(CooperationPurpose.REMOVE_BARRIERS)
                        .build())
                .actionPlan(actionPlan())
                .build();
    }

    /** A local area of Bastia and its neighbour Furiani ({@code 2B033}, {@code 2B120}). */
    public static ImmutableTerritory localArea() {
        return Territory.builder()
                .kind(TerritoryKind.LOCAL_AREA)
                .code("bassin-bastia")
                .name("Bassin de Bastia")
                .addCommunes(CommuneCode.parse("2B033"), CommuneCode.parse("2B120"))
                .build();
    }

    /** A context of a long-standing local partnership around seasonal workers, animated by a Cité des métiers. */
    public static ImmutableContext context() {
        return Context.builder()
                .regionalEngagement(RegionalEngagement.MODERATE)
                .priorProximity(PriorProximity.LONG_STANDING)
                .federatingIssue("Travailleurs saisonniers du tourisme")
                .animator(Partner.of("Cité des métiers de Bastia", PartnerKind.CITE_DES_METIERS))
                .build();
    }

    /** Advisers of the Mission locale and France Travail working together since 1 September 2021. */
    public static ImmutableRelation relation() {
        return Relation.builder()
                .addBetween(MISSION_LOCALE_BASTIA.getId(), FRANCE_TRAVAIL_BASTIA.getId())
                .form(RelationForm.ADVISER_COLLABORATION)
                .addPurposes(CooperationPurpose.REMOVE_BARRIERS, CooperationPurpose.BUILD_PROJECT)
                .since(LocalDate.of(2021, 9, 1))
                .build();
    }

    /**
     * The Mission locale and France Travail of Bastia cooperating on the {@link #localArea()} since
     * 1 September 2021, as a {@code LOCAL_COMMON_CAUSE} with a CIO as partner.
     */
    public static ImmutableCooperation cooperation() {
        return Cooperation.builder()
                .id("coop-bastia")
                .territory(localArea())
                .addOperators(MISSION_LOCALE_BASTIA, FRANCE_TRAVAIL_BASTIA)
                .addPartners(Partner.of("CIO de Bastia", PartnerKind.CIO))
                .configuration(Configuration.LOCAL_COMMON_CAUSE)
                .context(context())
                .addRelations(relation())
                .startDate(LocalDate.of(2021, 9, 1))
                .build();
    }

    /** {@link #operator()}, {@link #franceTravailOperator()}, {@link #pathway()} and {@link #cooperation()}. */
    public static Dataset dataset() {
        return new Dataset(List.of(operator(), franceTravailOperator()), List.of(pathway()),
                List.of(cooperation()));
    }
}
