package org.cepkit.analysis.network;

import java.util.List;
import java.util.Optional;
import org.cepkit.analysis.LeftOut;
import org.cepkit.model.territory.TerritoryKind;

/**
 * The networks of every territory, régions first, then départements and the smaller territories, by code; and
 * the records left out.
 *
 * @param networks one network per territory
 * @param leftOut the records the caller left out, by reason
 */
public record NetworkReport(List<TerritoryNetwork> networks, LeftOut leftOut) {

    public NetworkReport {
        networks = List.copyOf(networks);
    }

    /** The network of one territory, by kind and code. */
    public Optional<TerritoryNetwork> network(TerritoryKind kind, String code) {
        return networks.stream().filter(n -> n.territory().kind() == kind && n.territory().code().equals(code))
                .findFirst();
    }
}
