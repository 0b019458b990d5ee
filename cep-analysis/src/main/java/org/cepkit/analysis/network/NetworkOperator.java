package org.cepkit.analysis.network;

import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.operator.OperatorFamily;

/**
 * An operator of a territory's network (an organisation: its id and name are no personal data).
 *
 * @param id the operator's id
 * @param name its name, when the input registers the operator
 * @param family its family
 * @param present whether it is present in the territory by the presence rule (a site, or coverage); an operator
 *     a cooperation declares on the territory is in the network even when it is not
 * @param degree the operators it has a tie with, declared or observed
 * @param betweenness its betweenness centrality, normalised to [0, 1] (JGraphT's {@code BetweennessCentrality})
 */
public record NetworkOperator(String id, Optional<String> name, OperatorFamily family, boolean present, int degree,
        double betweenness) {

    public NetworkOperator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
    }
}
