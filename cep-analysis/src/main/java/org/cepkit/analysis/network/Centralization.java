package org.cepkit.analysis.network;

import java.util.OptionalDouble;
import org.jgrapht.Graph;

/**
 * Freeman's degree centralisation of an undirected graph (L. C. Freeman, "Centrality in social networks:
 * conceptual clarification", <i>Social Networks</i> 1 (1978/79), 215–239, the centralisation of point degree): how
 * far the graph is from every node having the same degree, as a share of the most a graph of
 * that size can be, the star.
 *
 * <pre>
 *            Σ<sub>i</sub> (d<sub>max</sub> − d<sub>i</sub>)
 * C<sub>D</sub> = ───────────────────
 *           (n − 1)(n − 2)
 * </pre>
 *
 * where d<sub>i</sub> is the degree of node i (from JGraphT's {@link Graph#degreeOf}), d<sub>max</sub> the
 * largest and n the number of nodes: 1 for a star, 0 for a graph whose nodes all have one degree (a ring, a
 * complete graph, a graph without an edge). Undefined under three nodes, where the denominator is 0.
 */
final class Centralization {

    private Centralization() {
    }

    static <V, E> OptionalDouble degree(Graph<V, E> graph) {
        int n = graph.vertexSet().size();
        if (n < 3) {
            return OptionalDouble.empty();
        }
        int max = 0;
        long sum = 0;
        for (V vertex : graph.vertexSet()) {
            int degree = graph.degreeOf(vertex);
            max = Math.max(max, degree);
            sum += degree;
        }
        double numerator = (double) n * max - sum;
        return OptionalDouble.of(numerator / ((n - 1.0) * (n - 2.0)));
    }

    /** The density of an undirected simple graph: its edges over the n(n − 1)/2 it could have; empty under two nodes. */
    static <V, E> OptionalDouble density(Graph<V, E> graph) {
        int n = graph.vertexSet().size();
        if (n < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(graph.edgeSet().size() / (n * (n - 1) / 2.0));
    }
}
