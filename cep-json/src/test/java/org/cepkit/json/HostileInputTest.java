package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cepkit.json.Found.error;
import static org.cepkit.json.JsonFixtures.BOM;
import static org.cepkit.json.JsonFixtures.ENGLISH;
import static org.cepkit.json.JsonFixtures.STRICT;
import static org.cepkit.json.JsonFixtures.concat;
import static org.cepkit.json.JsonFixtures.document;
import static org.cepkit.json.JsonFixtures.ndjson;
import static org.cepkit.json.JsonFixtures.readAll;
import static org.cepkit.json.JsonFixtures.utf8;
import static org.cepkit.json.JsonFixtures.validateAll;

import java.util.List;
import java.util.stream.Stream;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that is malformed, oversized or built to hurt: each problem makes one record invalid with
 * {@code format.syntax} or {@code format.limit}, never an exception, and in NDJSON never the next line. A
 * {@code .json} array is the documented exception: after a syntax or depth error its parser has no place to
 * resume, so the rest of that document is not read.
 */
class HostileInputTest {

    private static final String OPERATOR = JsonFixtures.text(CepExamples.operator());
    private static final String PATHWAY = JsonFixtures.text(CepExamples.pathway());

    /** The example operator with one more member, {@code "x": json}: strictly one unknown field. */
    private static String operatorWithX(String json) {
        return OPERATOR.substring(0, OPERATOR.length() - 1) + ",\"x\":" + json + "}";
    }

    /** {@code levels} arrays, one inside the other. */
    private static String nested(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    /** A record padded with spaces before its closing brace to exactly {@code bytes} bytes. */
    private static String paddedTo(String record, int bytes) {
        int padding = bytes - utf8(record).length;
        return record.substring(0, record.length() - 1) + " ".repeat(padding) + "}";
    }

    private static List<Found> issuesOfEachLine(CepJson json, byte[] ndjson, int line) {
        return Found.of(readAll(json, ndjson("t.ndjson", ndjson)).get(line - 1).issues());
    }

    private static final Found UNKNOWN_X = error("format.unknown-field", "/x");
    private static final Found LIMIT = error("format.limit", "");
    private static final Found SYNTAX = error("format.syntax", "");

    @Nested
    class RecordSize {

        @Test
        void anNdjsonLineOfOneMebibyteIsReadAndOneByteMoreIsFormatLimitWithoutStoppingTheNextLine() {
            int max = InputLimits.defaults().maxRecordBytes();
            byte[] input = JsonFixtures.lines(paddedTo(OPERATOR, max), paddedTo(OPERATOR, max + 1), OPERATOR);

            List<RecordResult> results = readAll(STRICT, ndjson("big.ndjson", input));

            assertThat(results).extracting(RecordResult::line).containsExactly(1L, 2L, 3L);
            assertThat(results.get(0).issues()).isEmpty();
            assertThat(Found.of(results.get(1).issues())).containsExactly(LIMIT);
            assertThat(results.get(2).issues()).isEmpty();
        }

        @Test
        void aCarriageReturnEndingTheLineDoesNotCountTowardsTheSize() {
            int size = utf8(OPERATOR).length;
            CepJson json = JsonFixtures.strictWith(InputLimits.defaults().withMaxRecordBytes(size));
            byte[] input = utf8(OPERATOR + "\r\n" + paddedTo(OPERATOR, size + 1) + "\r\n");

            List<RecordResult> results = readAll(json, ndjson("crlf.ndjson", input));

            assertThat(results.get(0).issues()).isEmpty();
            assertThat(Found.of(results.get(1).issues())).containsExactly(LIMIT);
        }

        @Test
        void aSingleRecordOverTheSizeIsFormatLimit() {
            int size = utf8(OPERATOR).length;
            CepJson json = JsonFixtures.strictWith(InputLimits.defaults().withMaxRecordBytes(size));
            assertThat(json.validate(OPERATOR).issues()).isEmpty();
            assertThat(Found.of(json.validate(paddedTo(OPERATOR, size + 1)).issues())).containsExactly(LIMIT);
        }

        @Test
        void aJsonArrayElementOverTheSizeIsFormatLimitAndTheNextElementIsStillRead() {
            int size = utf8(OPERATOR).length;
            CepJson json = JsonFixtures.strictWith(InputLimits.defaults().withMaxRecordBytes(size));
            String array = "[\n" + OPERATOR + ",\n" + paddedTo(OPERATOR, size + 1) + ",\n"
                    + operatorWithX("\"" + "a".repeat(2 * size) + "\"") + ",\n" + OPERATOR + "\n]";

            List<RecordResult> results = readAll(json, document("big.json", array));

            assertThat(results).extracting(RecordResult::line).containsExactly(2L, 3L, 4L, 5L);
            assertThat(results.get(0).issues()).isEmpty();
            assertThat(Found.of(results.get(1).issues())).containsExactly(LIMIT);
            assertThat(Found.of(results.get(2).issues())).containsExactly(LIMIT);
            assertThat(results.get(3).issues()).isEmpty();
        }

        @Test
        void aJsonArrayElementThatIsAStringOverTheSizeIsFormatLimitAndTheNextElementIsStillRead() {
            int size = utf8(OPERATOR).length;
            CepJson json = JsonFixtures.strictWith(InputLimits.defaults().withMaxRecordBytes(size));
            String array = "[\n" + JsonEdit.quote("a".repeat(size)) + ",\n" + OPERATOR + "\n]";

            List<RecordResult> results = readAll(json, document("string.json", array));

            assertThat(results).extracting(result -> Found.of(result.issues()))
                    .containsExactly(List.of(LIMIT), List.of());
        }

        @Test
        void aJsonDocumentOfOneRecordOverTheSizeIsFormatLimit() {
            int size = utf8(OPERATOR).length;
            CepJson json = JsonFixtures.strictWith(InputLimits.defaults().withMaxRecordBytes(size));
            assertThat(readAll(json, document("one.json", OPERATOR)).get(0).issues()).isEmpty();
            assertThat(Found.of(readAll(json, document("one.json", paddedTo(OPERATOR, size + 1))).get(0).issues()))
                    .containsExactly(LIMIT);
        }
    }

    @Nested
    class NestingDepth {

        @Test
        void thirtyTwoLevelsAreReadAndThirtyThreeAreFormatLimit() {
            // the record itself is the first level
            assertThat(Found.of(STRICT.read(operatorWithX(nested(31))).issues())).containsExactly(UNKNOWN_X);
            assertThat(Found.of(STRICT.read(operatorWithX(nested(32))).issues())).containsExactly(LIMIT);
        }

        @Test
        void anNdjsonLineTooDeepDoesNotStopTheNextLine() {
            byte[] input = JsonFixtures.lines(operatorWithX(nested(32)), OPERATOR);
            assertThat(issuesOfEachLine(STRICT, input, 1)).containsExactly(LIMIT);
            assertThat(issuesOfEachLine(STRICT, input, 2)).isEmpty();
        }

        @Test
        void aJsonDocumentOfOneRecordHasTheSameDepthLimit() {
            assertThat(Found.of(readAll(STRICT, document("one.json", operatorWithX(nested(31)))).get(0).issues()))
                    .containsExactly(UNKNOWN_X);
            assertThat(Found.of(readAll(STRICT, document("one.json", operatorWithX(nested(32)))).get(0).issues()))
                    .containsExactly(LIMIT);
        }

        @Test
        void anArrayElementHasTheSameDepthLimitAsAnNdjsonLineAndStopsTheDocument() {
            String ok = "[\n" + operatorWithX(nested(31)) + ",\n" + OPERATOR + "\n]";
            assertThat(readAll(STRICT, document("ok.json", ok))).extracting(r -> Found.of(r.issues()))
                    .containsExactly(List.of(UNKNOWN_X), List.of());

            String tooDeep = "[\n" + OPERATOR + ",\n" + operatorWithX(nested(32)) + ",\n" + OPERATOR + "\n]";
            List<RecordResult> results = readAll(STRICT, document("deep.json", tooDeep));
            assertThat(results).extracting(RecordResult::line).containsExactly(2L, 3L);
            assertThat(Found.of(results.get(1).issues())).containsExactly(LIMIT);
        }

        @Test
        void deepObjectsCountLikeDeepArrays() {
            String objects31 = "{\"a\":".repeat(31) + "1" + "}".repeat(31);
            assertThat(Found.of(STRICT.read(operatorWithX(objects31)).issues())).containsExactly(UNKNOWN_X);
            String objects32 = "{\"a\":".repeat(32) + "1" + "}".repeat(32);
            assertThat(Found.of(STRICT.read(operatorWithX(objects32)).issues())).containsExactly(LIMIT);
        }
    }

    @Nested
    class StringsAndNumbers {

        @Test
        void aStringOfTenThousandCharactersIsReadAndOneMoreIsFormatLimit() {
            assertThat(Found.of(STRICT.read(operatorWithX(JsonEdit.quote("a".repeat(10_000)))).issues()))
                    .containsExactly(UNKNOWN_X);
            assertThat(Found.of(STRICT.read(operatorWithX(JsonEdit.quote("a".repeat(10_001)))).issues()))
                    .containsExactly(LIMIT);
        }

        @Test
        void theStringLimitCountsCharactersNotBytes() {
            assertThat(Found.of(STRICT.read(operatorWithX(JsonEdit.quote("é".repeat(10_000)))).issues()))
                    .containsExactly(UNKNOWN_X);
        }

        @Test
        void aFieldNameOverTheStringLimitIsFormatLimit() {
            String longName = OPERATOR.substring(0, OPERATOR.length() - 1) + ",\"" + "k".repeat(10_001) + "\":1}";
            assertThat(Found.of(STRICT.read(longName).issues())).containsExactly(LIMIT);
        }

        @Test
        void aNumberOfAHundredCharactersIsReadAndOneMoreIsFormatLimit() {
            assertThat(Found.of(STRICT.read(operatorWithX("9".repeat(100))).issues())).containsExactly(UNKNOWN_X);
            assertThat(Found.of(STRICT.read(operatorWithX("9".repeat(101))).issues())).containsExactly(LIMIT);
        }

        @Test
        void theSignAndTheFractionCountInTheNumberLength() {
            assertThat(Found.of(STRICT.read(operatorWithX("-" + "9".repeat(99))).issues()))
                    .containsExactly(UNKNOWN_X);
            assertThat(Found.of(STRICT.read(operatorWithX("-" + "9".repeat(100))).issues()))
                    .containsExactly(LIMIT);
            assertThat(Found.of(STRICT.read(operatorWithX("0." + "5".repeat(99))).issues()))
                    .containsExactly(LIMIT);
        }

        @Test
        void aLineOverALimitDoesNotStopTheNextLine() {
            byte[] input = JsonFixtures.lines(operatorWithX(JsonEdit.quote("a".repeat(10_001))),
                    operatorWithX("9".repeat(101)), OPERATOR);
            assertThat(issuesOfEachLine(STRICT, input, 1)).containsExactly(LIMIT);
            assertThat(issuesOfEachLine(STRICT, input, 2)).containsExactly(LIMIT);
            assertThat(issuesOfEachLine(STRICT, input, 3)).isEmpty();
        }
    }

    @Nested
    class CustomLimits {

        private final InputLimits limits = InputLimits.defaults()
                .withMaxStringLength(40).withMaxNumberLength(5).withMaxDepth(4).withMaxRecordBytes(2_000);
        private final CepJson json = JsonFixtures.strictWith(limits);

        @Test
        void theBuilderKeepsTheLimitsGiven() {
            assertThat(json.limits()).isEqualTo(new InputLimits(2_000, 4, 40, 5));
            assertThat(InputLimits.defaults()).isEqualTo(new InputLimits(1 << 20, 32, 10_000, 100));
        }

        @Test
        void eachCustomLimitHasItsBoundary() {
            assertThat(Found.of(json.read(operatorWithX(JsonEdit.quote("a".repeat(40)))).issues()))
                    .containsExactly(UNKNOWN_X);
            assertThat(Found.of(json.read(operatorWithX(JsonEdit.quote("a".repeat(41)))).issues()))
                    .containsExactly(LIMIT);
            assertThat(Found.of(json.read(operatorWithX("12345")).issues())).containsExactly(UNKNOWN_X);
            assertThat(Found.of(json.read(operatorWithX("123456")).issues())).containsExactly(LIMIT);
            assertThat(Found.of(json.read(operatorWithX(nested(3))).issues())).containsExactly(UNKNOWN_X);
            assertThat(Found.of(json.read(operatorWithX(nested(4))).issues())).containsExactly(LIMIT);
            assertThat(Found.of(json.read(paddedTo(OPERATOR, 2_000)).issues())).isEmpty();
            assertThat(Found.of(json.read(paddedTo(OPERATOR, 2_001)).issues())).containsExactly(LIMIT);
        }

        @Test
        void theLimitsOfTheModelAreNotInputLimits() {
            // a pathway's own fields nest four levels deep: the record, actionPlan, goals, one goal
            assertThat(json.read(PATHWAY).issues()).isEmpty();
        }

        @Test
        void limitsMustBePositive() {
            assertThatIllegalArgumentException().isThrownBy(() -> InputLimits.defaults().withMaxDepth(0))
                    .withMessageContaining("maxDepth");
            assertThatIllegalArgumentException().isThrownBy(() -> new InputLimits(-1, 32, 10_000, 100))
                    .withMessageContaining("maxRecordBytes");
        }
    }

    @Nested
    class Syntax {

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"type\":\"operator\",}",
            "{\"type\":\"operator\"",
            "{\"type\" \"operator\"}",
            "{type:\"operator\"}",
            "{'type':'operator'}",
            "{\"type\":\"operator\"} // an operator",
            "{\"type\":\"operator\",\"x\":NaN}",
            "{\"type\":\"operator\",\"x\":01}",
            "{\"type\":\"operator\",\"x\":\"tab\there\"}",
            "{\"type\":\"operator\",\"x\":\"\\q\"}",
            "{\"type\":\"operator\"}{\"type\":\"operator\"}",
            "not json",
            "]"
        })
        void malformedJsonIsFormatSyntaxAndTheNextLineIsStillRead(String line) {
            byte[] input = JsonFixtures.lines(line, OPERATOR);
            assertThat(issuesOfEachLine(STRICT, input, 1)).containsExactly(SYNTAX);
            assertThat(issuesOfEachLine(STRICT, input, 2)).isEmpty();
        }

        @Test
        void aLineCutInTheMiddleOfARecordIsFormatSyntax() {
            for (int cut = 1; cut < PATHWAY.length(); cut += 7) {
                byte[] input = JsonFixtures.lines(PATHWAY.substring(0, cut), PATHWAY);
                assertThat(issuesOfEachLine(STRICT, input, 1)).as("cut at %d", cut).containsExactly(SYNTAX);
                assertThat(issuesOfEachLine(STRICT, input, 2)).isEmpty();
            }
        }

        @Test
        void invalidUtf8InsideAStringIsFormatSyntax() {
            String name = "Mission locale de Bastia";
            int at = OPERATOR.indexOf(name);
            byte[] line = concat(utf8(OPERATOR.substring(0, at) + "Mission "), new byte[] {(byte) 0xC3, (byte) 0x28},
                    utf8(" Bastia" + OPERATOR.substring(at + name.length())));
            byte[] input = concat(line, utf8("\n" + OPERATOR + "\n"));

            assertThat(issuesOfEachLine(STRICT, input, 1)).containsExactly(SYNTAX);
            assertThat(issuesOfEachLine(STRICT, input, 2)).isEmpty();
            assertThat(Found.of(readAll(STRICT, document("bad.json", line)).get(0).issues()))
                    .containsExactly(SYNTAX);
        }

        @Test
        void otherInvalidUtf8SequencesAreFormatSyntax() {
            byte[][] sequences = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xFF}};
            for (byte[] sequence : sequences) {
                byte[] line = concat(utf8("{\"type\":\"operator\",\"id\":\"ml\",\"name\":\"a"), sequence,
                        utf8("b\",\"family\":\"APEC\"}"));
                assertThat(issuesOfEachLine(STRICT, concat(line, utf8("\n")), 1))
                        .as("%s", java.util.Arrays.toString(sequence)).containsExactly(SYNTAX);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
        void aRecordInAnotherUnicodeEncodingIsNotUtf8AndFormatSyntax(String encoding) {
            // Jackson would guess these encodings from the first bytes; the wire format is UTF-8 only
            byte[] encoded = OPERATOR.getBytes(java.nio.charset.Charset.forName(encoding));

            assertThat(Found.of(readAll(STRICT, document("utf16.json", encoded)).get(0).issues()))
                    .containsExactly(SYNTAX);
            assertThat(issuesOfEachLine(STRICT, concat(encoded, utf8("\n" + OPERATOR + "\n")), 1))
                    .containsExactly(SYNTAX);
            assertThat(Found.of(readAll(STRICT, document("utf16.json", concat(utf8("[\n"), encoded, utf8("]"))))
                    .get(0).issues())).containsExactly(SYNTAX);
        }

        @Test
        void aDuplicateKeyIsFormatSyntaxAtThatKeyAndTheOtherProblemsAreStillReported() {
            String text = JsonEdit.of(CepExamples.pathway())
                    .duplicate("/beneficiary/sex", "MALE")
                    .duplicate("/services/1/date", "2024-04-16")
                    .set("/startDate", "2024-02-30")
                    .text();
            RecordResult result = STRICT.validate(text);
            assertThat(Found.of(result.issues())).containsExactlyInAnyOrder(
                    error("format.syntax", "/beneficiary/sex"),
                    error("format.syntax", "/services/1/date"),
                    error("format.date", "/startDate"));
            assertThat(result.record()).isEmpty();
        }

        @Test
        void aDuplicateKeyMakesAnOtherwiseValidRecordInvalid() {
            RecordResult result = STRICT.validate(JsonEdit.of(CepExamples.operator()).duplicate("/name", "Autre")
                    .text());
            assertThat(Found.of(result.issues())).containsExactly(error("format.syntax", "/name"));
            assertThat(result.isValid()).isFalse();
        }
    }

    @Nested
    class Layout {

        @Test
        void aByteOrderMarkIsAcceptedAtTheStartOfAnNdjsonStreamAndOfAJsonDocument() {
            List<RecordResult> lines = readAll(STRICT, ndjson("bom.ndjson", concat(BOM, JsonFixtures.lines(
                    OPERATOR, PATHWAY))));
            assertThat(lines).extracting(RecordResult::line).containsExactly(1L, 2L);
            assertThat(lines).allSatisfy(result -> assertThat(result.issues()).isEmpty());

            List<RecordResult> documents = readAll(STRICT, document("bom.json", concat(BOM, utf8(OPERATOR))));
            assertThat(documents).singleElement().satisfies(result -> {
                assertThat(result.issues()).isEmpty();
                assertThat(result.record()).contains(CepExamples.operator());
            });
        }

        @Test
        void crlfLineEndingsAreRead() {
            byte[] input = utf8(OPERATOR + "\r\n\r\n" + PATHWAY + "\r\n");
            List<RecordResult> results = readAll(STRICT, ndjson("crlf.ndjson", input));
            assertThat(results).extracting(RecordResult::line).containsExactly(1L, 3L);
            assertThat(results).allSatisfy(result -> assertThat(result.issues()).isEmpty());

            List<RecordResult> array = readAll(STRICT, document("crlf.json",
                    "[\r\n" + OPERATOR + ",\r\n" + PATHWAY + "\r\n]\r\n"));
            assertThat(array).extracting(RecordResult::line).containsExactly(2L, 3L);
            assertThat(array).allSatisfy(result -> assertThat(result.issues()).isEmpty());
        }

        @Test
        void blankNdjsonLinesAreSkippedAndNotCountedButKeepTheLineNumbers() {
            byte[] input = utf8("\n   \n\t\n" + OPERATOR + "\n \t \n" + PATHWAY);
            List<RecordResult> results = readAll(STRICT, ndjson("blank.ndjson", input));
            assertThat(results).extracting(RecordResult::line).containsExactly(4L, 6L);
        }

        @Test
        void anEmptyNdjsonStreamHasNoRecordButAnEmptyJsonDocumentIsOneMalformedRecord() {
            assertThat(readAll(STRICT, ndjson("empty.ndjson", new byte[0]))).isEmpty();
            assertThat(readAll(STRICT, document("empty.json", new byte[0]))).singleElement()
                    .satisfies(result -> assertThat(Found.of(result.issues())).containsExactly(SYNTAX));
            assertThat(readAll(STRICT, document("blank.json", " \n\t"))).singleElement()
                    .satisfies(result -> assertThat(Found.of(result.issues())).containsExactly(SYNTAX));
            assertThat(readAll(STRICT, document("none.json", "[]"))).isEmpty();
        }

        @Test
        void aJsonDocumentThatIsNeitherAnObjectNorAnArrayIsFormatType() {
            assertThat(readAll(STRICT, document("scalar.json", "42"))).extracting(result -> Found.of(result.issues()))
                    .containsExactly(List.of(error("format.type", "")));
        }

        @Test
        void aJsonDocumentHoldsOneRecord() {
            List<RecordResult> results = readAll(STRICT, document("one.json", "\n\n" + PATHWAY + "\n"));
            assertThat(results).singleElement().satisfies(result -> {
                assertThat(result.line()).isEqualTo(3);
                assertThat(result.record()).contains(CepExamples.pathway());
            });
        }

        @Test
        void aJsonDocumentHoldsAnArrayOfRecordsEachWithTheLineWhereItStarts() {
            String array = "[\n  " + OPERATOR + ",\n  " + PATHWAY + ",\n\n  "
                    + JsonFixtures.text(CepExamples.cooperation()) + "\n]\n";
            List<RecordResult> results = readAll(STRICT, document("all.json", array));
            assertThat(results).extracting(RecordResult::line).containsExactly(2L, 3L, 5L);
            assertThat(results).extracting(result -> result.record().orElseThrow())
                    .containsExactly(CepExamples.operator(), CepExamples.pathway(), CepExamples.cooperation());
        }

        @Test
        void anArrayElementThatIsNotAnObjectIsFormatTypeForThatElementOnly() {
            String array = "[\n" + OPERATOR + ",\n42,\n[\"pathway\"],\nnull,\n" + PATHWAY + "\n]";
            List<RecordResult> results = readAll(STRICT, document("mixed.json", array));
            assertThat(results).extracting(result -> Found.of(result.issues())).containsExactly(
                    List.of(), List.of(error("format.type", "")), List.of(error("format.type", "")),
                    List.of(error("format.type", "")), List.of());
            assertThat(results).extracting(RecordResult::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        }

        @Test
        void aSyntaxErrorMidwayInAJsonArrayStopsThatDocumentAfterReportingIt() {
            String array = "[\n" + OPERATOR + ",\n" + PATHWAY.replace("\"sex\":", "\"sex\" ") + ",\n" + OPERATOR
                    + "\n]";
            List<RecordResult> results = readAll(STRICT, document("broken.json", array));
            assertThat(results).extracting(RecordResult::line).containsExactly(2L, 3L);
            assertThat(results.get(0).issues()).isEmpty();
            assertThat(Found.of(results.get(1).issues())).containsExactly(SYNTAX);
        }

        @Test
        void aJsonArrayCutShortEndsWithFormatSyntax() {
            List<RecordResult> results = readAll(STRICT, document("cut.json", "[\n" + OPERATOR + ",\n"));
            assertThat(results).extracting(result -> Found.of(result.issues()))
                    .containsExactly(List.of(), List.of(SYNTAX));
        }

        @Test
        void contentAfterTheRecordOrTheArrayOfAJsonDocumentIsFormatSyntax() {
            assertThat(readAll(STRICT, document("two.json", OPERATOR + "\n" + OPERATOR)))
                    .extracting(result -> Found.of(result.issues())).containsExactly(List.of(SYNTAX));
            assertThat(readAll(STRICT, document("after.json", "[\n" + OPERATOR + "\n]\n" + OPERATOR)))
                    .extracting(result -> Found.of(result.issues())).containsExactly(List.of(), List.of(SYNTAX));
            assertThat(readAll(STRICT, document("junk.json", "[\n" + OPERATOR + "\n] x")))
                    .extracting(result -> Found.of(result.issues())).containsExactly(List.of(), List.of(SYNTAX));
        }
    }

    /**
     * Messages never quote the input (SPEC §6): a value placed where reading fails must not come back in any
     * message, path or record id, French or English, whatever the layer that reports it (Jackson's own messages,
     * which quote the input, are never shown).
     */
    @Nested
    class Privacy {

        private static final String SECRET = "SECRET-VALUE-123";

        static Stream<Arguments> secretsAtTheErrorSpot() {
            String pathway = PATHWAY;
            return Stream.of(
                    Arguments.of("a bad date", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/birthDate", SECRET).bytes()),
                    Arguments.of("a bad commune", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/residence", SECRET).bytes()),
                    Arguments.of("a bad SIRET", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/employerSiret", SECRET).bytes()),
                    Arguments.of("a bad code", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/sex", SECRET).bytes()),
                    Arguments.of("a bad record type", JsonEdit.of(CepExamples.pathway()).set("/type", SECRET).bytes()),
                    Arguments.of("a bad schema version", JsonEdit.of(CepExamples.pathway())
                            .set("/schemaVersion", SECRET).bytes()),
                    Arguments.of("a bad identifier", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/id", SECRET + "!").bytes()),
                    Arguments.of("an unknown field", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/" + SECRET, SECRET).bytes()),
                    Arguments.of("a bad record id", JsonEdit.of(CepExamples.pathway()).set("/id", SECRET + " 1")
                            .bytes()),
                    Arguments.of("a bad operator id", JsonEdit.of(CepExamples.pathway())
                            .set("/operator/id", "<" + SECRET + ">").bytes()),
                    Arguments.of("a duplicate key", JsonEdit.of(CepExamples.pathway())
                            .duplicate("/beneficiary/birthDate", SECRET).bytes()),
                    Arguments.of("an unquoted value", utf8(pathway.replace("\"2001-05-14\"", SECRET))),
                    Arguments.of("a value cut short", utf8(pathway.substring(0, pathway.indexOf("2001-05-14"))
                            + SECRET)),
                    Arguments.of("a bad escape", utf8(pathway.replace("2001-05-14", SECRET + "\\q"))),
                    Arguments.of("a control character", utf8(pathway.replace("2001-05-14", SECRET + "\u0001"))),
                    Arguments.of("invalid UTF-8", concat(utf8(pathway.substring(0, pathway.indexOf("2001-05-14"))
                            + SECRET), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"}"))),
                    Arguments.of("a string over the limit", JsonEdit.of(CepExamples.pathway())
                            .set("/beneficiary/birthDate", SECRET.repeat(700)).bytes()),
                    Arguments.of("a record that is not an object", utf8("\"" + SECRET + "\"")),
                    Arguments.of("content after the record", utf8(pathway + SECRET)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("secretsAtTheErrorSpot")
        void noMessageQuotesTheValueFoundAtTheErrorSpot(String where, byte[] line) {
            for (CepJson json : List.of(STRICT, ENGLISH)) {
                List<Issue> issues = validateAll(json, ndjson("secret.ndjson", concat(line, utf8("\n"))),
                        document("secret.json", line)).stream().flatMap(result -> result.issues().stream()).toList();
                assertThat(issues).as(where).isNotEmpty().allSatisfy(issue -> {
                    assertThat(issue.message()).doesNotContain("SECRET");
                    assertThat(issue.path()).doesNotContain("SECRET");
                    issue.record().ifPresent(id -> assertThat(id).doesNotContain("SECRET"));
                });
            }
        }
    }
}
