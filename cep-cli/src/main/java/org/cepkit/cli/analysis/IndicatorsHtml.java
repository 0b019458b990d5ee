package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.indicators.Cell;
import org.cepkit.analysis.indicators.Dimension;
import org.cepkit.analysis.indicators.IndicatorTable;
import org.cepkit.analysis.indicators.Measure;
import org.cepkit.cli.Messages;
import org.cepkit.rules.territory.Referential;
import tools.jackson.core.JsonGenerator;

/**
 * An indicator table as one self-contained HTML page, in French or English: what was counted and left out, the
 * disclosure-control notice, a bar chart of the pathways by each dimension (its one-way totals; a suppressed
 * bar is left out and marked {@code s}), and the whole table. Chart.js is inlined; the page loads nothing.
 *
 * <pre>{@code
 * new IndicatorsHtml(Messages.of(Locale.ENGLISH), Referential.embedded()).write(table, writer);
 * }</pre>
 */
public final class IndicatorsHtml {

    private final Messages messages;
    private final Labels labels;

    public IndicatorsHtml(Messages messages, Referential referential) {
        this.messages = messages;
        this.labels = new Labels(messages, referential);
    }

    public void write(IndicatorTable table, Writer out) throws IOException {
        out.write(HtmlPage.head(messages.locale().getLanguage(), messages.get("html.title")));
        out.write("<h1>" + HtmlPage.escape(messages.get("html.title")) + "</h1>\n");
        List<String> dimensionNames = table.dimensions().stream().map(labels::dimension).toList();
        String by = messages.get("html.by", String.join(" × ", dimensionNames));
        out.write("<p class=\"lead\">" + HtmlPage.escape(table.dimensions().contains(Dimension.PERIOD)
                ? messages.get("html.lead", by, messages.get("html.period." + table.granularity().key()))
                : by + ".") + "</p>\n");
        Cell total = table.total().orElse(null);
        boolean totalShown = total != null && !total.isSuppressed(Measure.PATHWAYS);
        long counted = totalShown ? total.count(Measure.PATHWAYS).getAsLong() : 0;
        out.write("<p>" + HtmlPage.escape(messages.get("html.records",
                totalShown ? messages.number(counted) : IndicatorsCsv.SUPPRESSED, counted,
                table.leftOut().total(), table.leftOut().count(Exclusion.INVALID),
                table.leftOut().count(Exclusion.OTHER_TYPE), table.leftOut().count(Exclusion.AGE_OUT_OF_RANGE)))
                + "</p>\n");
        if (table.isDisclosureControlled()) {
            out.write("<p class=\"note\">" + HtmlPage.escape(messages.get("html.disclosure", table.minCell()))
                    + " " + HtmlPage.escape(messages.get("html.beneficiaries")) + "</p>\n");
        } else {
            out.write("<p class=\"warning\">" + HtmlPage.escape(messages.get("html.noDisclosure")) + "</p>\n");
        }
        out.write("<div class=\"charts\">\n");
        for (int d = 0; d < table.dimensions().size(); d++) {
            out.write("<figure><figcaption>" + HtmlPage.escape(messages.get("html.chart", dimensionNames.get(d)))
                    + "</figcaption><canvas id=\"chart-" + d + "\" height=\"260\"></canvas></figure>\n");
        }
        out.write("</div>\n<p class=\"s\">" + HtmlPage.escape(messages.get("html.chartNote")) + "</p>\n");
        out.write("<h2>" + HtmlPage.escape(messages.get("html.table")) + "</h2>\n");
        table(table, out);
        out.write("<script type=\"application/json\" id=\"charts\">" + HtmlPage.scriptSafe(charts(table))
                + "</script>\n");
        out.write("<script>\n" + HtmlPage.chartJs() + "\n</script>\n");
        out.write("<script>\n" + CHARTS_SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static final String CHARTS_SCRIPT = """
            const charts = JSON.parse(document.getElementById('charts').textContent);
            charts.forEach((chart, i) => {
              new Chart(document.getElementById('chart-' + i), {
                type: 'bar',
                data: { labels: chart.labels, datasets: [{ label: chart.measure, data: chart.values,
                        backgroundColor: '#3465a4' }] },
                options: { animation: false, indexAxis: chart.labels.length > 8 ? 'y' : 'x',
                           plugins: { legend: { display: false } },
                           scales: { x: { ticks: { autoSkip: false } }, y: { ticks: { autoSkip: false } } } }
              });
            });
            """;

    /** One chart per dimension: its values, and the pathways of its one-way totals. */
    private String charts(IndicatorTable table) {
        StringWriter json = new StringWriter();
        try (JsonGenerator g = JsonOutput.generator(json)) {
            g.writeStartArray();
            for (int d = 0; d < table.dimensions().size(); d++) {
                Dimension dimension = table.dimensions().get(d);
                g.writeStartObject();
                g.writeStringProperty("measure", labels.measure(Measure.PATHWAYS));
                List<String> names = new ArrayList<>();
                List<Long> values = new ArrayList<>();
                for (Cell cell : table.cells()) {
                    if (isOneWayTotal(cell, d)) {
                        boolean suppressed = cell.isSuppressed(Measure.PATHWAYS);
                        String name = labels.value(dimension, cell.values().get(d));
                        names.add(suppressed ? name + " (" + IndicatorsCsv.SUPPRESSED + ")" : name);
                        values.add(suppressed ? null : cell.count(Measure.PATHWAYS).getAsLong());
                    }
                }
                g.writeArrayPropertyStart("labels");
                for (String name : names) {
                    g.writeString(name);
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("values");
                for (Long value : values) {
                    if (value == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(value);
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return json.toString();
    }

    /** Whether the cell is a value of dimension {@code d} with every other dimension totalled. */
    private static boolean isOneWayTotal(Cell cell, int d) {
        for (int i = 0; i < cell.values().size(); i++) {
            boolean total = Cell.TOTAL.equals(cell.values().get(i));
            if (i == d ? total : !total) {
                return false;
            }
        }
        return true;
    }

    private void table(IndicatorTable table, Writer out) throws IOException {
        out.write("<table>\n<thead><tr>");
        for (Dimension dimension : table.dimensions()) {
            out.write("<th scope=\"col\">" + HtmlPage.escape(labels.dimension(dimension)) + "</th>");
        }
        for (Measure measure : Measure.values()) {
            out.write("<th scope=\"col\">" + HtmlPage.escape(labels.measure(measure)) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        String suppressed = "<td class=\"n s\" title=\"" + HtmlPage.escape(messages.get("html.suppressed")) + "\">"
                + IndicatorsCsv.SUPPRESSED + "</td>";
        for (Cell cell : table.cells()) {
            out.write(cell.isMargin() ? "<tr class=\"total\">" : "<tr>");
            for (int d = 0; d < table.dimensions().size(); d++) {
                out.write("<td>" + HtmlPage.escape(labels.value(table.dimensions().get(d), cell.values().get(d)))
                        + "</td>");
            }
            for (Measure measure : Measure.values()) {
                if (cell.isSuppressed(measure)) {
                    out.write(suppressed);
                } else if (measure == Measure.MEDIAN_DAYS) {
                    out.write("<td class=\"n\">" + (cell.medianDays().isPresent()
                            ? messages.decimal(cell.medianDays().getAsDouble()) : "") + "</td>");
                } else {
                    out.write("<td class=\"n\">" + messages.number(cell.count(measure).getAsLong()) + "</td>");
                }
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }
}
