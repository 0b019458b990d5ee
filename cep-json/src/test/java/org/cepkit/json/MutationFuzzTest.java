package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.cepkit.json.Mutants.Mutant;
import org.cepkit.model.CepRecord;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.Issue;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Valid records mutated into hostile input ({@link Mutants}), 105,000 of them in all, read one at a time, as
 * NDJSON streams and as {@code .json} arrays. Whatever the input: no exception escapes, every record read is
 * counted once as valid or invalid, and every issue is well formed (a rule of the catalogue, a severity, a JSON
 * Pointer, a message) and repeats no value of the input that it cannot trust.
 */
class MutationFuzzTest {

    private static final int SINGLE_RECORDS = 60_000;
    private static final int STREAMS = 2_000;
    private static final int LINES_PER_STREAM = 20;
    private static final int DOCUMENTS = 1_000;
    private static final int RECORDS_PER_DOCUMENT = 5;

    private static final AtomicLong INPUTS = new AtomicLong();

    private final CepJson strict = JsonFixtures.STRICT;
    private final CepJson lenient = JsonFixtures.LENIENT;

    @AfterAll
    static void tellHowManyInputsWereRun() {
        System.out.println("MutationFuzzTest: " + INPUTS.get() + " mutated inputs");
    }

    @Test
    void everyMutatedRecordYieldsAResultWithWellFormedIssues() {
        AtomicLong run = new AtomicLong();
        qt().withExamples(SINGLE_RECORDS).forAll(Mutants.mutants(), Generate.booleans()).checkAssert((mutant, lax) -> {
            run.incrementAndGet();
            RecordResult[] result = new RecordResult[1];
            assertThatCode(() -> result[0] = (lax ? lenient : strict).validate(mutant.text()))
                    .as("%s", mutant).doesNotThrowAnyException();

            assertThat(result[0]).as("%s", mutant).isNotNull();
            assertWellFormed(result[0].issues(), mutant);
            if (result[0].record().isPresent()) {
                assertThat(result[0].type()).as("%s", mutant).isPresent();
                assertThat(result[0].id()).as("%s", mutant).isPresent();
            } else {
                assertThat(result[0].isValid()).as("a record not built is invalid: %s", mutant).isFalse();
            }
        });
        INPUTS.addAndGet(run.get());
        assertThat(run.get()).isGreaterThanOrEqualTo(atLeast(SINGLE_RECORDS));
    }

    @Test
    void everyNonBlankLineOfAMutatedStreamIsOneRecordCountedOnce() {
        AtomicLong run = new AtomicLong();
        Gen<NdjsonStream> streams = in -> NdjsonStream.of(Mutants.mutants(LINES_PER_STREAM).generate(in), in);
        qt().withExamples(STREAMS).forAll(streams).checkAssert(stream -> {
            run.addAndGet(stream.mutants.size());
            List<RecordResult> results = new ArrayList<>();
            List<String> inputErrors = new ArrayList<>();
            JsonInput input = stream.input("fuzz.ndjson");
            ValidationReport[] report = new ValidationReport[1];
            assertThatCode(() -> report[0] = strict.validate(List.of(input), true, new ReportSink() {
                @Override
                public void record(RecordResult result) {
                    results.add(result);
                }

                @Override
                public void inputError(JsonInput failed, IOException error) {
                    inputErrors.add(String.valueOf(error));
                }
            })).as("%s", stream).doesNotThrowAnyException();

            assertThat(inputErrors).as("%s", stream).isEmpty();
            assertThat(results).extracting(RecordResult::line).as("%s", stream)
                    .containsExactlyElementsOf(stream.nonBlankLines());
            assertCounts(report[0], results, stream);
            for (RecordResult result : results) {
                assertThat(result.input()).isEqualTo("fuzz.ndjson");
                assertWellFormed(result.issues(), stream);
                assertThat(result.issues()).allSatisfy(issue -> {
                    assertThat(issue.file()).contains("fuzz.ndjson");
                    assertThat(issue.line()).isEqualTo(result.line());
                });
            }
        });
        INPUTS.addAndGet(run.get());
        assertThat(run.get()).isGreaterThanOrEqualTo(atLeast(STREAMS * LINES_PER_STREAM));
    }

    @Test
    void aJsonArrayOfMutatedRecordsNeverThrowsAndCountsWhatItReads() {
        AtomicLong run = new AtomicLong();
        qt().withExamples(DOCUMENTS).forAll(Mutants.mutants(RECORDS_PER_DOCUMENT)).checkAssert(mutants -> {
            run.addAndGet(mutants.size());
            byte[] array = array(mutants);
            List<RecordResult> results = new ArrayList<>();
            ValidationReport[] report = new ValidationReport[1];
            assertThatCode(() -> report[0] = strict.validate(List.of(JsonFixtures.document("fuzz.json", array)),
                    true, new ReportSink() {
                        @Override
                        public void record(RecordResult result) {
                            results.add(result);
                        }

                        @Override
                        public void inputError(JsonInput input, IOException error) {
                            throw new AssertionError(error);
                        }
                    })).as("%s", mutants).doesNotThrowAnyException();

            assertThat(results).as("%s", mutants).isNotEmpty();
            assertCounts(report[0], results, mutants);
            results.forEach(result -> assertWellFormed(result.issues(), mutants));
        });
        INPUTS.addAndGet(run.get());
        assertThat(run.get()).isGreaterThanOrEqualTo(atLeast(DOCUMENTS * RECORDS_PER_DOCUMENT));
    }

    /** QuickTheories skips an example whose draws it has already tried, so a few fewer inputs than asked run. */
    private static long atLeast(int inputs) {
        return inputs * 99L / 100;
    }

    // ---- invariants

    private static void assertCounts(ValidationReport report, List<RecordResult> results, Object input) {
        List<Issue> issues = results.stream().flatMap(result -> result.issues().stream()).toList();
        assertThat(report.records()).as("%s", input).isEqualTo(results.size())
                .isEqualTo(report.valid() + report.invalid());
        assertThat(report.invalid()).isEqualTo(results.stream().filter(result -> !result.isValid()).count());
        assertThat(report.errors()).isEqualTo(count(issues, Severity.ERROR));
        assertThat(report.warnings()).isEqualTo(count(issues, Severity.WARNING));
        assertThat(report.infos()).isEqualTo(count(issues, Severity.INFO));
        assertThat(report.issues()).hasSameSizeAs(issues);
    }

    private static long count(Collection<Issue> issues, Severity severity) {
        return issues.stream().filter(issue -> issue.severity() == severity).count();
    }

    /**
     * Each issue names a rule of the catalogue, a severity, a JSON Pointer and a message. No message quotes the
     * beneficiary's birth date or id, nor a mutation's marker, except the messages that name an operator by a valid
     * id (the marker may have become one). Every token of a pointer is a name a report may repeat (the names of the
     * wire format among them) or {@code ~unknown}, and a record is named only by a reportable id.
     */
    private static void assertWellFormed(List<Issue> issues, Object input) {
        List<String> secrets = new ArrayList<>(List.of(Mutants.MARKER));
        origins(input).stream().filter(Pathway.class::isInstance).map(Pathway.class::cast).forEach(pathway -> {
            secrets.add(pathway.getBeneficiary().getBirthDate().toString());
            secrets.add(pathway.getBeneficiary().getId());
        });
        for (Issue issue : issues) {
            assertThat(RuleCatalogue.builtIn().find(issue.rule())).as("rule %s of %s", issue.rule(), input).isPresent();
            assertThat(issue.severity()).isNotNull();
            assertThat(issue.path().isEmpty() || issue.path().startsWith("/")).as("path of %s in %s", issue, input)
                    .isTrue();
            if (!issue.path().isEmpty()) {
                assertThat(issue.path().substring(1).split("/", -1)).as("path of %s in %s", issue, input)
                        .allMatch(token -> token.equals(Issue.UNKNOWN_NAME) || Issue.isReportableName(token));
            }
            issue.record().ifPresent(id -> assertThat(Issue.isReportableRecordId(id))
                    .as("record of %s in %s", issue, input).isTrue());
            assertThat(issue.message()).as("message of %s", issue).isNotBlank();
            boolean namesAnOperator = RuleCatalogue.builtIn().get(issue.rule()).messageTemplate(Locale.FRENCH)
                    .contains("{operator}");
            for (String secret : secrets) {
                if (!namesAnOperator || !secret.equals(Mutants.MARKER)) {
                    assertThat(issue.message()).as("message of %s in %s", issue, input).doesNotContain(secret);
                }
            }
        }
    }

    private static List<CepRecord> origins(Object input) {
        if (input instanceof Mutant mutant) {
            return List.of(mutant.origin());
        }
        if (input instanceof NdjsonStream stream) {
            return stream.mutants.stream().map(Mutant::origin).toList();
        }
        return ((List<?>) input).stream().map(m -> ((Mutant) m).origin()).toList();
    }

    private static byte[] array(List<Mutant> mutants) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(JsonFixtures.utf8("[\n"));
        for (int i = 0; i < mutants.size(); i++) {
            parts.add(mutants.get(i).bytes());
            parts.add(JsonFixtures.utf8(i < mutants.size() - 1 ? ",\n" : "\n]\n"));
        }
        return JsonFixtures.concat(parts.toArray(byte[][]::new));
    }

    /**
     * An NDJSON stream of mutants, one a line, with blank lines between some, CRLF or LF endings, maybe a byte
     * order mark and maybe no final line feed. A mutant may hold line feeds of its own (a flipped byte, garbage).
     */
    private static final class NdjsonStream {
        final List<Mutant> mutants;
        final byte[] bytes;

        private NdjsonStream(List<Mutant> mutants, byte[] bytes) {
            this.mutants = mutants;
            this.bytes = bytes;
        }

        static NdjsonStream of(List<Mutant> mutants, RandomnessSource in) {
            List<byte[]> parts = new ArrayList<>();
            if (Mutants.chance(in, 10)) {
                parts.add(JsonFixtures.BOM);
            }
            String[] blanks = {"", " ", "\t", " \t ", "\r"};
            for (int i = 0; i < mutants.size(); i++) {
                while (Mutants.chance(in, 10)) {
                    parts.add(JsonFixtures.utf8(Mutants.pick(in, List.of(blanks)) + "\n"));
                }
                parts.add(mutants.get(i).bytes());
                boolean last = i == mutants.size() - 1;
                if (!last || Mutants.chance(in, 80)) {
                    parts.add(JsonFixtures.utf8(Mutants.chance(in, 30) ? "\r\n" : "\n"));
                }
            }
            return new NdjsonStream(mutants, JsonFixtures.concat(parts.toArray(byte[][]::new)));
        }

        JsonInput input(String name) {
            return JsonInput.of(name, JsonInput.Format.NDJSON, () -> new ByteArrayInputStream(bytes), true);
        }

        /**
         * The 1-based numbers of the lines that hold something: a line is blank when, without its final carriage
         * return, it holds only spaces and tabs. A byte order mark at the start is no content.
         */
        List<Long> nonBlankLines() {
            int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            List<Long> lines = new ArrayList<>();
            long number = 0;
            int from = start;
            while (from < bytes.length) {
                int end = from;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                number++;
                int last = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
                for (int i = from; i < last; i++) {
                    if (bytes[i] != ' ' && bytes[i] != '\t') {
                        lines.add(number);
                        break;
                    }
                }
                from = end + 1;
            }
            return lines;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("stream of ").append(bytes.length).append(" bytes:");
            for (Mutant mutant : mutants) {
                out.append("\n  ").append(mutant);
            }
            return out.toString();
        }
    }
}
