package org.cepkit.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cepkit.model.CepRecord;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.Dataset;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures.Mutation;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC §6 and §9: an issue's message never carries a beneficiary's values (id, birth date, residence, employer
 * SIRET), in French or in English, even when the issue is about that very value. The age, a small number, may
 * appear as a bound of the rule ("16 à 25 ans") and is not checked.
 */
class MessagesCarryNoBeneficiaryValueTest {

    private static final List<CepValidator> VALIDATORS = List.of(
            CepValidator.create(Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).build()),
            CepValidator.create(Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE)
                    .locale(Locale.ENGLISH).build()));

    /** The texts of a beneficiary's personal values, as a message could spell them. */
    private static List<String> personalValues(Beneficiary beneficiary) {
        List<String> values = new ArrayList<>();
        values.add(beneficiary.getId());
        values.add(beneficiary.getBirthDate().toString());
        values.add(beneficiary.getResidence().value());
        beneficiary.getEmployerSiret().ifPresent(siret -> values.add(siret.value()));
        return values;
    }

    private static void assertNoPersonalValue(List<Issue> issues, Beneficiary beneficiary) {
        for (Issue issue : issues) {
            for (String value : personalValues(beneficiary)) {
                assertThat(issue.message()).as("%s", issue).doesNotContain(value);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void noMessageAboutAMutatedPathwayCarriesItsBeneficiarysValues(Mutation mutation) {
        qt().withFixedSeed(9L + mutation.ordinal()).withExamples(100)
                .forAll(mutation.source(), integers().between(0, 999))
                .checkAssert((pathway, n) -> {
                    Pathway mutated = mutation.apply(pathway, n);
                    for (CepValidator validator : VALIDATORS) {
                        List<Issue> issues = validator.validate(mutated).issues();

                        assertThat(issues).isNotEmpty();
                        assertNoPersonalValue(issues, mutated.getBeneficiary());
                    }
                });
    }

    @Test
    void noMessageAboutAMultiplyBrokenDatasetCarriesABeneficiarysValues() {
        qt().withFixedSeed(11L).withExamples(100)
                .forAll(CepGenerators.datasets(), integers().between(0, 999))
                .checkAssert((dataset, n) -> {
                    List<CepRecord> records = breakEveryPathway(dataset, n);
                    for (CepValidator validator : VALIDATORS) {
                        List<Issue> issues = validator.validate(records).issues();

                        assertThat(issues).isNotEmpty();
                        for (CepRecord record : records) {
                            if (record instanceof Pathway pathway) {
                                assertNoPersonalValue(issues, pathway.getBeneficiary());
                            }
                        }
                    }
                });
    }

    /** Every pathway of the dataset changed by every mutation meant for it, one after the other. */
    private static List<CepRecord> breakEveryPathway(Dataset dataset, int n) {
        List<CepRecord> records = new ArrayList<>(dataset.operators());
        for (Pathway pathway : dataset.pathways()) {
            Pathway broken = pathway;
            for (Mutation mutation : Mutation.values()) {
                if (mutation.isMeantFor(broken)) {
                    broken = mutation.apply(broken, n);
                }
            }
            records.add(broken);
        }
        records.addAll(dataset.cooperations());
        return records;
    }
}
