package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.network.ConfigurationEvidence;
import org.cepkit.analysis.network.NetworkOperator;
import org.cepkit.analysis.network.NetworkReport;
import org.cepkit.analysis.network.OperatorPair;
import org.cepkit.analysis.network.TerritoryNetwork;
import org.cepkit.cli.Messages;
import org.cepkit.model.CodeList;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Partner;

/**
 * The networks as one self-contained HTML page, in French or English: for each territory its drawing (SVG inline),
 * its measures, its operators and the evidence beside each cooperation's declared configuration. No script, and
 * a Content-Security-Policy that lets the page load nothing.
 *
 * <pre>{@code
 * new NetworkHtml(Messages.of(Locale.ENGLISH)).write(report, report.networks(), writer);
 * }</pre>
 */
public final class NetworkHtml {

    private final Messages messages;
    private final NetworkDrawing drawing;

    public NetworkHtml(Messages messages) {
        this.messages = messages;
        this.drawing = new NetworkDrawing(messages);
    }

    public void write(NetworkReport report, List<TerritoryNetwork> networks, Writer out) throws IOException {
        String title = messages.get("network.html.title");
        out.write(HtmlPage.head(messages.locale().getLanguage(), title));
        out.write("<h1>" + esc(title) + "</h1>\n");
        out.write("<p class=\"lead\">" + esc(messages.get("network.html.lead", networks.size(),
                report.leftOut().count(Exclusion.INVALID))) + "</p>\n");
        out.write("<p class=\"note\">" + esc(messages.get("network.html.presence")) + " "
                + esc(messages.get("network.html.evidence")) + "</p>\n");
        if (networks.size() > 1) {
            out.write("<nav><ul>\n");
            for (int i = 0; i < networks.size(); i++) {
                out.write("<li><a href=\"#t" + i + "\">" + esc(Labels.territory(networks.get(i).territory(), messages))
                        + "</a></li>\n");
            }
            out.write("</ul></nav>\n");
        }
        for (int i = 0; i < networks.size(); i++) {
            territory(networks.get(i), i, out);
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private void territory(TerritoryNetwork n, int index, Writer out) throws IOException {
        out.write("<section id=\"t" + index + "\">\n<h2>" + esc(Labels.territory(n.territory(), messages))
                + "</h2>\n");
        out.write(drawing.svg(n, 0, false));
        out.write("<table>\n");
        measure(out, "network.measure.families", codes(n.families()));
        measure(out, "network.measure.missingFamilies", n.missingFamilies().isEmpty() ? "—" : codes(n.missingFamilies()));
        measure(out, "network.measure.density", number(n.density()));
        measure(out, "network.measure.degreeCentralization", number(n.degreeCentralization()));
        measure(out, "network.measure.components", messages.number(n.components()));
        measure(out, "network.measure.isolates", n.isolates().isEmpty() ? "—" : String.join(", ", n.isolates()));
        measure(out, "network.measure.formalisation", number(n.formalisation()));
        measure(out, "network.measure.purposes", codes(n.purposes()));
        measure(out, "network.measure.reciprocity", number(n.reciprocity()));
        measure(out, "network.measure.declaredNotObserved", pairs(n.declaredNotObserved()));
        measure(out, "network.measure.observedNotDeclared", pairs(n.observedNotDeclared()));
        measure(out, "network.measure.partners", partners(n.partners()));
        measure(out, "network.measure.animators", partners(n.animators()));
        out.write("</table>\n");
        out.write("<table>\n<thead><tr><th>" + esc(messages.get("network.html.operator")) + "</th><th>"
                + esc(messages.get("network.html.family")) + "</th><th>" + esc(messages.get("network.html.present"))
                + "</th><th>" + esc(messages.get("network.html.degree")) + "</th><th>"
                + esc(messages.get("network.html.betweenness")) + "</th></tr></thead>\n<tbody>\n");
        for (NetworkOperator operator : n.operators()) {
            out.write("<tr><td>" + esc(operator.name().orElse(operator.id())) + " <span class=\"s\">("
                    + esc(operator.id()) + ")</span></td><td>" + esc(Labels.shortFamily(operator.family(), messages))
                    + "</td><td>" + esc(messages.get(operator.present() ? "value.true" : "value.false"))
                    + "</td><td class=\"n\">" + operator.degree() + "</td><td class=\"n\">"
                    + messages.decimal(operator.betweenness(), 2) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
        for (ConfigurationEvidence e : n.configurationEvidence()) {
            evidence(e, out);
        }
        out.write("</section>\n");
    }

    private void evidence(ConfigurationEvidence e, Writer out) throws IOException {
        out.write("<h3>" + esc(messages.get("network.html.evidenceOf", e.cooperation(),
                Labels.code(e.declared(), messages))) + "</h3>\n<table>\n<thead><tr><th>"
                + esc(messages.get("network.html.configuration")) + "</th><th>"
                + esc(messages.get("network.html.signal")) + "</th><th>" + esc(messages.get("network.html.shown"))
                + "</th></tr></thead>\n<tbody>\n");
        for (Configuration configuration : NetworkJson.CEREQ) {
            for (ConfigurationEvidence.Signal signal : e.signalsOf(configuration)) {
                String shown = signal.observed().map(o -> messages.get(o ? "value.true" : "value.false"))
                        .orElse(messages.get("network.html.unknown"));
                out.write("<tr" + (configuration == e.declared() ? " class=\"total\"" : "") + "><td>"
                        + esc(Labels.code(configuration, messages)) + "</td><td>"
                        + esc(messages.get("network.signal." + signal.name())) + "</td><td>" + esc(shown)
                        + "</td></tr>\n");
            }
        }
        out.write("</tbody>\n</table>\n");
    }

    private void measure(Writer out, String key, String value) throws IOException {
        out.write("<tr><th scope=\"row\">" + esc(messages.get(key)) + "</th><td>" + esc(value) + "</td></tr>\n");
    }

    private String number(OptionalDouble value) {
        return value.isPresent() ? messages.decimal(value.getAsDouble(), 2) : "—";
    }

    private String codes(List<? extends CodeList> codes) {
        return codes.stream().map(code -> Labels.code(code, messages)).collect(Collectors.joining(", "));
    }

    private static String pairs(List<OperatorPair> pairs) {
        return pairs.isEmpty() ? "—" : pairs.stream().map(p -> p.first() + " – " + p.second())
                .collect(Collectors.joining(", "));
    }

    private static String partners(List<Partner> partners) {
        return partners.isEmpty() ? "—" : partners.stream().map(Partner::getName).collect(Collectors.joining(", "));
    }

    private static String esc(String text) {
        return HtmlPage.escape(text);
    }
}
