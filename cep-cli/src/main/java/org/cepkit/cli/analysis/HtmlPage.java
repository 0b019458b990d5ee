package org.cepkit.cli.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What the self-contained HTML pages share: the escaping of every text that comes from the input, the head with
 * a Content-Security-Policy that lets the page load nothing from anywhere (its scripts and styles are inline),
 * the style sheet, and Chart.js, inlined from its WebJar.
 */
final class HtmlPage {

    /**
     * No request leaves the page: no source is allowed but the inline scripts and styles, and images from data
     * URIs (what Chart.js draws is a canvas).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:";

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 2rem auto; max-width: 78rem;
                   padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
            .lead { color: #444; margin-top: 0; }
            .note { background: #eef4fb; border-left: 4px solid #3465a4; padding: .6rem 1rem; }
            .warning { background: #fdf0e6; border-left: 4px solid #ce5c00; padding: .6rem 1rem; }
            table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; }
            th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            th { background: #f2f2f2; }
            tr.total td { background: #f7f7f7; font-weight: bold; }
            .s { color: #777; font-style: italic; }
            .charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
            figure { margin: 0; width: 36rem; max-width: 100%; }
            figcaption { font-weight: bold; margin-bottom: .3rem; }
            svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
            .legend span { display: inline-block; margin-right: 1rem; }
            .swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 50%;
                      vertical-align: middle; margin-right: .3rem; }
            """;

    private HtmlPage() {
    }

    /** The text as HTML character data or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** JSON text made safe inside a {@code <script>} element: no {@code <}, {@code >} or {@code &} left. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** The start of a page, up to and including {@code <body>}. */
    static String head(String lang, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n";
    }

    /** Chart.js's UMD build, as the WebJar of the version pinned in the build ships it. */
    static String chartJs() {
        Properties properties = new Properties();
        try (InputStream in = HtmlPage.class.getResourceAsStream("chartjs.properties")) {
            properties.load(in);
            String path = "/META-INF/resources/webjars/chart.js/" + properties.getProperty("version")
                    + "/dist/chart.umd.js";
            try (InputStream script = HtmlPage.class.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException("Chart.js is missing from the class path: " + path);
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Chart.js from its WebJar", e);
        }
    }
}
