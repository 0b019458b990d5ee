package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.findings;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cepkit.model.CepRecord;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.Fixtures.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * Invariants over the shared generated records ({@link CepGenerators}), validated on their reference date:
 * valid records stay valid, and each targeted mutation yields exactly its rule.
 */
class GeneratedRecordsTest {

    private static final long SEED = 20260630L;

    private static final CepValidator VALIDATOR = CepValidator.create(
            Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).build());

    private static Gen<CepRecord> records() {
        Gen<CepRecord> pathways = CepGenerators.pathways().map(CepRecord.class::cast);
        Gen<CepRecord> operators = CepGenerators.operators().map(CepRecord.class::cast);
        Gen<CepRecord> cooperations = CepGenerators.cooperations().map(CepRecord.class::cast);
        return pathways.mix(operators, 30).mix(cooperations, 25);
    }

    @Test
    void generatedRecordsHaveNoError() {
        qt().withFixedSeed(SEED).withExamples(1_000).forAll(records()).checkAssert(record -> {
            ValidationReport report = VALIDATOR.validate(record);

            assertThat(report.isValid()).as("%s", report).isTrue();
        });
    }

    @Test
    void generatedRecordsHaveNoIssueAtAll() {
        qt().withFixedSeed(SEED + 1).withExamples(500).forAll(records())
                .checkAssert(record -> assertThat(findings(VALIDATOR.validate(record))).isEmpty());
    }

    @Test
    void generatedDatasetsHaveNoIssueAndEveryRuleApplied() {
        qt().withFixedSeed(SEED + 2).withExamples(300).forAll(CepGenerators.datasets()).checkAssert(dataset -> {
            ValidationReport report = VALIDATOR.validate(dataset.records());

            assertThat(report.isValid()).isTrue();
            assertThat(findings(report)).isEmpty();
            assertThat(report.rulesNotApplied()).isEmpty();
            assertThat(report.records()).isEqualTo(dataset.records().size());
        });
    }

    @Test
    void aDatasetGivenAsARegistryValidatesItsRecordsOneByOne() {
        qt().withFixedSeed(SEED + 3).withExamples(100).forAll(CepGenerators.datasets()).checkAssert(dataset -> {
            CepValidator knowing = CepValidator.create(VALIDATOR.profile().toBuilder()
                    .operators(OperatorRegistry.of(dataset.operators())).build());

            for (CepRecord record : dataset.records()) {
                assertThat(findings(knowing.validate(record))).isEmpty();
            }
        });
    }

    @Test
    void aDuplicatedRecordIsTheOnlyErrorOfItsDataset() {
        qt().withFixedSeed(SEED + 4).withExamples(200).forAll(CepGenerators.datasets(), integers().between(0, 999))
                .checkAssert((dataset, n) -> {
                    List<CepRecord> records = new ArrayList<>(dataset.records());
                    CepRecord twice = records.get(n % records.size());
                    records.add(twice);

                    assertThat(findings(VALIDATOR.validate(records))).containsExactly(
                            Fixtures.error("dataset.duplicate-id", "/id", twice.getId()));
                });
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void aTargetedMutationYieldsExactlyItsRule(Mutation mutation) {
        qt().withFixedSeed(SEED + mutation.ordinal()).withExamples(150)
                .forAll(mutation.source(), integers().between(0, 999))
                .checkAssert((pathway, n) -> {
                    Pathway mutated = mutation.apply(pathway, n);

                    assertThat(findings(VALIDATOR.validate(mutated)))
                            .containsExactlyInAnyOrderElementsOf(mutation.expected(mutated));
                });
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void aMutatedPathwayBreaksOnlyItsOwnRuleInADataset(Mutation mutation) {
        AtomicInteger mutated = new AtomicInteger();
        qt().withFixedSeed(SEED - mutation.ordinal()).withExamples(60)
                .forAll(CepGenerators.datasets(), integers().between(0, 999))
                .checkAssert((dataset, n) -> {
                    List<Pathway> candidates = dataset.pathways().stream().filter(mutation::isMeantFor).toList();
                    if (candidates.isEmpty()) {
                        return;
                    }
                    Pathway original = candidates.get(n % candidates.size());
                    Pathway changed = mutation.apply(original, n);
                    List<CepRecord> records = dataset.records().stream()
                            .map(record -> record == original ? changed : record).toList();

                    assertThat(findings(VALIDATOR.validate(records)))
                            .containsExactlyInAnyOrderElementsOf(mutation.expected(changed));
                    mutated.incrementAndGet();
                });
        assertThat(mutated).as("datasets with a pathway to mutate").hasPositiveValue();
    }
}
