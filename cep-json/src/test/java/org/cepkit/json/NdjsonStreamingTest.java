package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cepkit.json.Found.error;
import static org.cepkit.json.JsonFixtures.STRICT;
import static org.cepkit.json.JsonFixtures.ndjson;
import static org.cepkit.json.JsonFixtures.stdin;
import static org.cepkit.json.JsonFixtures.text;
import static org.cepkit.json.JsonFixtures.validateAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validating inputs as one dataset: the operator registry (files are read twice, standard input once),
 * {@code dataset.duplicate-id} across inputs, exact summary counts, inputs that cannot be read, and reports that
 * keep only the counts. Every example record is valid on its own and together with the others.
 */
class NdjsonStreamingTest {

    private static final String OPERATOR = text(CepExamples.operator());
    private static final String FRANCE_TRAVAIL = text(CepExamples.franceTravailOperator());
    private static final String PATHWAY = text(CepExamples.pathway());
    private static final String COOPERATION = text(CepExamples.cooperation());

    /** A listener that keeps what it is told. */
    private static final class Recorder implements ReportSink {
        final List<RecordResult> records = new ArrayList<>();
        final List<String> inputErrors = new ArrayList<>();

        @Override
        public void record(RecordResult result) {
            records.add(result);
        }

        @Override
        public void inputError(JsonInput input, IOException error) {
            inputErrors.add(input.name() + ": " + error.getMessage());
        }
    }

    private static JsonInput failingToOpen(String name, boolean repeatable) {
        return JsonInput.of(name, JsonInput.Format.NDJSON, () -> {
            throw new IOException("disk unplugged");
        }, repeatable);
    }

    @Test
    void operatorsAfterThePathwaysThatNameThemInAFileResolve() {
        List<RecordResult> results = validateAll(STRICT,
                ndjson("all.ndjson", PATHWAY, COOPERATION, OPERATOR, FRANCE_TRAVAIL));
        assertThat(results).hasSize(4).allSatisfy(result -> assertThat(result.issues()).isEmpty());
    }

    @Test
    void operatorsOfOneFileResolveTheReferencesOfAnotherReadBeforeIt() {
        List<RecordResult> results = validateAll(STRICT, ndjson("pathways.ndjson", PATHWAY, COOPERATION),
                ndjson("operators.ndjson", OPERATOR, FRANCE_TRAVAIL));
        assertThat(results).hasSize(4).allSatisfy(result -> assertThat(result.issues()).isEmpty());
    }

    @Test
    void onStdinAnOperatorBeforeItsPathwayResolvesButOneAfterItDoesNot() {
        // standard input is read once: ml-bastia comes before the pathway, ft-bastia (its referral) after it
        List<RecordResult> results = validateAll(STRICT, stdin(OPERATOR, PATHWAY, FRANCE_TRAVAIL));

        assertThat(results).extracting(RecordResult::line).containsExactly(1L, 2L, 3L);
        assertThat(Found.of(results.get(1).issues()))
                .containsExactly(error("reference.unknown-operator", "/referrals/0/to/id"));
        assertThat(results.get(0).issues()).isEmpty();
        assertThat(results.get(2).issues()).isEmpty();
    }

    @Test
    void onStdinRecordsBeforeAnyOperatorAreNotCheckedAgainstARegistryAndTheReportSaysSo() {
        ValidationReport report = STRICT.validate(List.of(stdin(PATHWAY, OPERATOR, FRANCE_TRAVAIL)), true,
                ReportSink.none());

        assertThat(report.issues()).isEmpty();
        assertThat(report.rulesNotApplied()).contains("reference.unknown-operator", "reference.family-mismatch");
    }

    @Test
    void aFileGivenWithStdinLendsItsOperatorsToStdin() {
        List<RecordResult> results = validateAll(STRICT, stdin(PATHWAY),
                ndjson("operators.ndjson", OPERATOR, FRANCE_TRAVAIL));
        assertThat(results).hasSize(3).allSatisfy(result -> assertThat(result.issues()).isEmpty());
    }

    @Test
    void aRecordIdUsedTwiceAcrossTwoFilesIsADuplicateOnTheSecond() {
        List<RecordResult> results = validateAll(STRICT, ndjson("a.ndjson", OPERATOR, PATHWAY),
                ndjson("b.ndjson", FRANCE_TRAVAIL, OPERATOR));

        assertThat(results).extracting(RecordResult::input).containsExactly("a.ndjson", "a.ndjson", "b.ndjson",
                "b.ndjson");
        assertThat(results.subList(0, 3)).allSatisfy(result -> assertThat(result.issues()).isEmpty());
        assertThat(results.get(3).issues()).singleElement().satisfies(issue -> {
            assertThat(Found.of(issue)).isEqualTo(error("dataset.duplicate-id", "/id"));
            assertThat(issue.file()).contains("b.ndjson");
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.record()).contains("ml-bastia");
        });
    }

    @Test
    void theSameIdForTwoRecordTypesIsNoDuplicate() {
        String pathwayNamedLikeTheOperator = JsonEdit.of(CepExamples.pathway()).set("/id", "ml-bastia").text();
        assertThat(validateAll(STRICT, ndjson("a.ndjson", OPERATOR, FRANCE_TRAVAIL, pathwayNamedLikeTheOperator)))
                .allSatisfy(result -> assertThat(result.issues()).isEmpty());
    }

    @Test
    void aRecordThatCouldNotBeBuiltStillClaimsItsId() {
        String broken = JsonEdit.of(CepExamples.pathway()).set("/startDate", "2024-02-30").text();
        List<RecordResult> results = validateAll(STRICT, ndjson("a.ndjson", OPERATOR, FRANCE_TRAVAIL, broken),
                ndjson("b.ndjson", PATHWAY));
        assertThat(Found.of(results.get(3).issues())).containsExactly(error("dataset.duplicate-id", "/id"));
    }

    @Test
    void theSummaryCountsEveryNonBlankLineOnceAsValidOrInvalid() {
        String alias = JsonEdit.of(CepExamples.franceTravailOperator()).set("/family", "POLE_EMPLOI").text();
        String inactive = JsonEdit.of(CepExamples.pathway()).set("/id", "pw-2")
                .set("/beneficiary/status", BeneficiaryStatus.INACTIVE.code()).text();
        String twoFormatErrors = JsonEdit.of(CepExamples.cooperation()).set("/startDate", "2021-09-31")
                .set("/note", "x").text();
        String tooDeep = JsonEdit.of(CepExamples.operator()).set("/id", "deep")
                .set("/x", JsonEdit.raw("[".repeat(32) + "]".repeat(32))).text();
        JsonInput input = ndjson("mix.ndjson",
                OPERATOR,                       // valid
                alias,                          // valid, 1 INFO
                PATHWAY,                        // valid
                inactive,                       // invalid: the rules
                "{\"type\":\"pathway\",",       // invalid: cut short
                "",
                "not json at all",              // invalid: not JSON
                twoFormatErrors,                // invalid: 2 ERRORs
                " \t ",
                tooDeep);                       // invalid: 1 ERROR

        Recorder recorder = new Recorder();
        ValidationReport report = STRICT.validate(List.of(input), true, recorder);

        assertThat(Found.of(recorder.records.get(3).issues()))
                .containsExactly(error("beneficiary.not-eligible", "/beneficiary/status"));
        assertThat(report.records()).isEqualTo(8);
        assertThat(report.valid()).isEqualTo(3);
        assertThat(report.invalid()).isEqualTo(5);
        assertThat(report.records()).isEqualTo(report.valid() + report.invalid());
        assertThat(report.errors()).isEqualTo(6);
        assertThat(report.warnings()).isZero();
        assertThat(report.infos()).isEqualTo(1);
        assertThat(recorder.records).extracting(RecordResult::line).containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 8L, 10L);
        assertThat(recorder.records).extracting(RecordResult::isValid)
                .containsExactly(true, true, true, false, false, false, false, false);
        assertThat(report.issues()).hasSize(recorder.records.stream().mapToInt(r -> r.issues().size()).sum());
    }

    @Test
    void withoutKeepingIssuesTheReportHasNoIssueButTheSameCounts() {
        String invalid = JsonEdit.of(CepExamples.pathway()).set("/startDate", "2024-02-30").text();
        List<JsonInput> inputs = List.of(ndjson("a.ndjson", OPERATOR, invalid, "{", FRANCE_TRAVAIL, PATHWAY));

        ValidationReport kept = STRICT.validate(inputs, true, ReportSink.none());
        Recorder recorder = new Recorder();
        ValidationReport counted = STRICT.validate(inputs, false, recorder);

        assertThat(kept.issues()).isNotEmpty();
        assertThat(counted.issues()).isEmpty();
        assertThat(List.of(counted.records(), counted.valid(), counted.invalid(), counted.errors(),
                counted.warnings(), counted.infos()))
                .containsExactly(kept.records(), kept.valid(), kept.invalid(), kept.errors(), kept.warnings(),
                        kept.infos());
        assertThat(recorder.records).flatExtracting(RecordResult::issues).containsExactlyElementsOf(kept.issues());
    }

    @Test
    void anInputThatCannotBeOpenedIsToldToTheListenerAndTheOthersAreStillValidated() {
        for (boolean repeatable : List.of(true, false)) {
            Recorder recorder = new Recorder();
            ValidationReport report = STRICT.validate(List.of(ndjson("a.ndjson", OPERATOR),
                    failingToOpen("gone.ndjson", repeatable), ndjson("b.ndjson", FRANCE_TRAVAIL, PATHWAY)),
                    true, recorder);

            assertThat(recorder.inputErrors).containsExactly("gone.ndjson: disk unplugged");
            assertThat(recorder.records).extracting(RecordResult::input)
                    .containsExactly("a.ndjson", "b.ndjson", "b.ndjson");
            assertThat(report.records()).isEqualTo(3);
            assertThat(report.isValid()).isTrue();
        }
    }

    @Test
    void aStdinStreamThatFailsMidwayKeepsTheRecordsReadBeforeTheFailure() {
        byte[] head = (OPERATOR + "\n" + FRANCE_TRAVAIL + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private final InputStream bytes = new ByteArrayInputStream(head);

            @Override
            public int read() throws IOException {
                int b = bytes.read();
                if (b < 0) {
                    throw new IOException("connection reset");
                }
                return b;
            }
        };
        Recorder recorder = new Recorder();
        ValidationReport report = STRICT.validate(List.of(JsonInput.stdin(failing), ndjson("b.ndjson", PATHWAY)),
                true, recorder);

        assertThat(recorder.inputErrors).containsExactly("-: connection reset");
        assertThat(recorder.records).extracting(RecordResult::input).containsExactly("-", "-", "b.ndjson");
        assertThat(report.records()).isEqualTo(3);
    }

    @Test
    void theListenerHearsEveryRecordInInputOrderWithItsLine() {
        Recorder recorder = new Recorder();
        STRICT.validate(List.of(ndjson("a.ndjson", OPERATOR, "", FRANCE_TRAVAIL),
                JsonFixtures.document("b.json", "[\n" + PATHWAY + ",\n" + COOPERATION + "\n]")), true, recorder);
        assertThat(recorder.records).extracting(r -> r.input() + ":" + r.line())
                .containsExactly("a.ndjson:1", "a.ndjson:3", "b.json:2", "b.json:3");
    }

    @Test
    void filesAreValidatedByPathWithTheirFormatFromTheExtension(@TempDir Path dir) throws IOException {
        Path lines = Files.writeString(dir.resolve("operators.jsonl"), OPERATOR + "\n" + FRANCE_TRAVAIL + "\n");
        Path array = Files.writeString(dir.resolve("records.json"), "[" + PATHWAY + "," + COOPERATION + "]");

        ValidationReport report = STRICT.validate(array, lines);

        assertThat(report.records()).isEqualTo(4);
        assertThat(report.issues()).isEmpty();
    }

    @Test
    void aMissingFileMakesValidatingByPathThrowAfterTheOthers(@TempDir Path dir) throws IOException {
        Path present = Files.writeString(dir.resolve("a.ndjson"), OPERATOR + "\n");
        assertThatThrownBy(() -> STRICT.validate(present, dir.resolve("missing.ndjson")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("1 input");
    }

    @Test
    void aFileOfAnotherExtensionIsRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonInput.file(Path.of("records.xml")))
                .withMessageContaining("records.xml");
        assertThat(JsonInput.file(Path.of("RECORDS.NDJSON")).format()).isEqualTo(JsonInput.Format.NDJSON);
    }
}
