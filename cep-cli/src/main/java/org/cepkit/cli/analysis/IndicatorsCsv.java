package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.Writer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cepkit.analysis.indicators.Cell;
import org.cepkit.analysis.indicators.Dimension;
import org.cepkit.analysis.indicators.IndicatorTable;
import org.cepkit.analysis.indicators.Measure;

/**
 * An indicator table as CSV (RFC 4180): a header of dimension keys and measure keys, one row per cell and
 * margin total ({@code *} on a totalled dimension), {@code s} for a suppressed measure, nothing for a median of
 * no ended pathway. With {@code ;} as separator the decimals take a comma, as a French spreadsheet reads them;
 * a UTF-8 byte order mark can start the file for the spreadsheets that need one to read UTF-8.
 *
 * <pre>{@code
 * new IndicatorsCsv(';', true).write(table, writer);
 * }</pre>
 */
public final class IndicatorsCsv {

    /** What a suppressed measure shows. */
    public static final String SUPPRESSED = "s";

    private final char separator;
    private final boolean bom;

    /**
     * @param separator {@code ,} or {@code ;}
     * @param bom whether to start with a UTF-8 byte order mark
     */
    public IndicatorsCsv(char separator, boolean bom) {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("CSV separator '" + separator + "': expected , or ;");
        }
        this.separator = separator;
        this.bom = bom;
    }

    public void write(IndicatorTable table, Writer out) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        List<String> header = new ArrayList<>();
        for (Dimension dimension : table.dimensions()) {
            header.add(dimension.key());
        }
        for (Measure measure : Measure.values()) {
            header.add(measure.key());
        }
        Csv.row(header, separator, out);
        DecimalFormat decimal = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(
                separator == ';' ? Locale.FRENCH : Locale.ROOT));
        for (Cell cell : table.cells()) {
            List<String> fields = new ArrayList<>(cell.values());
            for (Measure measure : Measure.values()) {
                if (cell.isSuppressed(measure)) {
                    fields.add(SUPPRESSED);
                } else if (measure == Measure.MEDIAN_DAYS) {
                    fields.add(cell.medianDays().isPresent() ? decimal.format(cell.medianDays().getAsDouble()) : "");
                } else {
                    fields.add(Long.toString(cell.count(measure).getAsLong()));
                }
            }
            Csv.row(fields, separator, out);
        }
        out.flush();
    }
}
