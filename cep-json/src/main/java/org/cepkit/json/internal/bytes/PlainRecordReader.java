package org.cepkit.json.internal.bytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeList;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectBuilder;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.ValueTypeSelector;
import org.cepkit.model.wire.WireFormat;

/**
 * Reads a plain line (the kind {@link PlainLineParser} parses) straight from its bytes to its record, with no tree
 * between them, when the record reader would find nothing to report in it: every member a property (or, in the
 * record, its {@code type} first and its {@code schemaVersion}), every value of its property's JSON type, in its code
 * list (by its code, not an alias), a date, of its format and within its bounds, and every required property there.
 * Any other line gives null, and the caller reads it as before (tree, then record reader), which alone reports
 * issues: so this reader never decides that a record is wrong, it only recognises records that are right, and gives
 * the very record the record reader would (a property test compares the two on generated records, valid or not).
 *
 * <p>Why: after the plain-line parser, the tree made for a line (a value an object, a string, a list; a member list
 * an object) and the look-ups of its members by name were what stood between the bytes and the model's builders
 * ({@code perf}, BENCHMARKS.md). Here a member's name is found as a slot of the parser's known strings, the slot
 * gives its property, and a code's slot gives its constant: reading a pathway line on one thread, once warm,
 * 2.92 to 2.15 µs, and a million pathways 5.1 to 4.2 s, whole process (BENCHMARKS.md). Immutable, thread-safe.
 */
public final class PlainRecordReader {

    private static final Pattern SCHEMA_VERSION = Pattern.compile(WireFormat.SCHEMA_VERSION_REGEX);

    private final PlainLineParser parser;
    private final int typeSlot;
    private final int versionSlot;
    /** The record type of a known string's slot, or null. */
    private final RecordType[] recordTypes;
    /** The table of each record type read here (absent: every line of that type goes to the record reader). */
    private final Map<RecordType, Table> roots = new IdentityHashMap<>();

    /** A record read: its type, its id and the record. */
    public record Read(RecordType type, String id, CepRecord record) {
    }

    /**
     * @param parser the parser whose known strings name the wire format's members and codes
     * @param typeName the envelope's member that names a record's type
     * @param versionName the envelope's member that gives its schema version
     * @param idName the property that every record has, its id
     */
    public PlainRecordReader(PlainLineParser parser, String typeName, String versionName, String idName) {
        this.parser = parser;
        this.typeSlot = parser.slot(typeName);
        this.versionSlot = parser.slot(versionName);
        this.recordTypes = new RecordType[parser.slots()];
        Map<ObjectType, Table> tables = new IdentityHashMap<>();
        for (RecordType type : RecordType.values()) {
            ObjectType object = WireFormat.of(type);
            int slot = parser.slot(type.wireName());
            Property id = object.propertyOrNull(idName);
            // a property named as an envelope's member, or an id that is not one required string: not read here
            boolean unfit = object.propertyOrNull(typeName) != null || object.propertyOrNull(versionName) != null
                    || id == null || !id.required() || id.isList() || id.kind() != Property.Kind.STRING;
            if (slot >= 0 && typeSlot >= 0 && versionSlot >= 0 && !unfit) {
                Table table = table(object, tables);
                if (table != null) {
                    recordTypes[slot] = type;
                    roots.put(type, table.withId(id));
                }
            }
        }
    }

    /** The record of the line on {@code bytes[0, length)}, or null when it is not one read here. */
    public Read read(byte[] bytes, int length) {
        return new Line(bytes, length).record();
    }

    /**
     * The table of {@code type} and of every object type nested in it, or null when one of them has more
     * properties than a {@code long} has bits, a property whose name is not a known string, a format given by a
     * sibling to something other than a string, or a requirement or format given by a sibling that is not a code
     * read before it.
     */
    private Table table(ObjectType type, Map<ObjectType, Table> tables) {
        if (!tables.containsKey(type)) {
            tables.put(type, newTable(type, tables));
        }
        return tables.get(type);
    }

    /** The table of {@code type}, made anew, as {@link #table} describes it. */
    private Table newTable(ObjectType type, Map<ObjectType, Table> tables) {
        List<Property> properties = type.properties();
        if (properties.size() > Long.SIZE) {
            return null;
        }
        int[] bySlot = new int[parser.slots()];
        Arrays.fill(bySlot, -1);
        Table[] nested = new Table[properties.size()];
        Object[][] codes = new Object[properties.size()][];
        int[] requiredWhen = new int[properties.size()];
        int[] formatFrom = new int[properties.size()];
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            int slot = parser.slot(property.name());
            if (slot < 0) {
                return null;
            }
            if (property.formatFrom().isPresent() && (property.isList() || property.kind() != Property.Kind.STRING)) {
                return null; // a format a sibling gives, to a value other than a string
            }
            bySlot[slot] = i;
            requiredWhen[i] = sibling(properties, i, property.requiredWhen());
            formatFrom[i] = sibling(properties, i, property.formatFrom());
            if ((property.requiredWhen().isPresent() && requiredWhen[i] < 0)
                    || (property.formatFrom().isPresent() && formatFrom[i] < 0)) {
                return null; // a sibling that is no earlier code: left to the record reader
            }
            if (property.kind() == Property.Kind.OBJECT) {
                nested[i] = table(property.object(), tables);
                if (nested[i] == null) {
                    return null;
                }
            } else if (property.kind() == Property.Kind.CODE) {
                codes[i] = codes(property);
            }
        }
        return new Table(type, properties.toArray(Property[]::new), bySlot, nested, codes, requiredWhen, formatFrom,
                -1);
    }

    /**
     * The index of the sibling {@code name} of property {@code index} when it is a code (not a list of them) that
     * comes before it, as the record reader reads them (properties in order, with the codes read so far); else -1,
     * and the type gets no table.
     */
    private static int sibling(List<Property> properties, int index, Optional<String> name) {
        for (int i = 0; name.isPresent() && i < index; i++) {
            Property sibling = properties.get(i);
            if (sibling.name().equals(name.get()) && !sibling.isList() && sibling.kind() == Property.Kind.CODE) {
                return i;
            }
        }
        return -1;
    }

    /** The constant of each known string that is a code (not an alias) of {@code property}'s list, by slot. */
    private Object[] codes(Property property) {
        Object[] bySlot = new Object[parser.slots()];
        for (int slot = 0; slot < bySlot.length; slot++) {
            String text = parser.knownAt(slot);
            if (text != null) {
                Optional<? extends CodeList> code = property.codeOf(text);
                if (code.isPresent() && ((Enum<?>) code.get()).name().equals(text)) {
                    bySlot[slot] = code.get();
                }
            }
        }
        return bySlot;
    }

    /** How one object type is read: its properties by order, and by the slot of their names. */
    private record Table(ObjectType type, Property[] properties, int[] bySlot, Table[] nested, Object[][] codes,
            int[] requiredWhen, int[] formatFrom, int id) {

        Table withId(Property id) {
            return new Table(type, properties, bySlot, nested, codes, requiredWhen, formatFrom,
                    type.properties().indexOf(id));
        }
    }

    /** The reading of one line; every method gives null for a line not read here. */
    private final class Line extends PlainLineParser.Cursor {

        Line(byte[] bytes, int end) {
            super(parser, bytes, end);
        }

        Read record() {
            skipSpace();
            if (pos == end || bytes[pos] != '{' || !enter() || !isQuote() || !quoted() || lastKnown != typeSlot) {
                return null;
            }
            skipSpace();
            if (!colon() || !isQuote() || !quoted() || lastKnown < 0 || recordTypes[lastKnown] == null) {
                return null;
            }
            RecordType type = recordTypes[lastKnown];
            Table table = roots.get(type);
            skipSpace();
            if (closes('}') || !comma()) {
                return null;
            }
            Object[] values = members(table, true);
            if (values == null) {
                return null;
            }
            skipSpace();
            if (pos != end) {
                return null;
            }
            return new Read(type, (String) values[table.id()], (CepRecord) build(table, values));
        }

        /** The object of {@code table} whose opening brace is at {@code pos}. */
        private Object object(Table table) {
            if (bytes[pos] != '{' || !enter()) {
                return null;
            }
            if (closes('}')) {
                Object[] none = new Object[table.properties().length];
                return complete(table, none, 0) ? build(table, none) : null;
            }
            Object[] values = members(table, false);
            return values == null ? null : build(table, values);
        }

        /**
         * The values of the members from {@code pos} to the object's closing brace (past it), by property order;
         * null when a member is not read here or the object lacks one. In a record ({@code envelope}), also its
         * {@code schemaVersion}.
         */
        private Object[] members(Table table, boolean envelope) {
            Property[] properties = table.properties();
            Object[] values = new Object[properties.length];
            long seen = 0;
            boolean version = false;
            while (true) {
                if (!isQuote() || !quoted() || lastKnown < 0) {
                    return null;
                }
                int name = lastKnown;
                skipSpace();
                if (!colon()) {
                    return null;
                }
                if (envelope && name == versionSlot) {
                    if (version || !isQuote() || !quoted() || !SCHEMA_VERSION.matcher(text()).matches()) {
                        return null;
                    }
                    version = true;
                } else {
                    int order = table.bySlot()[name];
                    if (order < 0 || (seen & 1L << order) != 0 || pos == end) {
                        return null; // a stranger, or a key given twice
                    }
                    seen |= 1L << order;
                    Property property = properties[order];
                    Object value = property.isList() ? list(table, order) : value(table, order);
                    if (value == null) {
                        return null;
                    }
                    values[order] = value;
                }
                skipSpace();
                if (closes('}')) {
                    return complete(table, values, seen) ? values : null;
                }
                if (!comma()) {
                    return null;
                }
            }
        }

        /** The elements of the list of property {@code order} of {@code table}, whose bracket is at {@code pos}. */
        private List<Object> list(Table table, int order) {
            if (bytes[pos] != '[' || !enter()) {
                return null;
            }
            List<Object> list = new ArrayList<>();
            if (closes(']')) {
                return list;
            }
            while (true) {
                if (pos == end) {
                    return null;
                }
                Object element = value(table, order);
                if (element == null) {
                    return null;
                }
                list.add(element);
                skipSpace();
                if (closes(']')) {
                    return list;
                }
                if (!comma()) {
                    return null;
                }
            }
        }

        /** One value of property {@code order} of {@code table}, which starts at {@code pos} (not the end). */
        private Object value(Table table, int order) {
            Property property = table.properties()[order];
            switch (property.kind()) {
                case OBJECT:
                    return object(table.nested()[order]);
                case BOOLEAN:
                    if (bytes[pos] == 't') {
                        return literal("true") ? Boolean.TRUE : null;
                    }
                    return bytes[pos] == 'f' && literal("false") ? Boolean.FALSE : null;
                default:
                    break;
            }
            if (!isQuote() || !quoted()) {
                return null;
            }
            switch (property.kind()) {
                case CODE:
                    return lastKnown < 0 ? null : table.codes()[order][lastKnown];
                case DATE:
                    return IsoDate.parse(bytes, from, to);
                case STRING: {
                    String text = text();
                    if (property.hasLengthBounds()) {
                        int length = codePoints(text); // in code points, as the record reader counts
                        if (length < property.minLength() || length > property.maxLength()) {
                            return null;
                        }
                    }
                    if (property.valueType().isPresent() && !property.valueType().get().format().matches(text)) {
                        return null;
                    }
                    return text;
                }
                case VALUE:
                    return property.valueType().orElseThrow().parse(text()).orElse(null);
                default:
                    return null;
            }
        }

        /**
         * Whether the object has what the record reader requires (every required property, those a sibling's code
         * requires, lists within their bounds) and the formats a sibling's code gives.
         */
        private boolean complete(Table table, Object[] values, long seen) {
            Property[] properties = table.properties();
            for (int i = 0; i < properties.length; i++) {
                Property property = properties[i];
                boolean required = property.required() || requiredBySibling(table, i, values);
                if ((seen & 1L << i) == 0) {
                    if (required) {
                        return false;
                    }
                    continue;
                }
                if (property.isList()) {
                    int size = ((List<?>) values[i]).size();
                    int min = required ? Math.max(1, property.minItems()) : property.minItems();
                    if (size < min || size > property.maxItems()) {
                        return false;
                    }
                }
                if (!formatFromSibling(table, i, values)) {
                    return false;
                }
            }
            return true;
        }

        private boolean requiredBySibling(Table table, int index, Object[] values) {
            int sibling = table.requiredWhen()[index];
            return sibling >= 0 && values[sibling] instanceof CodeList code
                    && table.properties()[index].requiredWhenCodes().contains(code.code());
        }

        private boolean formatFromSibling(Table table, int index, Object[] values) {
            int sibling = table.formatFrom()[index];
            return sibling < 0 || !(values[sibling] instanceof ValueTypeSelector kind)
                    || ValueType.of(kind.valueType()).format().matches((String) values[index]);
        }

        private Object build(Table table, Object[] values) {
            ObjectBuilder builder = table.type().newBuilder();
            Property[] properties = table.properties();
            for (int i = 0; i < properties.length; i++) {
                if (values[i] != null) {
                    builder.set(properties[i], values[i]);
                }
            }
            return builder.build(); // every required property is set (complete): no placeholder, nothing invented
        }

        private boolean isQuote() {
            return pos < end && bytes[pos] == '"';
        }

        /** Past the colon after a member's name and the spaces after it. */
        private boolean colon() {
            if (pos == end || bytes[pos] != ':') {
                return false;
            }
            pos++;
            skipSpace();
            return pos < end;
        }
    }
}
