package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import org.cepkit.model.cooperation.ImmutableContext;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.ImmutablePartner;
import org.cepkit.model.cooperation.ImmutableRelation;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.ImmutableOperatorRef;
import org.cepkit.model.operator.ImmutableSite;
import org.cepkit.model.pathway.ImmutableActionPlan;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutableGoal;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.ImmutableReferral;
import org.cepkit.model.pathway.ImmutableService;
import org.cepkit.model.territory.ImmutableTerritory;
import org.cepkit.model.testing.BeanValidation;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.Dataset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of every generated record: it passes Bean Validation and survives an Immutables copy. */
class GeneratedRecordsTest {

    private static final int EXAMPLES = 200;

    @Test
    void generatedOperatorsHaveNoConstraintViolation() {
        assertValid(CepGenerators.operators());
    }

    @Test
    void generatedPathwaysHaveNoConstraintViolation() {
        assertValid(CepGenerators.pathways());
    }

    @Test
    void generatedCooperationsHaveNoConstraintViolation() {
        assertValid(CepGenerators.cooperations());
    }

    @Test
    void generatedDatasetRecordsHaveNoConstraintViolation() {
        qt().withExamples(100).forAll(CepGenerators.datasets()).checkAssert(dataset ->
                assertThat(dataset.records()).allSatisfy(record ->
                        assertThat(BeanValidation.violations(record)).isEmpty()));
    }

    @Test
    void generatedNestedValuesHaveNoConstraintViolation() {
        assertValid(CepGenerators.sites());
        assertValid(CepGenerators.operatorRefs());
        assertValid(CepGenerators.beneficiaries());
        assertValid(CepGenerators.services());
        assertValid(CepGenerators.referrals());
        assertValid(CepGenerators.goals());
        assertValid(CepGenerators.actionPlans());
        assertValid(CepGenerators.territories());
        assertValid(CepGenerators.partners());
        assertValid(CepGenerators.contexts());
        assertValid(CepGenerators.relations());
    }

    @Test
    void copyOfAGeneratedOperatorIsEqualWithTheSameHashCode() {
        assertCopiesEqual(CepGenerators.operators(), ImmutableOperator::copyOf,
                operator -> ImmutableOperator.builder().from(operator).build());
    }

    @Test
    void copyOfAGeneratedPathwayIsEqualWithTheSameHashCode() {
        assertCopiesEqual(CepGenerators.pathways(), ImmutablePathway::copyOf,
                pathway -> ImmutablePathway.builder().from(pathway).build());
    }

    @Test
    void copyOfAGeneratedCooperationIsEqualWithTheSameHashCode() {
        assertCopiesEqual(CepGenerators.cooperations(), ImmutableCooperation::copyOf,
                cooperation -> ImmutableCooperation.builder().from(cooperation).build());
    }

    @Test
    void copyOfEveryGeneratedNestedValueIsEqualWithTheSameHashCode() {
        assertCopiesEqual(CepGenerators.sites(), ImmutableSite::copyOf,
                site -> ImmutableSite.builder().from(site).build());
        assertCopiesEqual(CepGenerators.operatorRefs(), ImmutableOperatorRef::copyOf,
                ref -> ImmutableOperatorRef.builder().from(ref).build());
        assertCopiesEqual(CepGenerators.beneficiaries(), ImmutableBeneficiary::copyOf,
                beneficiary -> ImmutableBeneficiary.builder().from(beneficiary).build());
        assertCopiesEqual(CepGenerators.services(), ImmutableService::copyOf,
                service -> ImmutableService.builder().from(service).build());
        assertCopiesEqual(CepGenerators.referrals(), ImmutableReferral::copyOf,
                referral -> ImmutableReferral.builder().from(referral).build());
        assertCopiesEqual(CepGenerators.goals(), ImmutableGoal::copyOf,
                goal -> ImmutableGoal.builder().from(goal).build());
        assertCopiesEqual(CepGenerators.actionPlans(), ImmutableActionPlan::copyOf,
                plan -> ImmutableActionPlan.builder().from(plan).build());
        assertCopiesEqual(CepGenerators.territories(), ImmutableTerritory::copyOf,
                territory -> ImmutableTerritory.builder().from(territory).build());
        assertCopiesEqual(CepGenerators.partners(), ImmutablePartner::copyOf,
                partner -> ImmutablePartner.builder().from(partner).build());
        assertCopiesEqual(CepGenerators.contexts(), ImmutableContext::copyOf,
                context -> ImmutableContext.builder().from(context).build());
        assertCopiesEqual(CepGenerators.relations(), ImmutableRelation::copyOf,
                relation -> ImmutableRelation.builder().from(relation).build());
    }

    @Test
    void aChangedIdMakesAGeneratedRecordUnequal() {
        qt().withExamples(EXAMPLES).forAll(CepGenerators.pathways()).checkAssert(pathway ->
                assertThat(ImmutablePathway.copyOf(pathway).withId(pathway.getId() + "x")).isNotEqualTo(pathway));
    }

    @Test
    void generatedRecordsReportTheirType() {
        qt().withExamples(20).forAll(CepGenerators.datasets()).checkAssert((Dataset dataset) -> {
            assertThat(dataset.operators()).allMatch(operator -> operator.getType() == RecordType.OPERATOR);
            assertThat(dataset.pathways()).allMatch(pathway -> pathway.getType() == RecordType.PATHWAY);
            assertThat(dataset.cooperations())
                    .allMatch(cooperation -> cooperation.getType() == RecordType.COOPERATION);
        });
    }

    private static <T> void assertValid(Gen<T> generator) {
        qt().withExamples(EXAMPLES).forAll(generator).checkAssert(value ->
                assertThat(BeanValidation.violations(value)).isEmpty());
    }

    /** {@code copyOf} and a rebuilt copy both equal the original, with its hash code. */
    private static <T> void assertCopiesEqual(Gen<T> generator, Function<T, ? extends T> copyOf,
            Function<T, ? extends T> rebuild) {
        qt().withExamples(EXAMPLES).forAll(generator).checkAssert(value -> {
            T copy = copyOf.apply(value);
            T rebuilt = rebuild.apply(value);
            assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
            assertThat(rebuilt).isNotSameAs(value).isEqualTo(value).hasSameHashCodeAs(value);
            assertThat(rebuilt.toString()).isEqualTo(value.toString());
        });
    }
}
