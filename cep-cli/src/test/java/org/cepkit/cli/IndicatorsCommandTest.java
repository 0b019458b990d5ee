package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.cli.CommandLineTest.cep;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepkit.cli.generate.DatasetGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class IndicatorsCommandTest {

    @TempDir
    static Path dir;

    /** 1,500 generated pathways, a tenth of them made invalid. */
    static Path data;

    @BeforeAll
    static void generate() throws IOException {
        StringWriter out = new StringWriter();
        new DatasetGenerator(8, 0.1, DatasetGenerator.DEFAULT_REFERENCE_DATE).generate(1_500, out);
        data = Files.writeString(dir.resolve("data.ndjson"), out.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> lines(CommandLineTest.Run run) {
        return run.out().lines().toList();
    }

    @Test
    void csvHasAHeaderARowPerCellAndSForSuppressedMeasures() {
        CommandLineTest.Run run = cep("indicators", "--today", "2026-01-01", data.toString());

        assertThat(run.exit()).isZero();
        assertThat(lines(run).get(0)).isEqualTo("family,period,pathways,beneficiaries,reachedLevel2,remote,"
                + "medianDays,referrals.REMOVE_BARRIERS,referrals.BUILD_PROJECT,referrals.IMPLEMENT_PROJECT");
        assertThat(lines(run)).anyMatch(line -> line.matches("[A-Z_]+,20\\d\\d,s,s,s,s,s,s,s,s"))
                .anyMatch(line -> line.startsWith("*,*,"))
                .allMatch(line -> line.split(",", -1).length == 10);
        assertThat(run.err()).contains("parcours").contains("invalides (avec un problème ERROR)");
    }

    @Test
    void leftOutRecordsAreTheInvalidOnesThatValidateCounts() {
        JsonNode validation = cep("validate", "--format", "json", "--today", "2026-01-01", data.toString()).json();
        JsonNode indicators = cep("indicators", "--format", "json", "--today", "2026-01-01", data.toString()).json();

        assertThat(indicators.get("leftOut").get("invalid").asLong())
                .isEqualTo(validation.get("summary").get("invalid").asLong()).isPositive();
        JsonNode total = last(indicators.get("cells"));
        assertThat(total.get("family").asString()).isEqualTo("*");
        assertThat(total.get("pathways").asLong() + indicators.get("leftOut").get("invalid").asLong()
                + indicators.get("leftOut").get("otherType").asLong())
                .isEqualTo(validation.get("summary").get("records").asLong());
    }

    @Test
    void jsonShowsSuppressedMeasuresAsNull() {
        JsonNode json = cep("indicators", "--format", "json", "--by", "family,age-band", "--today", "2026-01-01",
                data.toString()).json();

        assertThat(json.get("disclosureControl").get("applied").asBoolean()).isTrue();
        assertThat(json.get("disclosureControl").get("minCell").asInt()).isEqualTo(11);
        JsonNode suppressed = null;
        for (JsonNode cell : json.get("cells")) {
            if (cell.get("pathways").isNull()) {
                suppressed = cell;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
        assertThat(suppressed.get("beneficiaries").isNull()).isTrue();
        assertThat(suppressed.get("referrals").get("BUILD_PROJECT").isNull()).isTrue();
    }

    @Test
    void minCellOneTurnsDisclosureControlOffAndSaysSo() {
        CommandLineTest.Run run = cep("indicators", "--format", "json", "--min-cell", "1", "--lang", "en",
                "--today", "2026-01-01", data.toString());

        assertThat(run.json().get("disclosureControl").get("applied").asBoolean()).isFalse();
        assertThat(run.out()).doesNotContain("\"suppressed\" : true");
        assertThat(run.err()).contains("Disclosure control off (--min-cell 1)");
    }

    @Test
    void semicolonSeparatorWritesDecimalCommasAfterAByteOrderMark() {
        CommandLineTest.Run run = cep("indicators", "--separator", ";", "--bom", "--by", "family", "--min-cell", "1",
                "--today", "2026-01-01", data.toString());

        assertThat(run.out()).startsWith("\uFEFFfamily;pathways;");
        assertThat(lines(run).subList(1, lines(run).size())).allMatch(line -> line.split(";", -1).length == 9)
                .anyMatch(line -> line.matches(".*;\\d+,5;.*"));
    }

    @Test
    void periodAddsThePeriodDimension() {
        CommandLineTest.Run run = cep("indicators", "--by", "sex", "--period", "quarter", "--today", "2026-01-01",
                data.toString());

        assertThat(lines(run).get(0)).startsWith("sex,period,");
        assertThat(run.out()).containsPattern("FEMALE,20\\d\\d-Q[1-4],");
    }

    @Test
    void htmlIsASelfContainedPageInTheLanguageAsked() {
        CommandLineTest.Run french = cep("indicators", "--format", "html", "--by", "family,age-band", "--today",
                "2026-01-01", data.toString());
        CommandLineTest.Run english = cep("indicators", "--format", "html", "--lang", "en", "--today", "2026-01-01",
                data.toString());

        assertThat(french.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                .contains("Indicateurs du conseil en évolution professionnelle", "Secret statistique",
                        "Mission locale", "26 à 44 ans", "Content-Security-Policy", "default-src 'none'")
                .doesNotContain("<script src", "<link", "@import");
        assertThat(english.out()).contains("<html lang=\"en\">", "Disclosure control", "operator family");
        assertThat(french.out()).contains("new Chart(").contains("Chart.js v4.4.1");
    }

    @Test
    void standardInputIsReadToo() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(data)));
            CommandLineTest.Run run = cep("indicators", "--by", "family", "--today", "2026-01-01", "-");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("MISSION_LOCALE,");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void usageErrorsAreWrittenInTheLanguageAsked() {
        assertThat(cep("indicators", "--by", "family,colour", data.toString()).err())
                .contains("dimension inconnue « colour »");
        assertThat(cep("indicators", "--by", "family,colour", "--lang", "en", data.toString()).err())
                .contains("unknown dimension 'colour'");
        assertThat(cep("indicators", "--min-cell", "0", data.toString()).err())
                .contains("--min-cell attend un entier de 1 ou plus, reçu « 0 »");
        assertThat(cep("indicators", "--by", "family,sex,status,mode,level", data.toString()).err())
                .contains("de 1 à 4 dimensions, pas 5");
        assertThat(cep("indicators", "--period", "week", "--lang", "en", data.toString()).err())
                .contains("--period expects year, quarter or month, got 'week'");
        assertThat(cep("indicators", "--lang", "de", data.toString()).err()).contains("--lang attend fr ou en");
        assertThat(cep("indicators", "--frobnicate", data.toString()).err())
                .contains("option ou argument inconnu : --frobnicate");
        assertThat(cep("indicators", "--lang", "en").err()).contains("missing argument: FILE");
        assertThat(cep("indicators", "--format", "xml", data.toString()).exit()).isEqualTo(2);
    }

    @Test
    void anUnreadableInputExitsTwoAfterTheOthersAreCounted() throws Exception {
        CommandLineTest.Run run = cep("indicators", "--today", "2026-01-01", dir.resolve("missing.ndjson").toString(),
                data.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing.ndjson : fichier introuvable");
        assertThat(run.out()).contains("*,*,");
        Path text = Files.writeString(dir.resolve("data.txt"), "{}");
        CommandLineTest.Run unknown = cep("indicators", text.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("format inconnu pour « ");
    }

    @Test
    void helpFollowsTheLanguage() {
        assertThat(cep("indicators", "--help").out()).contains("Calcule les indicateurs communs", "Exemples :",
                "  cep indicators examples/analysis.ndjson");
        assertThat(cep("indicators", "--help", "--lang", "en").out()).contains("Computes the common CEP indicators",
                "Examples:");
    }

    /** The example of the README: the Apec's few beneficiaries with a disability recognition are not shown. */
    @Test
    void theExampleOfTheReadmeSuppressesTheSmallCellsAndThoseThatWouldGiveThemAway() {
        CommandLineTest.Run run = cep("indicators", "--by", "family,disability",
                Path.of("..", "examples", "analysis.ndjson").toString());

        assertThat(run.exit()).isZero();
        assertThat(lines(run)).contains("APEC,false,45,45,29,13,78,1,1,3", "APEC,true,s,s,s,s,s,s,s,s",
                "APEC,*,s,s,s,s,s,s,s,s", "*,*,599,598,417,217,89.5,21,30,22");
        // one pathway of the example, a Mission locale RQTH beneficiary of 28 before 2022-03-01, is invalid in 1.1
        assertThat(run.err()).contains("Indicateurs de 599 parcours ; 70 enregistrements écartés : 1 invalide");
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
