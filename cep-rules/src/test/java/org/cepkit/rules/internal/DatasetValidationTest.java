package org.cepkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findings;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Sex;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;
import org.cepkit.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code dataset.duplicate-id}: within one input, two records of one type never share an id. */
class DatasetValidationTest {

    @Test
    void aSecondPathwayWithTheSameIdIsReportedOnTheSecond() {
        Pathway first = pathway(OperatorFamily.MISSION_LOCALE);
        Pathway second = pathway(OperatorFamily.FRANCE_TRAVAIL);

        ValidationReport report = validator().validate(List.of(first, second));

        assertThat(findings(report)).containsExactly(error("dataset.duplicate-id", "/id", PATHWAY_ID));
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.valid()).isEqualTo(1);
        assertThat(report.invalid()).isEqualTo(1);
    }

    @Test
    void theFirstRecordOfAnIdStaysValid() {
        DatasetValidation dataset = DatasetValidation.start(validator(), List.of());

        assertThat(dataset.validate(pathway(OperatorFamily.MISSION_LOCALE))).isEmpty();
        assertThat(dataset.validate(pathway(OperatorFamily.FRANCE_TRAVAIL))).extracting(Issue::rule)
                .containsExactly("dataset.duplicate-id");
    }

    @Test
    void everyRepetitionIsReported() {
        Pathway pathway = pathway(OperatorFamily.MISSION_LOCALE);

        ValidationReport report = validator().validate(List.of(pathway, pathway, pathway));

        assertThat(findings(report)).containsExactly(error("dataset.duplicate-id", "/id", PATHWAY_ID),
                error("dataset.duplicate-id", "/id", PATHWAY_ID));
    }

    @Test
    void anOperatorAndAPathwayMayShareAnId() {
        Operator operator = operator(OperatorFamily.MISSION_LOCALE);
        Pathway namedLikeIt = pathway(OperatorFamily.MISSION_LOCALE).withId(operator.getId());

        assertThat(findings(validator().validate(List.of(operator, namedLikeIt)))).isEmpty();
    }

    @Test
    void twoOperatorsWithTheSameIdAreReported() {
        ImmutableOperator operator = operator(OperatorFamily.MISSION_LOCALE);
        String id = operatorId(OperatorFamily.MISSION_LOCALE);

        assertThat(findings(validator().validate(List.of(operator, operator.withName("Autre")))))
                .containsExactly(error("dataset.duplicate-id", "/id", id));
    }

    @Test
    void idsAreComparedExactly() {
        Pathway lower = pathway(OperatorFamily.MISSION_LOCALE).withId("pw-a");
        Pathway upper = pathway(OperatorFamily.MISSION_LOCALE).withId("PW-A");

        assertThat(findings(validator().validate(List.of(lower, upper)))).isEmpty();
    }

    @Test
    void oneRecordAtATimeIsNoDataset() {
        CepValidator validator = validator();
        Pathway pathway = pathway(OperatorFamily.MISSION_LOCALE);

        assertThat(findings(validator.validate(pathway))).isEmpty();
        assertThat(findings(validator.validate(pathway))).isEmpty();
    }

    @Test
    void theDuplicateRuleCanBeDisabled() {
        CepValidator lenient = CepValidator.create(Fixtures.profile().disable("dataset.duplicate-id").build());
        Pathway pathway = pathway(OperatorFamily.MISSION_LOCALE);

        assertThat(findings(lenient.validate(List.of(pathway, pathway)))).isEmpty();
    }

    @Test
    void aStreamReaderChecksTheIdsOfRecordsItCouldNotBuild() {
        DatasetValidation dataset = DatasetValidation.start(validator(), List.of());

        assertThat(dataset.checkId(RecordType.PATHWAY, "pw-9")).isEmpty();
        assertThat(dataset.checkId(RecordType.COOPERATION, "pw-9")).isEmpty();
        assertThat(dataset.checkId(RecordType.PATHWAY, "pw-9")).hasValueSatisfying(issue -> {
            assertThat(issue.rule()).isEqualTo("dataset.duplicate-id");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.path()).isEqualTo("/id");
        });
    }

    @Test
    void aStreamedDatasetValidatesRecordByRecord() {
        Operator operator = operator(OperatorFamily.MISSION_LOCALE);
        DatasetValidation dataset = DatasetValidation.start(validator(), List.of(operator));
        Pathway pathway = pathway(OperatorFamily.MISSION_LOCALE);

        assertThat(dataset.registry()).isPresent();
        assertThat(dataset.rulesNotApplied()).isEmpty();
        assertThat(dataset.validate(operator)).isEmpty();
        assertThat(dataset.validate(pathway)).isEmpty();
        assertThat(dataset.validate(pathway)).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("dataset.duplicate-id");
            assertThat(issue.record()).contains(PATHWAY_ID);
        });
    }

    /**
     * What {@code cep validate} does with a file read in parallel: the keys worked out on several threads, then
     * checked in order. The issues are those of the records checked one at a time, and the duplicate ids are
     * exactly those of a {@code HashSet}.
     */
    @Test
    void keysWorkedOutOnOtherThreadsGiveTheIssuesOfOneAtATime() {
        Random random = new Random(42);
        ImmutablePathway base = pathway(OperatorFamily.MISSION_LOCALE);
        LocalDate born = base.getBeneficiary().getBirthDate();
        List<Pathway> pathways = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            int person = random.nextInt(8_000);
            pathways.add(Fixtures.withBeneficiary(base.withId("pw-" + random.nextInt(25_000)), b -> b
                    .withId("b-" + person)
                    .withBirthDate(born.plusDays(random.nextInt(50) == 0 ? 1 : 0))
                    .withSex(Sex.values()[random.nextInt(60) == 0 ? 1 : 0])));
        }
        // a record of which only the type and id were read, another whose beneficiary id could not be read
        List<List<String>> unreadable = new ArrayList<>();
        for (int i = 0; i < pathways.size(); i++) {
            unreadable.add(i % 97 == 0 ? List.of("/beneficiary/id") : List.of());
        }

        DatasetValidation oneAtATime = DatasetValidation.start(validator(), List.of());
        List<List<Issue>> expected = new ArrayList<>();
        for (int i = 0; i < pathways.size(); i++) {
            Pathway pathway = pathways.get(i);
            expected.add(oneAtATime.check(DatasetValidation.key(RecordType.PATHWAY, pathway.getId(),
                    i % 89 == 0 ? null : pathway, unreadable.get(i))));
        }
        List<DatasetValidation.RecordKey> keys = IntStream.range(0, pathways.size()).parallel()
                .mapToObj(i -> DatasetValidation.key(RecordType.PATHWAY, pathways.get(i).getId(),
                        i % 89 == 0 ? null : pathways.get(i), unreadable.get(i)))
                .toList();
        DatasetValidation inOrder = DatasetValidation.start(validator(), List.of());
        List<List<Issue>> actual = keys.stream().map(inOrder::check).toList();

        assertThat(actual).isEqualTo(expected);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pathways.size(); i++) {
            boolean duplicate = !seen.add(pathways.get(i).getId());
            assertThat(actual.get(i).stream().anyMatch(issue -> issue.rule().equals("dataset.duplicate-id")))
                    .isEqualTo(duplicate);
        }
        assertThat(actual.stream().flatMap(List::stream).map(Issue::path).distinct())
                .containsExactlyInAnyOrder("/id", "/beneficiary/birthDate", "/beneficiary/sex");
    }
}
