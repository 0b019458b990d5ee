package org.cepkit.json.tables;

import java.util.Optional;

/**
 * One table read, as a report tells it: its file (for a workbook, {@code book.xlsx#pathways}), the table it holds,
 * its rows, for a CSV file the encoding and the separator found in it, and whether it had to be sorted.
 *
 * @param file the file, as the issues name it
 * @param table the table's name ({@code pathways})
 * @param rows the rows read, the header excluded
 * @param encoding {@code UTF-8}, {@code UTF-8 (BOM)} or {@code windows-1252}; empty for a workbook
 * @param separator {@code ,}, {@code ;} or a tab; empty for a workbook
 * @param sorted whether this child table was not in the order of its records ({@code pathwayId} in the order of
 *     {@code pathways.csv}, then {@code index}) and was sorted on disk before it was joined (docs/tables.md)
 */
public record TableInfo(String file, String table, long rows, Optional<String> encoding, Optional<String> separator,
        boolean sorted) {
}
