package org.cepkit.json.internal.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file (RFC 4180, as spreadsheets export it), read with Apache Commons CSV once its encoding and
 * separator are found ({@link CsvDialect}).
 */
final class CsvRows implements Rows {

    private final String file;
    private final CsvDialect dialect;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long row;
    private String[] cells;

    private CsvRows(String file, CsvDialect dialect, CSVParser parser) {
        this.file = file;
        this.dialect = dialect;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens {@code path}, named {@code file} in the issues, its dialect found first. */
    static CsvRows open(Path path, String file) throws IOException {
        CsvDialect dialect = CsvDialect.of(path);
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        try {
            if (dialect.bom()) {
                in.skipNBytes(3);
            }
            Reader reader = new InputStreamReader(in, dialect.charset());
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(dialect.separator())
                    .setIgnoreEmptyLines(false)
                    .get();
            return new CsvRows(file, dialect, CSVParser.parse(reader, format));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // what Commons CSV says may quote the cell; the report says only where
                throw new BrokenTable(row + 1, "the rows from row " + (row + 1) + " on cannot be read (a quote left"
                        + " open?)", "les lignes à partir de la ligne " + (row + 1) + " sont illisibles (un guillemet"
                        + " non fermé ?)", e);
            }
            row = record.getRecordNumber();
            if (isBlank(record)) {
                continue;
            }
            cells = record.values();
            return true;
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
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
    public String encoding() {
        return dialect.encodingName();
    }

    @Override
    public String separator() {
        return String.valueOf(dialect.separator());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
