package org.cepkit.json.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cepkit.json.JsonInput;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.testing.Dataset;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading tables as people make them: separators and encodings of spreadsheets, where each issue is, and what a
 * wrong header, a malformed row, a row of no record or a table not grouped by its records give.
 */
class TableReadingTest {

    private static final String PATHWAY = CepExamples.pathway().getId();

    @TempDir
    Path dir;

    private Path example() {
        return Tables.tables(CepExamples.dataset().records(), dir.resolve("tables"));
    }

    @Test
    void theExampleDatasetReadFromItsTablesHasNoIssueAndEachTableIsTold() {
        Tables.Run run = Tables.validate(example());

        assertThat(run.issues()).isEmpty();
        assertThat(run.summary().records()).isEqualTo(4);
        assertThat(run.tables()).extracting(TableInfo::table).contains("operators", "sites", "pathways",
                "services", "referrals", "goals", "cooperations", "relations", "local_area_communes");
        assertThat(run.tables()).allSatisfy(table -> {
            assertThat(table.encoding()).contains("UTF-8");
            assertThat(table.separator()).contains(",");
        });
        assertThat(run.tables()).filteredOn(t -> t.table().equals("services")).singleElement()
                .extracting(TableInfo::rows).isEqualTo(2L);
    }

    @Test
    void semicolonsAndWindows1252OfASpreadsheetAreFoundAndReadAsTheyMeant() throws IOException {
        Path tables = example();
        rewrite(tables, ';', Charset.forName("windows-1252"), false);

        Tables.Run run = Tables.validate(tables);
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        Tables.TABLES.toNdjson(tables, ndjson);

        assertThat(run.issues()).isEmpty();
        assertThat(run.tables()).allSatisfy(table -> assertThat(table.separator()).contains(";"));
        // the only table with a letter beyond ASCII; a file of ASCII alone is UTF-8 as much as Windows-1252
        assertThat(run.tables()).filteredOn(t -> t.table().equals("cooperations")).singleElement()
                .satisfies(table -> assertThat(table.encoding()).contains("windows-1252"));
        assertThat(run.tables()).filteredOn(t -> t.table().equals("pathways")).singleElement()
                .satisfies(table -> assertThat(table.encoding()).contains("UTF-8"));
        assertThat(ndjson.toString(StandardCharsets.UTF_8)).contains("Cité des métiers de Bastia")
                .isEqualTo(new String(Tables.ndjson(CepExamples.dataset().records()), StandardCharsets.UTF_8));
    }

    @Test
    void tabsAndAUtf8ByteOrderMarkAreFoundToo() throws IOException {
        Path tables = example();
        rewrite(tables, '\t', StandardCharsets.UTF_8, true);

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).isEmpty();
        assertThat(run.tables()).allSatisfy(table -> {
            assertThat(table.encoding()).contains("UTF-8 (BOM)");
            assertThat(table.separator()).contains("\t");
        });
    }

    @Test
    void eachIssueNamesTheFileRowAndColumnOfItsValueAndItsJsonPointer() throws IOException {
        Path tables = example();
        edit(tables.resolve("services.csv"), 3, 3, "2024-02-30");
        edit(tables.resolve("pathways.csv"), 2, "beneficiary.residence", "QZX75");

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).extracting(Issue::rule, Issue::path, Issue::file, Issue::line, Issue::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("format.commune", "/beneficiary/residence",
                                java.util.Optional.of(tables.resolve("pathways.csv").toString()), 2L,
                                java.util.Optional.of("beneficiary.residence")),
                        org.assertj.core.groups.Tuple.tuple("format.date", "/services/1/date",
                                java.util.Optional.of(tables.resolve("services.csv").toString()), 3L,
                                java.util.Optional.of("date")));
        assertThat(run.issues()).allSatisfy(issue -> assertThat(issue.record()).contains(PATHWAY));
    }

    @Test
    void theJsonReportNamesTheColumnAndNeverACellsText() throws IOException {
        Path tables = example();
        edit(tables.resolve("pathways.csv"), 2, "beneficiary.residence", "QZX75");
        edit(tables.resolve("pathways.csv"), 2, "beneficiary.birthDate", "QZX-1990");

        StringWriter out = new StringWriter();
        try (JsonReportWriter report = JsonReportWriter.to(out)) {
            Tables.JSON.validate(List.of(JsonInput.file(tables)), false, report);
        }

        assertThat(out.toString()).contains("\"line\":2,\"column\":\"beneficiary.residence\"",
                "\"column\":\"beneficiary.birthDate\"", "\"tables\": [", "\"encoding\":\"UTF-8\"")
                .doesNotContain("QZX");
    }

    @Test
    void aHeaderWithoutTheKeyColumnIsOneIssueAndItsTablesAreNotRead() throws IOException {
        Path tables = example();
        Path pathways = tables.resolve("pathways.csv");
        Files.writeString(pathways, Files.readString(pathways).replaceFirst("^id,", "identifiant,"));

        Tables.Run run = Tables.validate(tables);

        List<Issue> onPathways = run.issues().stream()
                .filter(i -> i.file().orElse("").endsWith("pathways.csv")).toList();
        assertThat(onPathways).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.syntax");
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.column()).contains("id");
            assertThat(issue.message()).contains("id");
        });
        assertThat(run.issues()).filteredOn(i -> i.file().orElse("").endsWith("services.csv")).singleElement()
                .extracting(Issue::rule).isEqualTo("format.syntax");
        assertThat(run.summary().valid()).isEqualTo(3);
        assertThat(run.summary().records()).isEqualTo(run.summary().valid() + run.summary().invalid());
    }

    @Test
    void aRowWithTooManyCellsIsAnIssueOfItsRecordAndTheOtherRowsAreRead() throws IOException {
        Path tables = example();
        Path services = tables.resolve("services.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(services));
        lines.set(1, lines.get(1) + ",surplus");
        Files.write(services, lines);

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.syntax");
            assertThat(issue.path()).isEqualTo("/services/0");
            assertThat(issue.file()).contains(services.toString());
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.record()).contains(PATHWAY);
            assertThat(issue.message()).doesNotContain("surplus");
        });
        assertThat(run.summary().valid()).isEqualTo(3);
    }

    @Test
    void aRowOfNoRecordIsReportedAtItsRowAndCounted() throws IOException {
        Path tables = example();
        Files.writeString(tables.resolve("services.csv"), "nobody,0,LEVEL_1,2024-03-01,IN_PERSON\n",
                java.nio.file.StandardOpenOption.APPEND);

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.syntax");
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.column()).contains("pathwayId");
            assertThat(issue.message()).contains("pathways.csv").doesNotContain("nobody");
        });
        assertThat(run.summary().records()).isEqualTo(5);
        assertThat(run.summary().valid()).isEqualTo(4);
    }

    /**
     * A child table not in the order of its records is sorted on disk by its key before the join: every row joins
     * its record, and the report says that the table was sorted.
     */
    @Test
    void aChildTableNotInTheOrderOfItsRecordsIsSortedAndEveryRowJoinsItsRecord() throws IOException {
        Dataset two = new Dataset(CepExamples.dataset().operators(),
                List.of(CepExamples.pathway(), CepExamples.pathway().withId("pw-2024-0002")), List.of());
        Path tables = Tables.tables(two.records(), dir.resolve("two"));
        Path services = tables.resolve("services.csv");
        List<String> lines = Files.readAllLines(services);
        // the second pathway's services first, then the first's, each pathway's backwards
        Files.write(services, List.of(lines.get(0), lines.get(4), lines.get(3), lines.get(2), lines.get(1)));

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).isEmpty();
        assertThat(run.summary().valid()).isEqualTo(run.summary().records()).isEqualTo(4);
        assertThat(run.tables()).filteredOn(TableInfo::sorted).extracting(TableInfo::table)
                .containsExactly("services");
        assertThat(run.tables()).filteredOn(t -> t.table().equals("services")).singleElement()
                .extracting(TableInfo::rows).isEqualTo(4L);
    }

    /**
     * Every child table shuffled: the same report as from the tables in order, issue for issue (record, rule, path,
     * file, column), each at its own row of the shuffled file; only the tables list differs, saying which were sorted.
     */
    @Test
    void shuffledChildTablesGiveTheReportOfTheTablesInOrderAtTheirOwnRows() {
        qt().withExamples(30).withShrinkCycles(20)
                .forAll(CepGenerators.datasets(), SourceDSL.longs().all(), SourceDSL.integers().allPositive())
                .checkAssert((dataset, seed, whichDate) -> {
                    try {
                        Path example = Files.createTempDirectory(dir, "example-");
                        Path inOrder = Tables.tables(dataset.records(), example.resolve("in-order"));
                        Path services = inOrder.resolve("services.csv");
                        List<CSVRecord> rows = read(services);
                        if (rows.size() > 1) {
                            edit(services, 2 + whichDate % (rows.size() - 1), "date", "2024-02-30");
                        }
                        Path shuffled = copy(inOrder, example.resolve("shuffled"));
                        for (Table table : TableLayout.tables()) {
                            if (!table.isRecordTable()) {
                                shuffle(shuffled.resolve(table.fileName()), new java.util.Random(seed));
                            }
                        }

                        Tables.Run expected = Tables.validate(inOrder);
                        Tables.Run actual = Tables.validate(shuffled);

                        assertThat(actual.summary().toString()).isEqualTo(expected.summary().toString());
                        assertThat(actual.issues()).hasSameSizeAs(expected.issues());
                        for (int i = 0; i < expected.issues().size(); i++) {
                            Issue want = expected.issues().get(i);
                            Issue got = actual.issues().get(i);
                            assertThat(List.of(got.rule(), got.path(), got.record(), got.column(), got.message()))
                                    .isEqualTo(List.of(want.rule(), want.path(), want.record(), want.column(),
                                            want.message()));
                            assertThat(cells(got)).isEqualTo(cells(want));
                        }
                        assertThat(actual.tables()).extracting(TableInfo::rows)
                                .isEqualTo(expected.tables().stream().map(TableInfo::rows).toList());
                        assertThat(expected.tables()).noneMatch(TableInfo::sorted);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    /** The cells of the row an issue names, in its file. */
    private static List<String> cells(Issue issue) throws IOException {
        if (issue.file().isEmpty() || issue.line() < 2) {
            return List.of();
        }
        return List.of(read(Path.of(issue.file().get())).get((int) issue.line() - 1).values());
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path file : csvFiles(from)) {
            Files.copy(file, to.resolve(file.getFileName()));
        }
        return to;
    }

    /** The rows of a table after its header, in another order. */
    private static void shuffle(Path file, java.util.Random random) throws IOException {
        List<CSVRecord> records = read(file);
        List<CSVRecord> rows = new ArrayList<>(records.subList(1, records.size()));
        java.util.Collections.shuffle(rows, random);
        rows.add(0, records.get(0));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (CSVRecord row : rows) {
                printer.printRecord((Object[]) row.values());
            }
        }
    }

    /** Records that share an id ({@code dataset.duplicate-id}) each take their own rows, as cep convert writes them. */
    @Test
    void pathwaysThatShareAnIdOneAfterTheOtherEachTakeTheirOwnServices() {
        Pathway first = CepExamples.pathway();
        Pathway again = CepExamples.pathway().withServices(first.getServices().get(0));

        assertTheTablesReportAsTheJson(List.of(first, again), "dataset.duplicate-id /id");
    }

    @Test
    void aPathwayWhoseIdComesAgainAfterAnotherKeepsItsServicesAndTheLaterOneTakesItsOwn() {
        Pathway first = CepExamples.pathway();
        Pathway again = CepExamples.pathway().withServices(first.getServices().get(1), first.getServices().get(0));

        assertTheTablesReportAsTheJson(List.of(first, CepExamples.pathway().withId("pw-2024-0002"), again),
                "dataset.duplicate-id /id");
    }

    /** The pathways, with the example's operators, give {@code expected} (rule and path) from their tables and JSON. */
    private void assertTheTablesReportAsTheJson(List<Pathway> pathways, String... expected) {
        Dataset dataset = new Dataset(CepExamples.dataset().operators(), pathways, List.of());
        Path tables = Tables.tables(dataset.records(), dir.resolve("shared"));

        List<String> fromTables = Tables.validate(tables).issues().stream().map(i -> i.rule() + " " + i.path())
                .toList();
        List<String> fromJson = Tables.validate(Tables.ndjsonInput(Tables.ndjson(dataset.records()))).issues().stream()
                .map(i -> i.rule() + " " + i.path()).toList();

        assertThat(fromTables).isEqualTo(fromJson).containsExactly(expected);
    }

    @Test
    void aQuoteLeftOpenStopsItsTableAtThatRowAndNothingElse() throws IOException {
        Path tables = example();
        Path services = tables.resolve("services.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(services));
        lines.set(2, lines.get(2).replace("REMOTE", "\"REMOTE"));
        Files.write(services, lines);

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).anySatisfy(issue -> {
            assertThat(issue.rule()).isEqualTo("format.syntax");
            assertThat(issue.file()).contains(services.toString());
            assertThat(issue.line()).isEqualTo(3);
        });
        assertThat(run.summary().valid()).isEqualTo(4);
    }

    @Test
    void aWrongIndexIsAnIssueAtItsRowAndColumn() throws IOException {
        Path tables = example();
        edit(tables.resolve("services.csv"), 2, 1, "5");

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.syntax");
            assertThat(issue.path()).isEqualTo("/services/0");
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.column()).contains("index");
        });
    }

    @Test
    void aColumnThatV1DoesNotDefineIsAnUnknownFieldAsInJson() throws IOException {
        Path tables = example();
        Path pathways = tables.resolve("pathways.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(pathways));
        lines.set(0, lines.get(0) + ",surname");
        lines.set(1, lines.get(1) + ",Martin");
        Files.write(pathways, lines);

        Tables.Run run = Tables.validate(tables);

        assertThat(run.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.unknown-field");
            assertThat(issue.path()).isEqualTo("/surname");
            assertThat(issue.column()).contains("surname");
            assertThat(issue.message()).doesNotContain("Martin");
        });
    }

    @Test
    void aSingleCsvIsFoundByItsNameOrByItsHeader() throws IOException {
        Path tables = example();
        Path export = dir.resolve("export.csv");
        Files.copy(tables.resolve("operators.csv"), export);

        Tables.Run byHeader = Tables.validate(export);
        Tables.Run byName = Tables.validate(tables.resolve("operators.csv"));

        assertThat(byHeader.tables()).extracting(TableInfo::table).containsExactly("operators");
        assertThat(byHeader.summary().records()).isEqualTo(2);
        assertThat(byName.summary().records()).isEqualTo(2);
    }

    @Test
    void aDataPackageNamesItsTables() {
        Path tables = example();

        Tables.Run run = Tables.validate(tables.resolve("datapackage.json"));

        assertThat(run.issues()).isEmpty();
        assertThat(run.summary().valid()).isEqualTo(4);
    }

    @Test
    void aBrokenWorkbookIsOneIssueNamingTheFile() throws IOException {
        Path book = dir.resolve("book.xlsx");
        Files.write(book, "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1));

        Tables.Run run = Tables.validate(book);

        assertThat(run.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.syntax");
            assertThat(issue.file()).contains(book.toString());
        });
        assertThat(run.summary().invalid()).isEqualTo(1);
    }

    // ---- editing tables as a person would

    /** Writes every table of {@code folder} again with {@code separator} in {@code charset}. */
    static void rewrite(Path folder, char separator, Charset charset, boolean bom) throws IOException {
        for (Path file : csvFiles(folder)) {
            List<CSVRecord> records = read(file);
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
                for (CSVRecord record : records) {
                    printer.printRecord((Object[]) record.values());
                }
            }
            byte[] bytes = text.toString().getBytes(charset);
            try (var out = Files.newOutputStream(file)) {
                if (bom) {
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                out.write(bytes);
            }
        }
    }

    /** Sets the cell of {@code file} at {@code row} (the header is row 1) and the column named {@code column}. */
    static void edit(Path file, int row, String column, String value) throws IOException {
        List<CSVRecord> records = read(file);
        edit(file, row, List.of(records.get(0).values()).indexOf(column), value);
    }

    static void edit(Path file, int row, int column, String value) throws IOException {
        List<CSVRecord> records = read(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (int i = 0; i < records.size(); i++) {
                String[] values = records.get(i).values();
                if (i == row - 1) {
                    values[column] = value;
                }
                printer.printRecord((Object[]) values);
            }
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
