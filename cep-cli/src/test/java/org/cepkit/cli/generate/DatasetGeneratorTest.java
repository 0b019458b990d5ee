package org.cepkit.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cepkit.json.RecordResult;
import org.cepkit.model.RecordType;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

    @Test
    void validDatasetHasNoError() {
        Generated generated = Generated.of(7, 0, 2_000);

        ValidationReport report = generated.validate();

        assertThat(report.issues()).filteredOn(issue -> issue.severity() == Severity.ERROR).isEmpty();
        assertThat(report.records()).isEqualTo(generated.summary().records());
        assertThat(report.rulesNotApplied()).isEmpty();
        assertThat(generated.summary().invalidByRule()).isEmpty();
    }

    @Test
    void validDatasetRaisesOnlyTheWarningsOfLegitimatePublics() {
        ValidationReport report = Generated.of(8, 0, 2_000).validate();

        Set<String> rules = report.issues().stream().map(Issue::rule).collect(Collectors.toCollection(TreeSet::new));
        // Students at a Mission locale (eligible while seeking work), employees and self-employed at France Travail.
        assertThat(rules).containsExactlyInAnyOrder("beneficiary.eligibility-condition", "france-travail.public");
    }

    @Test
    void invalidRecordsAreExactlyTheInjectedOnes() {
        Generated generated = Generated.of(11, 0.2, 2_000);

        ValidationReport report = generated.validate();

        assertThat(report.invalid()).isEqualTo(generated.summary().invalidRecords());
        assertThat(generated.summary().invalidRecords()).isEqualTo(generated.injectedRuleByLine().size());
        Map<Long, Set<String>> errorsByLine = errorsByLine(report);
        assertThat(errorsByLine.keySet()).isEqualTo(generated.injectedRuleByLine().keySet());
        generated.injectedRuleByLine().forEach((line, rule) ->
                assertThat(errorsByLine.get(line)).as("errors of line %d", line).contains(rule));
        Set<String> reported = report.issues().stream().map(Issue::rule).collect(Collectors.toSet());
        assertThat(reported).containsAll(generated.summary().invalidByRule().keySet());
    }

    @Test
    void everyPathwayIsInvalidAtRateOneAndEveryPathwayViolationOccurs() {
        Generated generated = Generated.of(12, 1, 400);

        ValidationReport report = generated.validate();

        assertThat(generated.summary().invalidRecords()).isGreaterThanOrEqualTo(400);
        assertThat(report.invalid()).isEqualTo(generated.summary().invalidRecords());
        assertThat(errorsByLine(report).keySet()).isEqualTo(generated.injectedRuleByLine().keySet());
        assertThat(generated.summary().invalidByRule().keySet()).containsAll(
                Violation.of(RecordType.PATHWAY).stream().map(Violation::rule).toList());
    }

    @Test
    void operatorAndCooperationViolationsAreCountedToo() {
        Generated generated = Generated.of(13, 1, 5_000);

        Map<RecordType, Long> injectedByType = new EnumMap<>(RecordType.class);
        List<RecordResult> lines = generated.read();
        generated.injectedRuleByLine().keySet().forEach(line ->
                injectedByType.merge(lines.get((int) (line - 1)).type().orElseThrow(), 1L, Long::sum));

        assertThat(injectedByType).containsKeys(RecordType.OPERATOR, RecordType.PATHWAY);
        assertThat(injectedByType.get(RecordType.PATHWAY)).isEqualTo(5_000);
        assertThat(generated.validate().invalid()).isEqualTo(generated.summary().invalidRecords());
    }

    @Test
    void sameSeedGivesSameBytes() {
        assertThat(Generated.of(42, 0.1, 1_000).bytes()).isEqualTo(Generated.of(42, 0.1, 1_000).bytes());
    }

    @Test
    void oneGeneratorGivesTheSameBytesOnEveryCall() {
        DatasetGenerator generator = new DatasetGenerator(42, 0.1, Generated.REFERENCE_DATE);

        assertThat(Generated.of(generator, 500).bytes()).isEqualTo(Generated.of(generator, 500).bytes());
    }

    @Test
    void differentSeedGivesDifferentBytes() {
        assertThat(Generated.of(42, 0.1, 1_000).bytes()).isNotEqualTo(Generated.of(43, 0.1, 1_000).bytes());
    }

    @Test
    void recordsNotMadeInvalidAreTheSameWhateverTheRate() {
        List<String> valid = Generated.of(5, 0, 1_000).lines();
        Generated withInvalid = Generated.of(5, 0.3, 1_000);
        List<String> lines = withInvalid.lines();

        assertThat(lines).hasSameSizeAs(valid);
        int same = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!withInvalid.injectedRuleByLine().containsKey(i + 1L)) {
                assertThat(lines.get(i)).as("line %d", i + 1).isEqualTo(valid.get(i));
                same++;
            }
        }
        assertThat(same).isGreaterThan(600);
    }

    @Test
    void summaryCountsTheLinesWrittenByType() {
        Generated generated = Generated.of(3, 0.2, 3_000);

        List<RecordResult> lines = generated.read();

        Map<RecordType, Long> byType = lines.stream()
                .collect(Collectors.groupingBy(r -> r.type().orElseThrow(), TreeMap::new, Collectors.counting()));
        GenerationSummary summary = generated.summary();
        assertThat(lines).hasSize((int) summary.records());
        assertThat(generated.lines()).hasSize((int) summary.records());
        assertThat(byType).containsEntry(RecordType.OPERATOR, summary.operators())
                .containsEntry(RecordType.PATHWAY, 3_000L)
                .containsEntry(RecordType.COOPERATION, 3L);
        assertThat(summary.pathways()).isEqualTo(3_000);
    }

    @Test
    void everyLineParsesAsOneRecord() {
        Generated generated = Generated.of(4, 0.2, 2_000);

        for (RecordResult line : generated.read()) {
            assertThat(line.issues()).as("line %d", line.line()).noneMatch(i -> i.rule().equals("format.syntax"));
            assertThat(line.type()).as("line %d", line.line()).isPresent();
            assertThat(line.id()).as("line %d", line.line()).isPresent();
            boolean malformed = "format.commune".equals(generated.injectedRuleByLine().get(line.line()));
            assertThat(line.record().isPresent()).as("line %d", line.line()).isEqualTo(!malformed);
        }
        assertThat(generated.text()).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void writesOperatorsThenPathwaysThenCooperations() {
        List<RecordType> types = Generated.of(9, 0.1, 1_500).read().stream().map(r -> r.type().orElseThrow())
                .toList();

        assertThat(types).isSortedAccordingTo((a, b) -> Integer.compare(order(a), order(b)));
        assertThat(types.get(0)).isEqualTo(RecordType.OPERATOR);
        assertThat(types.get(types.size() - 1)).isEqualTo(RecordType.COOPERATION);
    }

    @Test
    void aDatasetWithoutPathwaysStillHasOperatorsAndOneCooperationPerConfiguration() {
        Generated generated = Generated.of(1, 0, 0);

        assertThat(generated.summary().pathways()).isZero();
        assertThat(generated.summary().operators()).isPositive();
        assertThat(generated.summary().cooperations()).isEqualTo(3);
        assertThat(generated.validate().errors()).isZero();
    }

    @Test
    void largeDatasetStreamsThroughTheWriter() throws IOException {
        CountingWriter out = new CountingWriter();

        GenerationSummary summary = new DatasetGenerator(2, 0.05, Generated.REFERENCE_DATE).generate(20_000, out);

        assertThat(out.lines).isEqualTo(summary.records());
        assertThat(summary.cooperations()).isEqualTo(20);
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
    }

    @Test
    void rejectsRatesOutsideZeroToOne() {
        for (double rate : new double[] {-0.01, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> new DatasetGenerator(1, rate, Generated.REFERENCE_DATE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 1");
        }
    }

    @Test
    void rejectsReferenceDatesBefore2021() {
        assertThatThrownBy(() -> new DatasetGenerator(1, 0, LocalDate.of(2020, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-01-01");
        assertThat(new DatasetGenerator(1, 0, LocalDate.of(2021, 1, 1)).referenceDate())
                .isEqualTo(DatasetGenerator.EARLIEST_REFERENCE_DATE);
    }

    @Test
    void worksAtTheEarliestReferenceDate() {
        Generated generated = Generated.of(new DatasetGenerator(6, 0.2, DatasetGenerator.EARLIEST_REFERENCE_DATE),
                1_000);

        assertThat(generated.validate().invalid()).isEqualTo(generated.summary().invalidRecords());
    }

    @Test
    void rejectsANegativeNumberOfPathways() {
        DatasetGenerator generator = new DatasetGenerator(1, 0, Generated.REFERENCE_DATE);

        assertThatThrownBy(() -> generator.generate(-1, Writer.nullWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    private static Map<Long, Set<String>> errorsByLine(ValidationReport report) {
        return report.issues().stream().filter(issue -> issue.severity() == Severity.ERROR)
                .collect(Collectors.groupingBy(Issue::line, TreeMap::new,
                        Collectors.mapping(Issue::rule, Collectors.toSet())));
    }

    private static int order(RecordType type) {
        return switch (type) {
            case OPERATOR -> 0;
            case PATHWAY -> 1;
            case COOPERATION -> 2;
        };
    }

    /** Counts lines and forgets them, as a pipe to another process would. */
    private static final class CountingWriter extends Writer {
        long lines;
        boolean flushed;
        boolean closed;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(int c) {
            if (c == '\n') {
                lines++;
            }
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
