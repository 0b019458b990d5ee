package org.cepkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.indicators.Cell;
import org.cepkit.analysis.indicators.Dimension;
import org.cepkit.analysis.indicators.Granularity;
import org.cepkit.analysis.indicators.IndicatorTable;
import org.cepkit.analysis.indicators.Indicators;
import org.cepkit.analysis.indicators.Measure;
import org.cepkit.analysis.indicators.Tabulation;
import org.cepkit.cli.analysis.IndicatorsCsv;
import org.cepkit.cli.analysis.IndicatorsHtml;
import org.cepkit.cli.analysis.IndicatorsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cep indicators}: the common CEP indicators of the valid records, under statistical disclosure control. */
@Command(name = "indicators", sortOptions = false)
final class IndicatorsCommand extends AnalysisCommand {

    private static final List<String> FORMATS = List.of("csv", "json", "html");

    @Option(names = "--by", paramLabel = "DIMS", descriptionKey = "by")
    private String by;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "period")
    private String period;

    @Option(names = "--min-cell", paramLabel = "N", descriptionKey = "min-cell")
    private String minCell;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "indicators.format")
    private String format = "csv";

    @Override
    int analyse(Messages messages, PrintWriter err) throws IOException, UsageException {
        Granularity granularity = Granularity.YEAR;
        if (period != null) {
            granularity = Granularity.fromKey(period).orElseThrow(() -> new UsageException(
                    messages.get("error.period", period)));
        }
        List<Dimension> dimensions = dimensions(messages);
        int threshold = Indicators.DEFAULT_MIN_CELL;
        if (minCell != null) {
            try {
                threshold = Integer.parseInt(minCell.trim());
            } catch (NumberFormatException e) {
                threshold = 0;
            }
            if (threshold < 1) {
                throw new UsageException(messages.get("error.minCell", minCell));
            }
        }
        if (!FORMATS.contains(format)) {
            throw new UsageException(messages.get("error.format", format, String.join(", ", FORMATS)));
        }
        RecordSource source = RecordSource.open(input, messages, err);
        Tabulation tabulation = Indicators.builder().dimensions(dimensions).granularity(granularity)
                .minCell(threshold).referential(source.referential()).build().tabulation();
        RecordSource.Outcome outcome = source.read(tabulation::add);
        tabulation.leaveOut(Exclusion.INVALID, outcome.invalid());
        IndicatorTable table = tabulation.table();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> new IndicatorsJson().write(table, out);
            case "html" -> new IndicatorsHtml(messages, source.referential()).write(table, out);
            default -> new IndicatorsCsv(separator.charAt(0), bom).write(table, out);
        }
        out.flush();
        summary(table, messages, err);
        return outcome.unreadable() ? 2 : 0;
    }

    /** The dimensions of {@code --by} (family,period by default), with period added when --period asks for it. */
    private List<Dimension> dimensions(Messages messages) throws UsageException {
        List<Dimension> result = new ArrayList<>();
        for (String key : (by == null ? "family,period" : by).split(",", -1)) {
            String trimmed = key.trim();
            Optional<Dimension> dimension = Dimension.fromKey(trimmed);
            if (dimension.isEmpty()) {
                throw new UsageException(messages.get("error.by", messages.get("error.dimension", trimmed,
                        Dimension.keys())));
            }
            if (result.contains(dimension.get())) {
                throw new UsageException(messages.get("error.by",
                        messages.get("error.dimensionTwice", trimmed)));
            }
            result.add(dimension.get());
        }
        if (period != null && !result.contains(Dimension.PERIOD)) {
            result.add(Dimension.PERIOD);
        }
        if (result.size() > Indicators.MAX_DIMENSIONS) {
            throw new UsageException(messages.get("error.by", messages.get("error.dimensionCount",
                    result.size(), Indicators.MAX_DIMENSIONS)));
        }
        return result;
    }

    private static void summary(IndicatorTable table, Messages messages, PrintWriter err) {
        Optional<Cell> total = table.total();
        boolean shown = total.isPresent() && !total.get().isSuppressed(Measure.PATHWAYS);
        long pathways = shown ? total.get().count(Measure.PATHWAYS).getAsLong() : 0;
        err.println(messages.get("summary.indicators", shown ? messages.number(pathways) : IndicatorsCsv.SUPPRESSED,
                pathways, table.leftOut().total(), table.leftOut().count(Exclusion.INVALID),
                table.leftOut().count(Exclusion.OTHER_TYPE), table.leftOut().count(Exclusion.AGE_OUT_OF_RANGE)));
        if (!table.isDisclosureControlled()) {
            err.println(messages.get("summary.noDisclosure"));
        }
        err.flush();
    }
}
