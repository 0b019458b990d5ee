package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cepkit.analysis.network.TerritoryNetwork;
import org.cepkit.cli.Messages;

/**
 * The networks drawn as one standalone SVG document: each territory's drawing under the other's.
 *
 * <pre>{@code
 * new NetworkSvg(Messages.of(Locale.FRENCH)).write(networks, writer);
 * }</pre>
 */
public final class NetworkSvg {

    private final NetworkDrawing drawing;

    public NetworkSvg(Messages messages) {
        this.drawing = new NetworkDrawing(messages);
    }

    public void write(List<TerritoryNetwork> networks, Writer out) throws IOException {
        int height = networks.stream().mapToInt(NetworkDrawing::height).sum();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + NetworkDrawing.WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + NetworkDrawing.WIDTH + " "
                + height + "\">\n");
        int y = 0;
        for (TerritoryNetwork network : networks) {
            out.write(drawing.svg(network, y, true));
            y += NetworkDrawing.height(network);
        }
        out.write("</svg>\n");
        out.flush();
    }
}
