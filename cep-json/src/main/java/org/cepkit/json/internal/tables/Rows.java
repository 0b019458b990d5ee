package org.cepkit.json.internal.tables;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of one table, header first, read one at a time: from a CSV file ({@link CsvRows}) or a workbook's sheet
 * ({@link XlsxRows}).
 */
interface Rows extends Closeable {

    /**
     * Moves to the next row that has a cell; false at the end.
     *
     * @throws BrokenTable when the rest of the table cannot be read
     */
    boolean next() throws IOException;

    /** The row's number as a spreadsheet shows it: the header is row 1. */
    long row();

    /** The row's cells, as text; an empty cell is {@code ""}. */
    String[] cells();

    /** The table as a report names it. */
    String file();

    /** The encoding found, for a CSV file. */
    default String encoding() {
        return null;
    }

    /** The separator found, for a CSV file. */
    default String separator() {
        return null;
    }

    /** A table whose rows cannot be read further (an unclosed quote, a broken workbook). */
    final class BrokenTable extends IOException {
        private static final long serialVersionUID = 1L;

        final long row;
        final String english;
        final String french;

        BrokenTable(long row, String english, String french, Throwable cause) {
            super(english, cause);
            this.row = row;
            this.english = english;
            this.french = french;
        }
    }
}
