package org.cepkit.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/** The text report's words: French and English plurals, grouped numbers, the pointer of a whole record. */
class TextReportWriterTest {

    private static final CepJson JSON = CepJson.create();

    /** The text report of {@code ndjson}, in {@code locale}, without colours. */
    private static String report(String ndjson, Locale locale) {
        StringWriter text = new StringWriter();
        byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
        JSON.validate(List.of(JsonInput.of("in.ndjson", JsonInput.Format.NDJSON, () -> new ByteArrayInputStream(bytes),
                true)), false, TextReportWriter.to(new PrintWriter(text), locale, false));
        return text.toString();
    }

    private static String validPathways(int n) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append(JSON.write(CepExamples.pathway().withId("pw-" + i))).append('\n');
        }
        return lines.toString();
    }

    @Test
    void frenchTakesTheSingularForZeroAndOne() {
        assertThat(report(validPathways(1), Locale.FRENCH))
                .startsWith("1 enregistrement : 1 valide, 0 invalide ; 0 erreur, 0 avertissement, 0 information\n");
        assertThat(report(validPathways(2) + "{\n", Locale.FRENCH))
                .contains("3 enregistrements : 2 valides, 1 invalide ; 1 erreur, 0 avertissement, 0 information\n");
    }

    @Test
    void englishTakesTheSingularForOneOnly() {
        assertThat(report(validPathways(1), Locale.ENGLISH))
                .startsWith("1 record: 1 valid, 0 invalid; 0 errors, 0 warnings, 0 infos\n");
        assertThat(report(validPathways(2) + "{\n", Locale.ENGLISH))
                .contains("3 records: 2 valid, 1 invalid; 1 error, 0 warnings, 0 infos\n");
    }

    @Test
    void thousandsAreGroupedAsEachLanguageWritesThem() {
        char french = DecimalFormatSymbols.getInstance(Locale.FRENCH).getGroupingSeparator();
        assertThat(Character.isSpaceChar(french)).isTrue();

        assertThat(report(validPathways(1083), Locale.FRENCH)).startsWith("1" + french + "083 enregistrements : 1"
                + french + "083 valides, 0 invalide");
        assertThat(report(validPathways(1083), Locale.ENGLISH)).startsWith("1,083 records: 1,083 valid, 0 invalid");
    }

    @Test
    void aWholeRecordIsThePointerOfIssuePathNotSlash() {
        String text = report("{\n", Locale.ENGLISH);

        assertThat(text).contains("format.syntax").containsPattern("format\\.syntax +\"\"\n");
    }
}
