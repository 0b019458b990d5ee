package org.cepkit.json.internal;

import java.util.List;

/**
 * A JSON value as read, before it is mapped to the model: small and private to the reader, so that every
 * field can be judged (type, presence, unknown names) with its JSON Pointer before anything is built. Made by
 * {@link TreeReader} from Jackson's tokens, or straight from a line's bytes by
 * {@link org.cepkit.json.internal.bytes.PlainLineParser}.
 */
public final class JValue {

    enum Kind {
        OBJECT("object"), ARRAY("array"), STRING("string"), NUMBER("number"), BOOLEAN("boolean"), NULL("null");

        final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }
    }

    final Kind kind;
    final String text;
    final boolean bool;
    final Members members;
    final List<JValue> items;

    private JValue(Kind kind, String text, boolean bool, Members members, List<JValue> items) {
        this.kind = kind;
        this.text = text;
        this.bool = bool;
        this.members = members;
        this.items = items;
    }

    public static final JValue NULL = new JValue(Kind.NULL, null, false, null, null);
    public static final JValue TRUE = new JValue(Kind.BOOLEAN, null, true, null, null);
    public static final JValue FALSE = new JValue(Kind.BOOLEAN, null, false, null, null);

    public static JValue string(String text) {
        return new JValue(Kind.STRING, text, false, null, null);
    }

    static JValue number(String text) {
        return new JValue(Kind.NUMBER, text, false, null, null);
    }

    public static JValue object(Members members) {
        return new JValue(Kind.OBJECT, null, false, members, null);
    }

    public static JValue array(List<JValue> items) {
        return new JValue(Kind.ARRAY, null, false, null, items);
    }
}
