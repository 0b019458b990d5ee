package org.cepkit.json.internal.tables;

import java.util.Locale;

/**
 * The names of tabular inputs ({@code JsonInput.formatOf}), told apart without loading the table readers:
 * {@link TableReading} and {@link TableSet} build a Jackson {@code JsonMapper} when they load, which cost an NDJSON validation about 0.1 s
 * of class loading for a mere look at a file name (measured: the first databind class loaded at
 * {@code JsonInput.formatOf}).
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** Whether a file name is one of a tabular input: {@code .csv}, {@code .tsv}, {@code .xlsx}, a data package. */
    public static boolean isTabular(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".xlsx")
                || lower.equals("datapackage.json");
    }
}
