package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cep convert} both ways, and {@code cep validate} of what it writes: a spreadsheet user's path. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    private Path examples() throws IOException {
        StringWriter ndjson = new StringWriter();
        CepJson.create().writeNdjson(CepExamples.dataset().records(), ndjson);
        Path file = dir.resolve("records.ndjson");
        Files.writeString(file, ndjson.toString());
        return file;
    }

    @Test
    void recordsConvertedToTablesAndBackAreTheSameBytes() throws IOException {
        Path records = examples();
        Path tables = dir.resolve("tables");

        CommandLineTest.Run toTables = CommandLineTest.cep("convert", "--lang", "en", records.toString(),
                tables.toString());
        CommandLineTest.Run back = CommandLineTest.cep("convert", tables.toString(), dir.resolve("back.ndjson")
                .toString());

        assertThat(toTables.exit()).isZero();
        assertThat(toTables.err()).contains("4 records converted");
        assertThat(tables.resolve("pathways.csv")).exists();
        assertThat(tables.resolve("datapackage.json")).exists();
        assertThat(back.exit()).isZero();
        assertThat(back.err()).contains("4 enregistrements convertis");
        assertThat(Files.readString(dir.resolve("back.ndjson"))).isEqualTo(Files.readString(records));
    }

    @Test
    void validateReadsAFolderOfTablesAndNamesTheColumnOfEachIssue() throws IOException {
        Path tables = dir.resolve("tables");
        CommandLineTest.cep("convert", examples().toString(), tables.toString());
        Path services = tables.resolve("services.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(services));
        lines.set(2, lines.get(2).replace("2024-04-15", "2024-04-31"));
        Files.write(services, lines);

        CommandLineTest.Run text = CommandLineTest.cep("validate", "--today", "2026-06-30", tables.toString());
        CommandLineTest.Run json = CommandLineTest.cep("validate", "--format", "json", "--today", "2026-06-30",
                tables.toString());

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("format.date", "/services/1/date", "services.csv, ligne 3, colonne date",
                "séparateur ,", "encodage UTF-8");
        assertThat(json.json().get("issues").get(0).get("column").asString()).isEqualTo("date");
        assertThat(json.json().get("issues").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(json.json().get("tables").size()).isGreaterThan(5);
    }

    /**
     * Two pathways with one id, the first without referrals, the second with: the tables give the second's referrals
     * to the first. Said by line and table, never by the id, and the exit status is 1.
     */
    @Test
    void rowsThatTheTablesJoinToAnotherRecordOfTheSameIdAreToldByLine() throws IOException {
        Pathway withReferrals = CepExamples.pathway();
        Pathway without = CepExamples.pathway().withReferrals(List.of());
        StringWriter ndjson = new StringWriter();
        CepJson.create().writeNdjson(List.of(without, withReferrals), ndjson);
        Path records = Files.writeString(dir.resolve("shared.ndjson"), ndjson.toString());

        CommandLineTest.Run run = CommandLineTest.cep("convert", "--lang", "en", records.toString(),
                dir.resolve("tables").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cep: warning: " + records + ", line 2, referrals.csv: this record has the id"
                + " of an earlier record", "2 records converted", "1 warning (above): rows that the tables join to"
                + " another record").doesNotContain(withReferrals.getId());
    }

    @Test
    void convertRefusesAWayThatIsNotOne() throws IOException {
        CommandLineTest.Run run = CommandLineTest.cep("convert", examples().toString(),
                dir.resolve("out.ndjson").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("convert");
    }
}
