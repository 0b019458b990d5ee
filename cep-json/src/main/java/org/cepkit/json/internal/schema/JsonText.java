package org.cepkit.json.internal.schema;

import java.util.Map;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The one JSON layout of the published files, independent of any Jackson pretty printer: 2-space indentation,
 * {@code "key": value}, short arrays of scalars on one line, keys in the nodes' insertion order, UTF-8 text
 * (no {@code \}u escapes but for control characters), and a trailing newline. Regenerating a file therefore
 * gives the same bytes.
 */
public final class JsonText {

    /** Arrays of scalars at most this long are written on one line. */
    private static final int INLINE_ARRAY_WIDTH = 100;

    private JsonText() {
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, int indent, StringBuilder out) {
        if (node.isObject()) {
            writeObject(node, indent, out);
        } else if (node.isArray()) {
            writeArray(node, indent, out);
        } else {
            out.append(scalar(node));
        }
    }

    private static void writeObject(JsonNode node, int indent, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int n = 0;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (n++ > 0) {
                out.append(",\n");
            }
            pad(indent + 2, out).append(quote(entry.getKey())).append(": ");
            write(entry.getValue(), indent + 2, out);
        }
        out.append('\n');
        pad(indent, out).append('}');
    }

    private static void writeArray(JsonNode node, int indent, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        String inline = inline(node);
        if (inline != null) {
            out.append(inline);
            return;
        }
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(",\n");
            }
            pad(indent + 2, out);
            write(node.get(i), indent + 2, out);
        }
        out.append('\n');
        pad(indent, out).append(']');
    }

    /** The array on one line, or null when it holds a container or is too long. */
    private static String inline(JsonNode array) {
        StringBuilder line = new StringBuilder("[");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isContainer()) {
                return null;
            }
            line.append(i == 0 ? "" : ", ").append(scalar(item));
        }
        line.append(']');
        return line.length() <= INLINE_ARRAY_WIDTH ? line.toString() : null;
    }

    private static String scalar(JsonNode node) {
        if (node.isString()) {
            return quote(node.stringValue());
        }
        if (node.isBoolean() || node.isNull() || node.isIntegralNumber()) {
            return node.toString();
        }
        throw new IllegalArgumentException("Unexpected JSON value in a published file: " + node);
    }

    /** {@code text} as a JSON string, escaped by Jackson. */
    public static String quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, s);
        return s.append('"').toString();
    }

    private static StringBuilder pad(int indent, StringBuilder out) {
        return out.append(" ".repeat(indent));
    }
}
