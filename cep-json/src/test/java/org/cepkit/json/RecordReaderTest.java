package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.json.Found.error;
import static org.cepkit.json.Found.info;
import static org.cepkit.json.JsonEdit.raw;
import static org.cepkit.json.JsonFixtures.LENIENT;
import static org.cepkit.json.JsonFixtures.STRICT;

import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading one record of wire format v1: each reader rule ({@code format.*}, {@code code.alias}) with the exact
 * rule, severity and JSON Pointer it reports. Every test starts from a valid example of {@link CepExamples} and
 * changes one thing, unless it says otherwise.
 */
class RecordReaderTest {

    private static JsonEdit pathway() {
        return JsonEdit.of(CepExamples.pathway());
    }

    private static JsonEdit operator() {
        return JsonEdit.of(CepExamples.operator());
    }

    private static JsonEdit regionalOperator() {
        return JsonEdit.of(CepExamples.regionalOperator());
    }

    private static JsonEdit cooperation() {
        return JsonEdit.of(CepExamples.cooperation());
    }

    /** The reading issues of {@code edit} (no rules), strictly. */
    private static List<Found> read(JsonEdit edit) {
        return Found.of(STRICT.read(edit.text()).issues());
    }

    @Test
    void theUnchangedExamplesReadWithoutIssueAndBackEqual() {
        for (CepRecord example : CepExamples.dataset().records()) {
            RecordResult result = STRICT.read(JsonFixtures.text(example));
            assertThat(result.issues()).isEmpty();
            assertThat(result.record()).contains(example);
        }
    }

    @Nested
    class WrongJsonTypes {

        @Test
        void aNumberWhereAStringIsExpectedIsFormatType() {
            assertThat(read(pathway().set("/beneficiary/id", 42)))
                    .containsExactly(error("format.type", "/beneficiary/id"));
        }

        @Test
        void anObjectWhereAnArrayIsExpectedIsFormatType() {
            assertThat(read(pathway().set("/services", raw("{\"level\":\"LEVEL_1\"}"))))
                    .containsExactly(error("format.type", "/services"));
        }

        @Test
        void anArrayWhereAnObjectIsExpectedIsFormatType() {
            assertThat(read(pathway().set("/beneficiary", raw("[]"))))
                    .containsExactly(error("format.type", "/beneficiary"));
        }

        @Test
        void aStringWhereABooleanIsExpectedIsFormatType() {
            assertThat(read(pathway().set("/beneficiary/executive", "true")))
                    .containsExactly(error("format.type", "/beneficiary/executive"));
        }

        @Test
        void aWrongTypeInsideAnArrayIsReportedAtItsIndex() {
            assertThat(read(regionalOperator().set("/coverage/0", 94).set("/sites/0/modes/1", true)))
                    .containsExactlyInAnyOrder(error("format.type", "/coverage/0"),
                            error("format.type", "/sites/0/modes/1"));
        }

        @Test
        void anArrayElementThatIsNotAnObjectIsFormatTypeAtItsIndex() {
            assertThat(read(pathway().set("/services/1", "LEVEL_2")))
                    .containsExactly(error("format.type", "/services/1"));
        }

        @Test
        void aNumberWhereADateIsExpectedIsAWrongTypeNotABadDate() {
            assertThat(read(pathway().set("/startDate", 20240301)))
                    .containsExactly(error("format.type", "/startDate"));
        }

        @Test
        void aRecordThatIsNotAnObjectIsFormatTypeAtTheRoot() {
            assertThat(Found.of(STRICT.read("[]").issues())).containsExactly(error("format.type", ""));
            assertThat(Found.of(STRICT.read("\"pathway\"").issues())).containsExactly(error("format.type", ""));
        }

        @Test
        void aTypeThatIsNotARecordTypeIsFormatTypeAtType() {
            RecordResult result = STRICT.read(pathway().set("/type", "beneficiary").text());
            assertThat(Found.of(result.issues())).containsExactly(error("format.type", "/type"));
            assertThat(result.type()).isEmpty();
            assertThat(result.record()).isEmpty();
        }
    }

    @Nested
    class RequiredFields {

        @Test
        void aMissingRequiredNestedFieldIsFormatRequiredAtItsPointer() {
            assertThat(read(pathway().remove("/beneficiary/birthDate")))
                    .containsExactly(error("format.required", "/beneficiary/birthDate"));
        }

        @Test
        void aNullRequiredFieldIsFormatRequiredToo() {
            assertThat(read(pathway().set("/beneficiary/birthDate", null)))
                    .containsExactly(error("format.required", "/beneficiary/birthDate"));
        }

        @Test
        void aNullOptionalFieldIsAWrongTypeNotAMissingField() {
            assertThat(read(pathway().set("/endDate", null)))
                    .containsExactly(error("format.type", "/endDate"));
        }

        @Test
        void aMissingFieldInsideAnArrayElementIsReportedAtItsIndex() {
            assertThat(read(pathway().remove("/services/0/date")))
                    .containsExactly(error("format.required", "/services/0/date"));
        }

        @Test
        void aMissingOrNullTerritoryKindIsFormatRequired() {
            assertThat(read(cooperation().remove("/territory/kind")))
                    .containsExactly(error("format.required", "/territory/kind"));
            assertThat(read(cooperation().set("/territory/kind", null)))
                    .containsExactly(error("format.required", "/territory/kind"));
        }

        @Test
        void aMissingTypeOrIdIsFormatRequired() {
            assertThat(read(pathway().remove("/type"))).containsExactly(error("format.required", "/type"));
            assertThat(read(pathway().remove("/id"))).containsExactly(error("format.required", "/id"));
        }

        @Test
        void theBeneficiaryBooleansMayBeLeftOutAndThenAreFalse() {
            RecordResult result = STRICT.read(pathway().set("/beneficiary/executive", true)
                    .remove("/beneficiary/disabilityRecognition").text());
            assertThat(result.issues()).isEmpty();
            Pathway read = (Pathway) result.record().orElseThrow();
            assertThat(read.getBeneficiary().isExecutive()).isTrue();
            assertThat(read.getBeneficiary().isDisabilityRecognition()).isFalse();
        }
    }

    @Nested
    class CodeLists {

        @Test
        void aCodeOutsideItsListIsFormatEnumAtItsPointer() {
            assertThat(read(pathway().set("/services/1/level", "LEVEL_9")))
                    .containsExactly(error("format.enum", "/services/1/level"));
        }

        @Test
        void aBadCodeInsideAListOfCodesIsReportedAtItsIndex() {
            assertThat(read(operator().set("/sites/0/modes/1", "HYBRID")))
                    .containsExactly(error("format.enum", "/sites/0/modes/1"));
        }

        @Test
        void codesAreCaseSensitive() {
            assertThat(read(pathway().set("/services/0/mode", "in_person")))
                    .containsExactly(error("format.enum", "/services/0/mode"));
        }

        @Test
        void poleEmploiIsReadAsFranceTravailWithAnInfo() {
            RecordResult result = STRICT.validate(JsonEdit.of(CepExamples.franceTravailOperator())
                    .set("/family", "POLE_EMPLOI").text());
            assertThat(Found.of(result.issues())).containsExactly(info("code.alias", "/family"));
            assertThat(result.isValid()).isTrue();
            assertThat(((Operator) result.record().orElseThrow()).getFamily())
                    .isEqualTo(OperatorFamily.FRANCE_TRAVAIL);
        }

        @Test
        void theAliasIsAcceptedInOperatorReferencesToo() {
            assertThat(read(pathway().set("/referrals/0/to/family", "POLE_EMPLOI")))
                    .containsExactly(info("code.alias", "/referrals/0/to/family"));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"2024-02-30", "2024-3-1", "20240301", "2024-03-01T09:00", "01/03/2024", "",
                "+2024-03-01", "２０２４-03-01"})
        void aStringThatIsNotAnIsoCalendarDateIsFormatDate(String date) {
            assertThat(read(pathway().set("/startDate", date)))
                    .containsExactly(error("format.date", "/startDate"));
        }

        @Test
        void the29thOfFebruaryIsADateInALeapYearOnly() {
            assertThat(read(pathway().set("/beneficiary/birthDate", "2004-02-29"))).isEmpty();
            assertThat(read(pathway().set("/beneficiary/birthDate", "2003-02-29")))
                    .containsExactly(error("format.date", "/beneficiary/birthDate"));
        }

        @Test
        void aBadDateInsideAnArrayElementIsReportedAtItsIndex() {
            assertThat(read(pathway().set("/services/1/date", "2024-04-31")))
                    .containsExactly(error("format.date", "/services/1/date"));
        }
    }

    @Nested
    class CodeFormats {

        @ParameterizedTest
        @ValueSource(strings = {"20004", "2C004", "97901", "2B03", "2b033", " 2B033"})
        void aMalformedCommuneIsFormatCommune(String commune) {
            assertThat(read(pathway().set("/beneficiary/residence", commune)))
                    .containsExactly(error("format.commune", "/beneficiary/residence"));
        }

        @Test
        void wellFormedCommunesOfCorsicaAndOverseasAreRead() {
            assertThat(read(pathway().set("/beneficiary/residence", "2A004"))).isEmpty();
            assertThat(read(pathway().set("/beneficiary/residence", "97411"))).isEmpty();
        }

        @Test
        void aMalformedCommuneIsReportedInSitesAndLocalAreasToo() {
            assertThat(read(operator().set("/sites/0/commune", "2C004")))
                    .containsExactly(error("format.commune", "/sites/0/commune"));
            assertThat(read(cooperation().set("/territory/communes/1", "20004")))
                    .containsExactly(error("format.commune", "/territory/communes/1"));
        }

        @Test
        void aPostalCodeIsFiveDigits() {
            assertThat(read(operator().set("/sites/0/postalCode", "2020")))
                    .containsExactly(error("format.postal-code", "/sites/0/postalCode"));
            assertThat(read(operator().set("/sites/0/postalCode", "2B200")))
                    .containsExactly(error("format.postal-code", "/sites/0/postalCode"));
        }

        @Test
        void aSiretWhoseLuhnKeyIsWrongIsFormatSiret() {
            assertThat(read(operator().set("/siret", "77567101900021"))).isEmpty();
            assertThat(read(operator().set("/siret", "77567101900022")))
                    .containsExactly(error("format.siret", "/siret"));
            assertThat(read(pathway().set("/beneficiary/employerSiret", "7756710190002")))
                    .containsExactly(error("format.siret", "/beneficiary/employerSiret"));
        }

        @Test
        void aCoverageCodeThatIsNotARegionIsFormatRegion() {
            assertThat(read(regionalOperator().set("/coverage/0", "99")))
                    .containsExactly(error("format.region", "/coverage/0"));
            assertThat(read(regionalOperator().set("/coverage/1", "05")))
                    .containsExactly(error("format.region", "/coverage/1"));
        }

        @Test
        void aRomeCodeIsALetterFromAToNThenFourDigits() {
            assertThat(read(pathway().set("/actionPlan/goals/0/rome", "N1805"))).isEmpty();
            assertThat(read(pathway().set("/actionPlan/goals/0/rome", "Z1805")))
                    .containsExactly(error("format.rome", "/actionPlan/goals/0/rome"));
            assertThat(read(pathway().set("/actionPlan/goals/0/rome", "M180")))
                    .containsExactly(error("format.rome", "/actionPlan/goals/0/rome"));
        }

        @Test
        void aFormacodeIsFiveDigits() {
            assertThat(read(pathway().set("/actionPlan/goals/0/formacode", "31754"))).isEmpty();
            assertThat(read(pathway().set("/actionPlan/goals/0/formacode", "3175")))
                    .containsExactly(error("format.formacode", "/actionPlan/goals/0/formacode"));
        }

        @Test
        void aCertificationIsRncpOrRsThenOneToSixDigits() {
            assertThat(read(pathway().set("/actionPlan/goals/0/certification", "RS123456"))).isEmpty();
            assertThat(read(pathway().set("/actionPlan/goals/0/certification", "RNCP1234567")))
                    .containsExactly(error("format.certification", "/actionPlan/goals/0/certification"));
            assertThat(read(pathway().set("/actionPlan/goals/0/certification", "RNCP")))
                    .containsExactly(error("format.certification", "/actionPlan/goals/0/certification"));
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void strictlyAnUnknownFieldIsAnErrorButTheRecordIsStillBuilt() {
            RecordResult result = STRICT.validate(pathway().set("/nickname", "Lulu").text());
            assertThat(Found.of(result.issues())).containsExactly(error("format.unknown-field", "/nickname"));
            assertThat(result.record()).contains(CepExamples.pathway());
            assertThat(result.isValid()).isFalse();
        }

        @Test
        void lenientlyAnUnknownFieldIsAnInfoAndTheRecordIsValid() {
            RecordResult result = LENIENT.validate(pathway().set("/nickname", "Lulu").text());
            assertThat(Found.of(result.issues())).containsExactly(info("format.unknown-field", "/nickname"));
            assertThat(result.record()).contains(CepExamples.pathway());
            assertThat(result.isValid()).isTrue();
        }

        @Test
        void unknownFieldsAreReportedAtEveryDepth() {
            assertThat(read(pathway().set("/beneficiary/nir", "x").set("/services/1/room", 12)
                    .set("/actionPlan/goals/0/note", raw("{}"))))
                    .containsExactlyInAnyOrder(error("format.unknown-field", "/beneficiary/nir"),
                            error("format.unknown-field", "/services/1/room"),
                            error("format.unknown-field", "/actionPlan/goals/0/note"));
        }

        @Test
        void theRulesStillRunOnARecordWithAnUnknownField() {
            JsonEdit inactive = pathway().set("/beneficiary/status", BeneficiaryStatus.INACTIVE.code())
                    .set("/comment", "x");
            assertThat(Found.of(STRICT.validate(inactive.text()).issues()))
                    .contains(error("format.unknown-field", "/comment"))
                    .anyMatch(found -> found.rule().equals("beneficiary.not-eligible"));
        }

        @Test
        void anUnknownNameOfAtMost64LettersDigitsOrUnderscoresIsNamedInThePointer() {
            assertThat(read(pathway().set("/note_2", 1).set("/" + "n".repeat(64), 2).set("/beneficiary/NIR", 3)
                    .set("/", 4)))
                    .containsExactlyInAnyOrder(error("format.unknown-field", "/note_2"),
                            error("format.unknown-field", "/" + "n".repeat(64)),
                            error("format.unknown-field", "/beneficiary/NIR"),
                            error("format.unknown-field", "/"));
        }

        @Test
        void anyOtherUnknownNameIsNotRepeated() {
            assertThat(read(pathway().set("/a~1b", 1).set("/m~0n", 2).set("/" + "n".repeat(65), 3)
                    .set("/beneficiary/Jean Dupont", 4).set("/beneficiary/<script>", 5).set("/services/0/né le", 6)
                    .set("/185057800608436", 7).set("/1850578006084", 8)))
                    .containsExactlyInAnyOrder(error("format.unknown-field", "/~unknown"),
                            error("format.unknown-field", "/~unknown"),
                            error("format.unknown-field", "/~unknown"),
                            error("format.unknown-field", "/beneficiary/~unknown"),
                            error("format.unknown-field", "/beneficiary/~unknown"),
                            error("format.unknown-field", "/services/0/~unknown"),
                            error("format.unknown-field", "/~unknown"),
                            error("format.unknown-field", "/~unknown"));
        }

        @Test
        void aDuplicateKeyIsNamedOnlyAsAnUnknownFieldWouldBe() {
            String text = pathway().set("/Jean Dupont", 1).duplicate("/Jean Dupont", 2)
                    .duplicate("/beneficiary/birthDate", "1985-05-14").text();
            assertThat(Found.of(STRICT.validate(text).issues())).containsExactlyInAnyOrder(
                    error("format.syntax", "/~unknown"), error("format.syntax", "/beneficiary/birthDate"),
                    error("format.unknown-field", "/~unknown"));
        }
    }

    @Nested
    class SchemaVersion {

        @ParameterizedTest
        @ValueSource(strings = {"1", "1.0", "1.2", "1.2.3", "1.10.0"})
        void versionsOfMajorOneAreRead(String version) {
            RecordResult result = STRICT.read(pathway().set("/schemaVersion", version).text());
            assertThat(result.issues()).isEmpty();
            assertThat(result.record()).contains(CepExamples.pathway());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2.0", "2", "0.9", "10", "1.2.3.4", "1.", "v1", "01", ""})
        void anyOtherVersionIsFormatSchemaVersion(String version) {
            assertThat(read(pathway().set("/schemaVersion", version)))
                    .containsExactly(error("format.schema-version", "/schemaVersion"));
        }

        @Test
        void aNumericVersionIsAWrongType() {
            assertThat(read(pathway().set("/schemaVersion", 2)))
                    .containsExactly(error("format.type", "/schemaVersion"));
            assertThat(read(pathway().set("/schemaVersion", 1)))
                    .containsExactly(error("format.type", "/schemaVersion"));
        }
    }

    @Nested
    class OnePass {

        @Test
        void everyProblemOfARecordIsReportedInOnePass() {
            JsonEdit broken = pathway()
                    .set("/beneficiary/birthDate", "2024-02-30")
                    .set("/beneficiary/residence", "20004")
                    .set("/beneficiary/sex", 1)
                    .remove("/specification")
                    .set("/services/1/level", "LEVEL_9")
                    .remove("/services/0/mode")
                    .set("/referrals/0/to/family", "POLE_EMPLOI")
                    .set("/actionPlan/goals/0/rome", "M180")
                    .set("/schemaVersion", "2.0")
                    .set("/extra", true);
            assertThat(read(broken)).containsExactlyInAnyOrder(
                    error("format.date", "/beneficiary/birthDate"),
                    error("format.commune", "/beneficiary/residence"),
                    error("format.type", "/beneficiary/sex"),
                    error("format.required", "/specification"),
                    error("format.enum", "/services/1/level"),
                    error("format.required", "/services/0/mode"),
                    info("code.alias", "/referrals/0/to/family"),
                    error("format.rome", "/actionPlan/goals/0/rome"),
                    error("format.schema-version", "/schemaVersion"),
                    error("format.unknown-field", "/extra"));
        }

        @Test
        void aRuleRunsOnARecordWhoseOtherFieldsCouldNotBeReadButNotOneThatReadsThem() {
            JsonEdit inactive = pathway().set("/beneficiary/status", BeneficiaryStatus.INACTIVE.code());
            assertThat(Found.of(STRICT.validate(inactive.text()).issues()))
                    .anyMatch(found -> found.rule().equals("beneficiary.not-eligible"));

            RecordResult badEnd = STRICT.validate(inactive.set("/endDate", "2024-13-01").text());
            assertThat(Found.of(badEnd.issues())).containsExactly(error("format.date", "/endDate"),
                    error("beneficiary.not-eligible", "/beneficiary/status"));
            assertThat(badEnd.record()).isEmpty();

            RecordResult badStatus = STRICT.validate(pathway().set("/beneficiary/status", "RETIRED").text());
            assertThat(Found.of(badStatus.issues())).containsExactly(error("format.enum", "/beneficiary/status"));
        }

        @Test
        void aBadOptionalFieldStillLeavesTheRecordUnbuilt() {
            RecordResult result = STRICT.read(operator().set("/activeTo", "soon").text());
            assertThat(Found.of(result.issues())).containsExactly(error("format.date", "/activeTo"));
            assertThat(result.record()).isEmpty();
            assertThat(result.isValid()).isFalse();
        }
    }

    @Nested
    class Location {

        @Test
        void aSingleRecordsIssuesNameTheRecordButNoFileOrLine() {
            RecordResult result = STRICT.validate(pathway().set("/startDate", "2024-02-30").text());
            Issue issue = result.issues().get(0);
            assertThat(issue.record()).contains("pw-2024-0001");
            assertThat(issue.file()).isEmpty();
            assertThat(issue.line()).isZero();
            assertThat(result.id()).contains("pw-2024-0001");
        }

        @Test
        void streamedIssuesNameTheRecordTheFileAndTheLineWhereTheRecordStarts() {
            JsonInput input = JsonFixtures.ndjson("pathways.ndjson", JsonFixtures.text(CepExamples.operator()), "",
                    pathway().set("/startDate", "2024-02-30").text());
            List<RecordResult> results = JsonFixtures.readAll(STRICT, input);

            assertThat(results).extracting(RecordResult::line).containsExactly(1L, 3L);
            Issue issue = results.get(1).issues().get(0);
            assertThat(issue.record()).contains("pw-2024-0001");
            assertThat(issue.file()).contains("pathways.ndjson");
            assertThat(issue.line()).isEqualTo(3);
        }

        @Test
        void aRecordWhoseIdIsNotAStringHasIssuesWithoutARecordId() {
            RecordResult result = STRICT.validate(pathway().set("/id", 7).text());
            assertThat(Found.of(result.issues())).containsExactly(error("format.type", "/id"));
            assertThat(result.issues()).allSatisfy(issue -> assertThat(issue.record()).isEmpty());
        }

        @Test
        void anIdOf64CharactersIsRepeatedInTheIssuesButALongerOneIsNot() {
            String id64 = "p".repeat(64);
            RecordResult fits = STRICT.validate(pathway().set("/id", id64).set("/x", 1).text());
            assertThat(fits.issues()).extracting(issue -> issue.record().orElse(null)).containsOnly(id64);
            assertThat(fits.reportedId()).contains(id64);

            RecordResult overlong = STRICT.validate(pathway().set("/id", id64 + "p").text());
            assertThat(Found.of(overlong.issues())).contains(error("format.identifier", "/id"));
            assertThat(overlong.issues()).allSatisfy(issue -> assertThat(issue.record()).isEmpty());
            assertThat(overlong.reportedId()).isEmpty();
            assertThat(overlong.id()).contains(id64 + "p");
        }

        @Test
        void issuesAreLocalizedByTheValidatorsProfile() {
            String text = pathway().set("/startDate", "2024-02-30").text();
            assertThat(STRICT.validate(text).issues().get(0).message()).contains("AAAA-MM-JJ");
            assertThat(JsonFixtures.ENGLISH.validate(text).issues().get(0).message()).contains("YYYY-MM-DD");
            assertThat(STRICT.validate(text).issues().get(0).severity()).isEqualTo(Severity.ERROR);
        }
    }
}
