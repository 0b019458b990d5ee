package org.cepkit.json.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.wire.Property;
import org.cepkit.rules.Issue;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An XLSX workbook with a sheet per table, as a spreadsheet saves it: dates as dates, other cells as text. */
class XlsxTablesTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWithASheetPerTableReadsAsItsCsvTables() throws IOException {
        Path tables = Tables.tables(CepExamples.dataset().records(), dir.resolve("tables"));
        Path book = workbook(tables, dir.resolve("book.xlsx"), null);

        Tables.Run run = Tables.validate(book);

        assertThat(run.issues()).isEmpty();
        assertThat(run.summary().valid()).isEqualTo(4);
        assertThat(run.tables()).extracting(TableInfo::file).contains(book + "#pathways", book + "#services");
        assertThat(run.tables()).allSatisfy(table -> assertThat(table.encoding()).isEmpty());
    }

    @Test
    void anIssueInASheetNamesTheWorkbookTheSheetTheRowAndTheColumn() throws IOException {
        Path tables = Tables.tables(CepExamples.dataset().records(), dir.resolve("tables"));
        Path book = workbook(tables, dir.resolve("book.xlsx"), "LEVEL_9");

        Tables.Run run = Tables.validate(book);

        assertThat(run.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.rule()).isEqualTo("format.enum");
            assertThat(issue.path()).isEqualTo("/services/1/level");
            assertThat(issue.file()).contains(book + "#services");
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).contains("level");
        });
        assertThat(run.issues()).extracting(Issue::message).noneMatch(m -> m.contains("LEVEL_9"));
    }

    /**
     * The CSV tables of {@code folder} as one workbook: a date column's cells as spreadsheet dates, the others as
     * text; with {@code badLevel}, the level of the second service is that text.
     */
    private static Path workbook(Path folder, Path book, String badLevel) throws IOException {
        try (OutputStream out = Files.newOutputStream(book); Workbook workbook = new Workbook(out, "cepkit", "1.0")) {
            for (Table table : TableLayout.tables()) {
                List<CSVRecord> rows = read(folder.resolve(table.fileName()));
                Worksheet sheet = workbook.newWorksheet(table.name());
                String[] header = rows.get(0).values();
                for (int r = 0; r < rows.size(); r++) {
                    String[] cells = rows.get(r).values();
                    for (int c = 0; c < cells.length; c++) {
                        boolean date = r > 0 && table.column(header[c]).flatMap(Column::property)
                                .filter(p -> p.kind() == Property.Kind.DATE).isPresent() && !cells[c].isEmpty();
                        if (date) {
                            sheet.value(r, c, LocalDate.parse(cells[c]));
                            sheet.style(r, c).format("yyyy-mm-dd").set();
                        } else if (badLevel != null && table.name().equals("services") && r == 2
                                && header[c].equals("level")) {
                            sheet.value(r, c, badLevel);
                        } else if (!cells[c].isEmpty()) {
                            sheet.value(r, c, cells[c]);
                        }
                    }
                }
            }
        }
        return book;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
