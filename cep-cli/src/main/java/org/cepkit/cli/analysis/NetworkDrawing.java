package org.cepkit.cli.analysis;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cepkit.analysis.network.DeclaredTie;
import org.cepkit.analysis.network.NetworkOperator;
import org.cepkit.analysis.network.ObservedTie;
import org.cepkit.analysis.network.OperatorPair;
import org.cepkit.analysis.network.TerritoryNetwork;
import org.cepkit.cli.Messages;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.OperatorFamily;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Draws a territory's network as SVG: a force-directed layout (Fruchterman and Reingold, JGraphT's
 * {@link FRLayoutAlgorithm2D}, seeded so that the same network is drawn the same way), nodes coloured by family
 * (the Okabe–Ito palette, which colour-blind readers can tell apart), a node with a dashed outline for an operator
 * a cooperation declares but that has no site or coverage in the territory, declared ties drawn by their most
 * formal form, ties that only referrals show in light grey, the operators' names beside their nodes, and a
 * legend. Every text from the input is escaped.
 */
final class NetworkDrawing {

    static final int WIDTH = 1000;
    private static final int LEGEND = 110;
    private static final int MARGIN = 70;
    private static final int NAME_LENGTH = 40;
    private static final long SEED = 42;

    private static final Map<OperatorFamily, String> COLORS = new EnumMap<>(OperatorFamily.class);

    static {
        COLORS.put(OperatorFamily.FRANCE_TRAVAIL, "#0072B2");
        COLORS.put(OperatorFamily.APEC, "#E69F00");
        COLORS.put(OperatorFamily.CAP_EMPLOI, "#009E73");
        COLORS.put(OperatorFamily.MISSION_LOCALE, "#CC79A7");
        COLORS.put(OperatorFamily.REGIONAL_OPERATOR, "#D55E00");
        COLORS.put(OperatorFamily.OPACIF_FONGECIF, "#56B4E9");
    }

    /** The forms from the most formal, with their stroke: colour, width, dashes. */
    private static final List<RelationForm> FORMS = List.of(RelationForm.COORDINATION_BODY,
            RelationForm.CONTRACTUAL_PARTNERSHIP, RelationForm.ADVISER_COLLABORATION, RelationForm.OCCASIONAL);
    private static final Map<RelationForm, String> STROKES = new EnumMap<>(Map.of(
            RelationForm.COORDINATION_BODY, "stroke=\"#3b2a6e\" stroke-width=\"4\"",
            RelationForm.CONTRACTUAL_PARTNERSHIP, "stroke=\"#1b1b1b\" stroke-width=\"3\"",
            RelationForm.ADVISER_COLLABORATION, "stroke=\"#1b1b1b\" stroke-width=\"2\" stroke-dasharray=\"8 5\"",
            RelationForm.OCCASIONAL, "stroke=\"#1b1b1b\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\""));
    private static final String OBSERVED = "stroke=\"#b0b0b0\" stroke-width=\"2\"";

    private final Messages messages;

    NetworkDrawing(Messages messages) {
        this.messages = messages;
    }

    /** The height of a network's drawing, legend included: more room for more operators. */
    static int height(TerritoryNetwork network) {
        return Math.max(360, Math.min(1000, 200 + 24 * network.operators().size())) + LEGEND;
    }

    /**
     * The drawing as an {@code <svg>} element, at {@code (0, y)} of an enclosing drawing; {@code heading} writes
     * the territory's name at its top, for a drawing that no page heading names.
     */
    String svg(TerritoryNetwork network, int y, boolean heading) {
        int height = height(network);
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" x=\"0\" y=\"").append(y).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
        String title = Labels.territory(network.territory(), messages);
        out.append("<title>").append(HtmlPage.escape(title)).append("</title>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (heading) {
            out.append("<text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\">")
                    .append(HtmlPage.escape(title)).append("</text>\n");
        }
        Map<String, Point2D> points = layout(network, height - LEGEND);
        Map<OperatorPair, DeclaredTie> declared = new HashMap<>();
        network.declaredTies().forEach(t -> declared.put(new OperatorPair(t.first(), t.second()), t));
        for (ObservedTie tie : network.observedTies()) {
            if (!declared.containsKey(new OperatorPair(tie.first(), tie.second()))) {
                line(out, points.get(tie.first()), points.get(tie.second()), OBSERVED,
                        messages.get("network.svg.observed", messages.number(tie.referrals())));
            }
        }
        for (DeclaredTie tie : network.declaredTies()) {
            RelationForm form = FORMS.stream().filter(tie.forms()::contains).findFirst().orElseThrow();
            line(out, points.get(tie.first()), points.get(tie.second()), STROKES.get(form),
                    Labels.code(form, messages));
        }
        for (NetworkOperator operator : network.operators()) {
            Point2D p = points.get(operator.id());
            String name = operator.name().orElse(operator.id());
            out.append("<g><title>").append(HtmlPage.escape(name + " (" + operator.id() + ") — "
                    + Labels.code(operator.family(), messages))).append("</title>");
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"11\" fill=\"%s\" stroke=\"%s\""
                    + " stroke-width=\"2\"%s/>", p.getX(), p.getY(), color(operator.family()),
                    operator.present() ? "#ffffff" : "#1b1b1b", operator.present() ? "" : " stroke-dasharray=\"3 2\""));
            String label = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - 1) + "…" : name;
            boolean left = p.getX() > WIDTH - 240;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"%s\""
                    + " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"4\">%s</text></g>\n",
                    p.getX() + (left ? -16 : 16), p.getY() + 4, left ? "end" : "start", HtmlPage.escape(label)));
        }
        legend(out, height - LEGEND + 10);
        out.append("</svg>\n");
        return out.toString();
    }

    private static void line(StringBuilder out, Point2D a, Point2D b, String stroke, String title) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s>"
                + "<title>%s</title></line>\n", a.getX(), a.getY(), b.getX(), b.getY(), stroke,
                HtmlPage.escape(title)));
    }

    private void legend(StringBuilder out, int y) {
        out.append("<g font-size=\"12\">\n");
        int x = 20;
        for (Map.Entry<OperatorFamily, String> family : COLORS.entrySet()) {
            String label = Labels.shortFamily(family.getKey(), messages);
            out.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 7, y + 10, family.getValue(), x + 20, y + 14,
                    HtmlPage.escape(label)));
            x += 40 + 8 * label.length();
        }
        x = 20;
        int lineY = y + 42;
        for (RelationForm form : FORMS) {
            String label = Labels.code(form, messages);
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" %s/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>\n", x, lineY, x + 36, lineY, STROKES.get(form), x + 44,
                    lineY + 4, HtmlPage.escape(label)));
            x += 56 + (int) (6.3 * label.length());
            if (x > WIDTH - 250) {
                x = 20;
                lineY += 22;
            }
        }
        String observed = messages.get("network.svg.observedOnly");
        out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" %s/>"
                + "<text x=\"%d\" y=\"%d\">%s</text>\n", x, lineY, x + 36, lineY, OBSERVED, x + 44, lineY + 4,
                HtmlPage.escape(observed)));
        out.append(String.format(Locale.ROOT, "<circle cx=\"27\" cy=\"%d\" r=\"7\" fill=\"#ffffff\" stroke=\"#1b1b1b\""
                + " stroke-dasharray=\"3 2\"/><text x=\"40\" y=\"%d\">%s</text>\n", lineY + 26, lineY + 30,
                HtmlPage.escape(messages.get("network.svg.notPresent"))));
        out.append("</g>\n");
    }

    /**
     * Each operator's place: JGraphT's Fruchterman–Reingold layout of the operators with a tie, scaled into the
     * drawing, and the operators without one in a column on the right, so that they do not squeeze the others.
     */
    private static Map<String, Point2D> layout(TerritoryNetwork network, int height) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        network.operators().forEach(o -> graph.addVertex(o.id()));
        network.declaredTies().forEach(t -> graph.addEdge(t.first(), t.second()));
        network.observedTies().forEach(t -> graph.addEdge(t.first(), t.second()));
        List<String> isolated = graph.vertexSet().stream().filter(v -> graph.degreeOf(v) == 0).toList();
        isolated.forEach(graph::removeVertex);
        double top = 60;
        double bottom = height - 30;
        double right = isolated.isEmpty() ? WIDTH - MARGIN - 160 : WIDTH - MARGIN - 420;
        Map<String, Point2D> points = new HashMap<>();
        for (int i = 0; i < isolated.size(); i++) {
            double y = isolated.size() == 1 ? (top + bottom) / 2 : top + i * (bottom - top) / (isolated.size() - 1);
            points.put(isolated.get(i), new Point2D(WIDTH - MARGIN - 250, y));
        }
        if (graph.vertexSet().isEmpty()) {
            return points;
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(1000, 1000));
        if (graph.vertexSet().size() == 1) {
            model.put(graph.vertexSet().iterator().next(), new Point2D(500, 500));
        } else {
            new FRLayoutAlgorithm2D<String, DefaultEdge>(250, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                    new Random(SEED)).layout(graph, model);
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : graph.vertexSet()) {
            Point2D p = model.get(id);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double left = MARGIN + 40;
        for (String id : graph.vertexSet()) {
            Point2D p = model.get(id);
            double x = maxX > minX ? (p.getX() - minX) / (maxX - minX) : 0.5;
            double y = maxY > minY ? (p.getY() - minY) / (maxY - minY) : 0.5;
            points.put(id, new Point2D(left + x * (right - left), top + y * (bottom - top)));
        }
        return points;
    }

    private static String color(OperatorFamily family) {
        return COLORS.getOrDefault(family, "#999999");
    }
}
