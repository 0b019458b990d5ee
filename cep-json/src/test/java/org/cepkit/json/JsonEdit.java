package org.cepkit.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cepkit.model.CepRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON text as a small mutable tree that keeps member order and allows duplicate keys, so that a test can
 * start from a record's canonical JSON, change a field at a JSON Pointer, and read the result back. The
 * fuzz tests walk the same tree to mutate any value ({@link #slots()}).
 *
 * <pre>{@code
 * String text = JsonEdit.of(CepExamples.pathway()).set("/beneficiary/birthDate", "2024-02-30").text();
 * }</pre>
 *
 * Values given to {@link #set} are written as JSON: a {@code String} as a string, a {@code Number} or
 * {@code Boolean} as itself, {@code null} as {@code null}, and {@link #raw(String)} as the JSON text it holds.
 */
final class JsonEdit {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final CepJson WRITER = CepJson.create();

    /** A JSON value of the tree. */
    sealed interface Node permits Obj, Arr, Raw {
    }

    /** An object: its members in order, duplicates allowed. */
    static final class Obj implements Node {
        final List<Member> members = new ArrayList<>();

        Member member(String name) {
            return members.stream().filter(m -> m.name.equals(name)).findFirst().orElse(null);
        }
    }

    /** One {@code "name": value} of an object. */
    static final class Member {
        String name;
        Node value;

        Member(String name, Node value) {
            this.name = name;
            this.value = value;
        }
    }

    /** An array. */
    static final class Arr implements Node {
        final List<Node> items = new ArrayList<>();
    }

    /** Any JSON text, written as it is: a scalar read from the input, or a value a test wants verbatim. */
    record Raw(String json) implements Node {
    }

    /** A place that holds a value: a member of an object or an item of an array. */
    interface Slot {
        Node get();

        void set(Node value);

        /** The JSON Pointer of the place. */
        String pointer();
    }

    private Node root;

    private JsonEdit(Node root) {
        this.root = root;
    }

    static JsonEdit of(CepRecord record) {
        return parse(WRITER.write(record));
    }

    static JsonEdit parse(String json) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(),
                json.getBytes(StandardCharsets.UTF_8))) {
            return new JsonEdit(node(parser, parser.nextToken()));
        }
    }

    /** A value written verbatim: {@code raw("[1, 2]")}, or even malformed text. */
    static Raw raw(String json) {
        return new Raw(json);
    }

    /** Sets the value at {@code pointer}, adding the member when the object has none of that name. */
    JsonEdit set(String pointer, Object value) {
        Node node = toNode(value);
        if (pointer.isEmpty()) {
            root = node;
            return this;
        }
        Node parent = at(parentOf(pointer));
        String last = lastToken(pointer);
        if (parent instanceof Obj obj) {
            Member member = obj.member(last);
            if (member == null) {
                obj.members.add(new Member(last, node));
            } else {
                member.value = node;
            }
        } else if (parent instanceof Arr arr) {
            int index = Integer.parseInt(last);
            if (index == arr.items.size()) {
                arr.items.add(node);
            } else {
                arr.items.set(index, node);
            }
        } else {
            throw new IllegalArgumentException("No object or array at the parent of " + pointer);
        }
        return this;
    }

    /** Removes the member or item at {@code pointer}. */
    JsonEdit remove(String pointer) {
        Node parent = at(parentOf(pointer));
        String last = lastToken(pointer);
        if (parent instanceof Obj obj) {
            Member member = Objects.requireNonNull(obj.member(last), pointer);
            obj.members.remove(member);
        } else if (parent instanceof Arr arr) {
            arr.items.remove(Integer.parseInt(last));
        }
        return this;
    }

    /** Repeats the member at {@code pointer} right after it, with {@code value}: a duplicate key. */
    JsonEdit duplicate(String pointer, Object value) {
        Obj parent = (Obj) at(parentOf(pointer));
        Member member = Objects.requireNonNull(parent.member(lastToken(pointer)), pointer);
        parent.members.add(parent.members.indexOf(member) + 1, new Member(member.name, toNode(value)));
        return this;
    }

    /** The value at {@code pointer} (RFC 6901). */
    Node at(String pointer) {
        Node node = root;
        if (pointer.isEmpty()) {
            return node;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Obj obj) {
                node = Objects.requireNonNull(obj.member(name), pointer).value;
            } else if (node instanceof Arr arr) {
                node = arr.items.get(Integer.parseInt(name));
            } else {
                throw new IllegalArgumentException("Nothing at " + pointer);
            }
        }
        return node;
    }

    Node root() {
        return root;
    }

    /** Every place that holds a value, depth first, with its pointer; the root itself is not one. */
    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    /** Every object of the tree, the root included. */
    List<Obj> objects() {
        List<Obj> objects = new ArrayList<>();
        if (root instanceof Obj obj) {
            objects.add(obj);
        }
        for (Slot slot : slots()) {
            if (slot.get() instanceof Obj obj) {
                objects.add(obj);
            }
        }
        return objects;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString();
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text();
    }

    /** {@code s} as a JSON string literal. */
    /** {@code s} as a JSON string, escaped by Jackson. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, out);
        return out.append('"').toString();
    }

    // ---- internals

    private static Node toNode(Object value) {
        if (value == null) {
            return new Raw("null");
        }
        if (value instanceof Node node) {
            return node;
        }
        if (value instanceof String s) {
            return new Raw(quote(s));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return new Raw(value.toString());
        }
        throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
    }

    private static Node node(JsonParser parser, JsonToken token) {
        switch (token) {
            case START_OBJECT -> {
                Obj obj = new Obj();
                String name;
                while ((name = parser.nextName()) != null) {
                    obj.members.add(new Member(name, node(parser, parser.nextToken())));
                }
                return obj;
            }
            case START_ARRAY -> {
                Arr arr = new Arr();
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    arr.items.add(node(parser, item));
                }
                return arr;
            }
            case VALUE_STRING -> {
                return new Raw(quote(parser.getString()));
            }
            default -> {
                return new Raw(parser.getString());
            }
        }
    }

    private static void collect(Node node, String pointer, List<Slot> slots) {
        if (node instanceof Obj obj) {
            for (Member member : obj.members) {
                String at = pointer + "/" + member.name.replace("~", "~0").replace("/", "~1");
                slots.add(new Slot() {
                    @Override
                    public Node get() {
                        return member.value;
                    }

                    @Override
                    public void set(Node value) {
                        member.value = value;
                    }

                    @Override
                    public String pointer() {
                        return at;
                    }
                });
                collect(member.value, at, slots);
            }
        } else if (node instanceof Arr arr) {
            for (int i = 0; i < arr.items.size(); i++) {
                int index = i;
                String at = pointer + "/" + i;
                slots.add(new Slot() {
                    @Override
                    public Node get() {
                        return arr.items.get(index);
                    }

                    @Override
                    public void set(Node value) {
                        arr.items.set(index, value);
                    }

                    @Override
                    public String pointer() {
                        return at;
                    }
                });
                collect(arr.items.get(i), at, slots);
            }
        }
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof Obj obj) {
            out.append('{');
            for (int i = 0; i < obj.members.size(); i++) {
                Member member = obj.members.get(i);
                out.append(i == 0 ? "" : ",").append(quote(member.name)).append(':');
                write(member.value, out);
            }
            out.append('}');
        } else if (node instanceof Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(arr.items.get(i), out);
            }
            out.append(']');
        } else {
            out.append(((Raw) node).json());
        }
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
