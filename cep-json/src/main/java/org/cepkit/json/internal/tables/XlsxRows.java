package org.cepkit.json.internal.tables;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cepkit.json.tables.Column;
import org.cepkit.json.tables.Table;
import org.cepkit.model.wire.Property;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet of an XLSX workbook, streamed with FastExcel: the sheet is never held in memory. Each
 * sheet is opened from its own workbook reader, so that several sheets are read side by side. A number in a date
 * column is a spreadsheet's date (days since 1899-12-30) and becomes its ISO date; a boolean is {@code true} or
 * {@code false}; a whole number loses the {@code .0} a spreadsheet may store.
 */
final class XlsxRows implements Rows {

    /** Day 0 of the dates of a workbook (the 1900 date system, as spreadsheets count it after 1900-03-01). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private final String file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final Table table;
    private boolean[] dates = new boolean[0];
    private boolean header = true;
    private long row;
    private String[] cells;

    private XlsxRows(String file, ReadableWorkbook workbook, Stream<Row> stream, Table table) {
        this.file = file;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        this.table = table;
    }

    /** The names of the sheets of {@code path}, in their order. */
    static List<String> sheets(Path path) throws IOException {
        try (ReadableWorkbook workbook = open(path)) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                names.add(sheet.getName());
            }
            return names;
        } catch (RuntimeException e) {
            throw broken(e);
        }
    }

    /** The sheet {@code sheetName} of {@code path}, holding {@code table}, named {@code file} in the issues. */
    static XlsxRows open(Path path, String sheetName, String file, Table table) throws IOException {
        ReadableWorkbook workbook = open(path);
        try {
            Optional<Sheet> sheet = workbook.findSheet(sheetName);
            if (sheet.isEmpty()) {
                throw new Rows.BrokenTable(0, "no sheet " + sheetName, "aucune feuille " + sheetName, null);
            }
            return new XlsxRows(file, workbook, sheet.get().openStream(), table);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e instanceof Rows.BrokenTable broken ? broken : broken(e);
        }
    }

    private static ReadableWorkbook open(Path path) throws IOException {
        try {
            return new ReadableWorkbook(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw broken(e);
        }
    }

    private static Rows.BrokenTable broken(Exception e) {
        return new Rows.BrokenTable(0, "not a readable XLSX workbook", "pas un classeur XLSX lisible", e);
    }

    @Override
    public boolean next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row next = rows.next();
                String[] values = values(next);
                if (header) {
                    header = false;
                    dates = dateColumns(values);
                }
                boolean blank = true;
                for (String value : values) {
                    blank &= value.isEmpty();
                }
                if (!blank) {
                    row = next.getRowNum();
                    cells = values;
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            throw new Rows.BrokenTable(row + 1, "the rows from row " + (row + 1) + " on cannot be read",
                    "les lignes à partir de la ligne " + (row + 1) + " sont illisibles", e);
        }
    }

    private boolean[] dateColumns(String[] names) {
        boolean[] flags = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            flags[i] = table.column(names[i]).flatMap(Column::property)
                    .filter(p -> p.kind() == Property.Kind.DATE).isPresent();
        }
        return flags;
    }

    private String[] values(Row source) {
        String[] values = new String[source.getCellCount()];
        for (int i = 0; i < values.length; i++) {
            Cell cell = source.getCell(i);
            values[i] = cell == null ? "" : text(cell, i < dates.length && dates[i]);
        }
        return values;
    }

    private static String text(Cell cell, boolean date) {
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal number = new BigDecimal(raw);
                if (date && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                        && number.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                    return EPOCH.plusDays(number.longValueExact()).toString();
                }
                return number.scale() > 0 && number.stripTrailingZeros().scale() <= 0
                        ? number.stripTrailingZeros().toPlainString() : raw;
            }
            case BOOLEAN -> {
                return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
            }
            case EMPTY -> {
                return "";
            }
            default -> {
                String text = cell.getText();
                return text == null ? "" : text;
            }
        }
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public String[] cells() {
        return cells;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
