package org.cepkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON value from a parser into a {@link JValue} tree. Duplicate keys are noted (the later value is
 * kept) rather than fatal, so that the rest of the record is still judged. Jackson enforces the number limit
 * and a first bound on strings through the parser's {@code StreamReadConstraints}, which count UTF-16 units;
 * this reader counts the characters of strings and names as code points (as JSON Schema's {@code maxLength}
 * does), and enforces the record size for values inside a larger document (a {@code .json} array), and the
 * depth counted from the record itself, which the parser of a document cannot (its limit allows one more level
 * for the array around the records).
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
    private final int maxStringLength;
    private final List<String> duplicateKeys = new ArrayList<>();
    /** The names and indexes leading to the current value, for the pointer of a duplicate key. */
    private final Object[] path;
    private long startOffset;
    private int startDepth;
    private int depth;

    TreeReader(JsonParser parser, long maxBytes, int maxDepth, int maxStringLength) {
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        this.path = new Object[maxDepth + 1];
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
        JValue value = value(parser.currentToken());
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

    private JValue value(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> JValue.string(checkLength(parser.getString()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JValue.number(number());
            case VALUE_TRUE -> JValue.TRUE;
            case VALUE_FALSE -> JValue.FALSE;
            case VALUE_NULL -> JValue.NULL;
            default -> throw new IllegalStateException("Unexpected token " + token);
        };
    }

    private String number() {
        String text = parser.getString();
        int max = parser.streamReadConstraints().getMaxNumberLength();
        if (text.length() > max) {
            throw new StreamConstraintsException("Number length (" + text.length() + ") exceeds the maximum (" + max + ")");
        }
        return text;
    }

    private JValue object() {
        enter();
        Members members = new Members();
        String name;
        while ((name = parser.nextName()) != null) {
            checkSize();
            path[depth] = checkLength(name);
            JValue value = value(parser.nextToken());
            if (members.put(name, value)) {
                duplicateKeys.add(pointer());
            }
        }
        depth--;
        return JValue.object(members);
    }

    private JValue array() {
        enter();
        List<JValue> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            checkSize();
            path[depth] = items.size();
            items.add(value(token));
        }
        depth--;
        return JValue.array(items);
    }

    /** The JSON Pointer of the value being read, its names as a report may repeat them ({@link Pointers#token}). */
    private String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            pointer.append('/').append(path[i] instanceof String name ? Pointers.token(name) : path[i]);
        }
        return pointer.toString();
    }

    /** A string or name of at most {@code maxStringLength} characters (code points). */
    private String checkLength(String text) {
        if (text.length() > maxStringLength && text.codePointCount(0, text.length()) > maxStringLength) {
            throw new StreamConstraintsException("String value length exceeds the maximum (" + maxStringLength
                    + " characters)");
        }
        return text;
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw new StreamConstraintsException("Record nesting depth (" + depth + ") exceeds the maximum ("
                    + maxDepth + ")");
        }
    }

    private void checkSize() {
        // a line's size was checked before it was parsed: no location to compute for each of its values
        if (maxBytes != Long.MAX_VALUE && parser.currentLocation().getByteOffset() - startOffset > maxBytes) {
            throw new RecordTooLarge();
        }
    }
}
