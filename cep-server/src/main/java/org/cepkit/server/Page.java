package org.cepkit.server;

import java.util.Map;
import java.util.Optional;

/**
 * The page for people, served from the jar: its HTML, CSS and JavaScript (no build step), and Chart.js from its
 * WebJar. Only these files are served, by name: a request cannot name any other resource of the class path.
 */
final class Page {

    /** A file of the page: its bytes and its media type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final String JAVASCRIPT = "text/javascript;charset=utf-8";
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private final Asset index = new Asset(Documents.resource("page/index.html"), "text/html;charset=utf-8");
    private final Map<String, Asset> assets = Map.of(
            "page.css", new Asset(Documents.resource("page/page.css"), "text/css;charset=utf-8"),
            "page.js", new Asset(Documents.resource("page/page.js"), JAVASCRIPT),
            "report.js", new Asset(Documents.resource("page/report.js"), JAVASCRIPT),
            "messages.js", new Asset(Documents.resource("page/messages.js"), JAVASCRIPT),
            "favicon.svg", new Asset(Documents.resource("page/favicon.svg"), "image/svg+xml"),
            "chart.umd.js", new Asset(Documents.resource(CHART_JS), JAVASCRIPT));

    Asset index() {
        return index;
    }

    /** The asset named {@code name} under {@code /assets/}, or empty. */
    Optional<Asset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }
}
