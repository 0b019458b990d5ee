package org.cepkit.json.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON value from a parser into a {@link JValue} tree. Duplicate keys are noted (the later value is
 * kept) rather than fatal, so that the rest of the record is still judged. Jackson enforces the string and
 * number limits through the parser's {@code StreamReadConstraints}; this reader enforces the record size for
 * values inside a larger document (a {@code .json} array), and the depth counted from the record itself, which
 * the parser of a document cannot (its limit allows one more level for the array around the records).
 */
final class TreeReader {

    /** Thrown when a value inside a document exceeds the record size. */
    static final class RecordTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RecordTooLarge() {
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;
    private final long maxBytes;
    private final int maxDepth;
    private final List<String> duplicateKeys = new ArrayList<>();
    private long startOffset;
    private int startDepth;
    private int depth;

    TreeReader(JsonParser parser, long maxBytes, int maxDepth) {
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** The keys seen twice in one object, as JSON Pointers, in the order found. */
    List<String> duplicateKeys() {
        return duplicateKeys;
    }

    /** Reads the value whose first token is the parser's current token. */
    JValue read() {
        startOffset = parser.currentTokenLocation().getByteOffset();
        // the depth of the record's own object or array; a scalar has nothing to skip out of
        startDepth = parser.currentToken().isStructStart() ? parser.streamReadContext().getNestingDepth()
                : Integer.MAX_VALUE;
        JValue value = value(parser.currentToken(), "");
        checkSize();
        return value;
    }

    /**
     * After {@link RecordTooLarge}, moves the parser to the last token of the record, wherever inside it the size
     * was found exceeded, so that a document can go on with the next record.
     */
    void skipRest() {
        while (parser.streamReadContext().getNestingDepth() >= startDepth) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    private JValue value(JsonToken token, String pointer) {
        return switch (token) {
            case START_OBJECT -> object(pointer);
            case START_ARRAY -> array(pointer);
            case VALUE_STRING -> JValue.string(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JValue.number(number());
            case VALUE_TRUE -> JValue.TRUE;
            case VALUE_FALSE -> JValue.FALSE;
            case VALUE_NULL -> JValue.NULL;
            default -> throw new IllegalStateException("Unexpected token " + token);
        };
    }

    private String number() {
        String text = parser.getText();
        int max = parser.streamReadConstraints().getMaxNumberLength();
        if (text.length() > max) {
            throw new StreamConstraintsException("Number length (" + text.length() + ") exceeds the maximum (" + max + ")");
        }
        return text;
    }

    private JValue object(String pointer) {
        enter();
        LinkedHashMap<String, JValue> members = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextName()) != null) {
            checkSize();
            String child = pointer + "/" + Pointers.escape(name);
            JValue value = value(parser.nextToken(), child);
            if (members.put(name, value) != null) {
                duplicateKeys.add(child);
            }
        }
        depth--;
        return JValue.object(members);
    }

    private JValue array(String pointer) {
        enter();
        List<JValue> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            checkSize();
            items.add(value(token, pointer + "/" + items.size()));
        }
        depth--;
        return JValue.array(items);
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw new StreamConstraintsException("Record nesting depth (" + depth + ") exceeds the maximum ("
                    + maxDepth + ")");
        }
    }

    private void checkSize() {
        if (parser.currentLocation().getByteOffset() - startOffset > maxBytes) {
            throw new RecordTooLarge();
        }
    }
}
