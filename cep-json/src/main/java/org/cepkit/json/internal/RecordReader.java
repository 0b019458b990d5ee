package org.cepkit.json.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cepkit.json.ReadMode;
import org.cepkit.json.internal.bytes.IsoDate;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeList;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectBuilder;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.ValueTypeSelector;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.internal.LengthBounds;

/**
 * Maps a JSON record of wire format v1 to the model, from the model's description ({@link WireFormat}), judging
 * every value in one pass: its JSON type ({@code format.type}), presence ({@code format.required}), code list
 * ({@code format.enum}, {@code code.alias}), date ({@code format.date}), format ({@code format.commune}…,
 * {@code format.identifier}), bounds ({@code format.length}) and whether v1 defines it
 * ({@code format.unknown-field}). These are the model's Jakarta constraints, checked here once per value, so
 * that a record read from JSON needs no second pass through Hibernate Validator.
 *
 * <p>A value that cannot be read (wrong type, missing, outside its code list, not a date, malformed code) is
 * noted by its JSON Pointer, and the model gets a placeholder there; the validator then runs every rule but those
 * that read an unreadable value (docs/report.md: every issue of a record in one pass). A value that is read but breaks a
 * bound or an identifier's pattern is kept: the rules see it as a Java caller's object would show it.
 */
public final class RecordReader {

    private static final Pattern SCHEMA_VERSION = Pattern.compile(WireFormat.SCHEMA_VERSION_REGEX);
    /** The envelope's members of a record that are not model properties. */
    static final String TYPE = "type";
    static final String SCHEMA_VERSION_NAME = "schemaVersion";
    /** The envelope's id, also a model property of every record. */
    static final String ID = "id";

    private final CepValidator validator;
    private final ReadMode mode;
    /**
     * Whether the names this reader asks for (the envelope's, the properties') are the canonical instances of the
     * plain-line parser ({@link Members#getCanonical}).
     */
    private final boolean canonicalNames;

    public RecordReader(CepValidator validator, ReadMode mode) {
        this(validator, mode, false);
    }

    RecordReader(CepValidator validator, ReadMode mode, boolean canonicalNames) {
        this.validator = validator;
        this.mode = mode;
        this.canonicalNames = canonicalNames;
    }

    boolean canonicalNames() {
        return canonicalNames;
    }

    /**
     * What reading one record gave.
     *
     * @param type the record's type, when readable
     * @param id the record's id, when it is a string
     * @param record the record when its type could be read, possibly with placeholders where {@code unreadable}
     *     says; empty when the input is no record at all (not an object, no known type, malformed JSON)
     * @param issues the reading issues
     * @param unreadable the JSON Pointers of the values that could not be read
     * @param aborted whether the reading of the rest of the document had to stop at this record
     */
    public record Outcome(Optional<RecordType> type, Optional<String> id, Optional<CepRecord> record,
            List<Issue> issues, List<String> unreadable, boolean aborted) {

        /** An outcome with no record, no value left unread beyond it. */
        static Outcome failure(List<Issue> issues) {
            return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), issues, List.of(), false);
        }

        /** The record when every value of it could be read. */
        public Optional<CepRecord> complete() {
            return unreadable.isEmpty() ? record : Optional.empty();
        }

        Outcome aborting() {
            return new Outcome(type, id, record, issues, unreadable, true);
        }
    }

    /** Reads a record that the parser already turned into a tree. */
    Outcome read(JValue root) {
        Reading reading = new Reading(validator, mode);
        if (root.kind != JValue.Kind.OBJECT) {
            reading.wrongType("", "object");
            return Outcome.failure(reading.issues());
        }
        JValue idValue = member(root.members, ID);
        Optional<String> id = idValue != null && idValue.kind == JValue.Kind.STRING ? Optional.of(idValue.text)
                : Optional.empty();
        Optional<RecordType> type = recordType(member(root.members, TYPE), reading);
        if (type.isEmpty()) {
            return new Outcome(type, id, Optional.empty(), reading.issues(), List.of(), false);
        }
        JValue version = member(root.members, SCHEMA_VERSION_NAME);
        if (version != null) {
            if (version.kind != JValue.Kind.STRING) {
                reading.report("format.type", "/" + SCHEMA_VERSION_NAME, Map.of("expected", "string"));
            } else if (!SCHEMA_VERSION.matcher(version.text).matches()) {
                reading.report("format.schema-version", "/" + SCHEMA_VERSION_NAME);
            }
        }
        CepRecord record = (CepRecord) new ObjectRead(reading, true).object(WireFormat.of(type.get()), root, At.ROOT);
        return new Outcome(type, id, Optional.of(record), reading.issues(), reading.unreadablePaths(), false);
    }

    /**
     * {@code outcome} with the keys given twice in one object ({@code duplicates}, their pointers): each is
     * {@code format.syntax} at its pointer, and its value is not read, since which of the two the writer meant cannot
     * be told.
     */
    Outcome withDuplicates(Outcome outcome, List<String> duplicates) {
        Reading reading = new Reading(validator, mode);
        String detail = validator.profile().isEnglish() ? "duplicate key" : "clé en double";
        for (String pointer : duplicates) {
            reading.report("format.syntax", pointer, Map.of("detail", detail));
        }
        List<Issue> issues = new ArrayList<>(reading.issues());
        issues.addAll(outcome.issues());
        List<String> unreadable = new ArrayList<>(outcome.unreadable());
        unreadable.addAll(duplicates);
        return new Outcome(outcome.type(), outcome.id(), outcome.record(), issues, unreadable, outcome.aborted());
    }

    /**
     * What reading one object nested in a record gave, read on its own (a {@code Beneficiary}, a {@code Site}):
     * the instance, possibly with placeholders where {@code unreadable} says, and the reading issues.
     */
    public record ObjectOutcome(Object object, List<Issue> issues, List<String> unreadable) {
    }

    /** Reads an object of {@code type} that the parser already turned into a tree. */
    ObjectOutcome readObject(ObjectType type, JValue value) {
        Reading reading = new Reading(validator, mode);
        Object object = new ObjectRead(reading, false).object(type, value, At.ROOT);
        return new ObjectOutcome(object, reading.issues(), reading.unreadablePaths());
    }

    /** The member {@code name} of {@code members}, by identity alone when this reader's names allow it. */
    private JValue member(Members members, String name) {
        return canonicalNames ? members.getCanonical(name) : members.get(name);
    }

    private static Optional<RecordType> recordType(JValue value, Reading reading) {
        if (value == null || value.kind == JValue.Kind.NULL) {
            reading.report("format.required", "/" + TYPE);
            return Optional.empty();
        }
        Optional<RecordType> type = value.kind == JValue.Kind.STRING ? RecordType.fromWireName(value.text)
                : Optional.empty();
        if (type.isEmpty()) {
            reading.report("format.type", "/" + TYPE, Map.of("expected", "operator, pathway or cooperation"));
        }
        return type;
    }

    /**
     * The JSON Pointer of an object or list being read, made into a string only when an issue names it: building
     * each nested object's pointer as a string cost a concatenation or two per object of every record (BENCHMARKS.md).
     */
    private static final class At {
        static final At ROOT = new At(null, null, -1);

        private final At parent;
        /** The member's name, or null for a list's element. */
        private final String name;
        private final int index;

        private At(At parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        /** The pointer of member {@code name} of the object here. */
        At child(String name) {
            return new At(this, name, -1);
        }

        /** The pointer of element {@code index} of the list here. */
        At child(int index) {
            return new At(this, null, index);
        }

        /** The pointer of member or element {@code token} here (as a report may repeat it), as a string. */
        String to(String token) {
            return this + "/" + token;
        }

        @Override
        public String toString() {
            return parent == null ? "" : parent.to(name != null ? name : Integer.toString(index));
        }
    }

    /** The reading of the objects of one record. */
    private final class ObjectRead {
        private final Reading reading;
        private boolean root;

        ObjectRead(Reading reading, boolean root) {
            this.reading = reading;
            this.root = root;
        }

        /** The instance of {@code type} that {@code value} holds; a placeholder when it is not an object. */
        Object object(ObjectType type, JValue value, At path) {
            if (value.kind != JValue.Kind.OBJECT) {
                reading.wrongType(path.toString(), "object");
                return type.placeholder();
            }
            boolean envelope = root;
            root = false;
            List<Property> properties = type.properties();
            Object[] codes = null; // the codes read, for the properties that depend on a sibling's
            ObjectBuilder builder = type.newBuilder();
            // the members known to be no stranger, counted so that unknownMembers, a look-up a member, runs only for
            // an object that has some: the envelope's type and version, then the properties. Every record has a type,
            // so that look-up ran for every record (reading a line 3.53 -> 3.44 us without it, BENCHMARKS.md)
            int known = envelope ? envelopeMembers(type, value.members) : 0;
            for (int i = 0; i < properties.size(); i++) {
                Property property = properties.get(i);
                JValue member = member(value.members, property.name());
                if (member != null) {
                    known++;
                }
                boolean required = property.required() || requiredBySibling(property, type, codes);
                if (member == null || member.kind == JValue.Kind.NULL && required) {
                    if (required) {
                        String at = path.to(property.name());
                        reading.report("format.required", at);
                        reading.unreadable(at);
                    }
                    continue;
                }
                if (member.kind == JValue.Kind.NULL) {
                    reading.wrongType(path.to(property.name()), expected(property, property.isList()));
                    continue;
                }
                Object read = property.isList() ? list(property, member, path, required)
                        : value(property, member, path, -1);
                if (read == null) {
                    continue;
                }
                if (property.kind() == Property.Kind.CODE && !property.isList()) {
                    if (codes == null) {
                        codes = new Object[properties.size()];
                    }
                    codes[i] = read;
                }
                if (property.formatFrom().isPresent()) {
                    checkFormatFrom(property, (String) read, type, codes, path);
                }
                builder.set(property, read);
            }
            if (known < value.members.size()) {
                unknownMembers(type, value.members, path, envelope);
            }
            return builder.fillPlaceholders().build();
        }

        /** How many envelope members that are no properties of {@code type} (its type, its version) a record has. */
        private int envelopeMembers(ObjectType type, Members members) {
            return envelopeMember(type, members, TYPE) + envelopeMember(type, members, SCHEMA_VERSION_NAME);
        }

        private int envelopeMember(ObjectType type, Members members, String name) {
            return member(members, name) != null && type.propertyOrNull(name) == null ? 1 : 0;
        }

        /**
         * Reports the members that are neither properties of {@code type} nor, in a record, of its envelope, each at
         * its name when a report may repeat it ({@link Pointers#token}).
         */
        private void unknownMembers(ObjectType type, Members members, At path, boolean envelope) {
            for (int i = 0; i < members.size(); i++) {
                String name = members.name(i);
                if (type.propertyOrNull(name) == null
                        && !(envelope && (TYPE.equals(name) || SCHEMA_VERSION_NAME.equals(name)))) {
                    reading.report(Reading.UNKNOWN_FIELD, path.to(Pointers.token(name)));
                }
            }
        }

        /**
         * A list of {@code property}'s elements, a placeholder for each that cannot be read; null if not an array. A
         * list that a sibling's code makes required needs at least one element.
         */
        private List<Object> list(Property property, JValue member, At path, boolean required) {
            if (member.kind != JValue.Kind.ARRAY) {
                reading.wrongType(path.to(property.name()), "array");
                return null;
            }
            At at = path.child(property.name());
            List<JValue> items = member.items;
            List<Object> list = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Object element = value(property, items.get(i), at, i);
                list.add(element != null ? element : property.placeholder());
            }
            int min = required ? Math.max(1, property.minItems()) : property.minItems();
            if (items.size() < min || items.size() > property.maxItems()) {
                reading.report("format.length", at.toString(), LengthBounds.arguments(min, property.maxItems(),
                        LengthBounds.ITEMS));
            }
            return list;
        }

        /**
         * The value of one property of the object at {@code path}, or of element {@code index} of the list at
         * {@code path} ({@code index} not negative): null when it cannot be read, with its issue reported and its
         * pointer noted.
         */
        private Object value(Property property, JValue member, At path, int index) {
            if (property.kind() == Property.Kind.OBJECT) {
                return object(property.object(), member, at(path, property, index));
            }
            if (property.kind() == Property.Kind.BOOLEAN) {
                if (member.kind != JValue.Kind.BOOLEAN) {
                    reading.wrongType(pointer(path, property, index), "boolean");
                    return null;
                }
                return member.bool;
            }
            if (member.kind != JValue.Kind.STRING) {
                reading.wrongType(pointer(path, property, index), expected(property, false));
                return null;
            }
            String text = member.text;
            switch (property.kind()) {
                case STRING -> {
                    if (property.hasLengthBounds()) {
                        int length = text.codePointCount(0, text.length());
                        if (length < property.minLength() || length > property.maxLength()) {
                            reading.report("format.length", pointer(path, property, index),
                                    LengthBounds.arguments(property.minLength(), property.maxLength(),
                                            LengthBounds.CHARACTERS));
                        }
                    }
                    if (property.valueType().isPresent() && !property.valueType().get().format().matches(text)) {
                        reading.report(property.valueType().get().rule(), pointer(path, property, index));
                    }
                    return text;
                }
                case DATE -> {
                    LocalDate date = isoDate(text);
                    if (date == null) {
                        unreadable("format.date", pointer(path, property, index));
                    }
                    return date;
                }
                case CODE -> {
                    return code(property, text, path, index);
                }
                case VALUE -> {
                    ValueType type = property.valueType().orElseThrow();
                    Optional<?> value = type.parse(text);
                    if (value.isEmpty()) {
                        unreadable(type.rule(), pointer(path, property, index));
                        return null;
                    }
                    return value.get();
                }
                default -> throw new IllegalStateException(property.kind().name());
            }
        }

        private Object code(Property property, String text, At path, int index) {
            Optional<? extends CodeList> code = property.codeOf(text);
            if (code.isEmpty()) {
                String at = pointer(path, property, index);
                reading.report("format.enum", at, Map.of("codeList", property.codeList().getSimpleName()));
                reading.unreadable(at);
                return null;
            }
            // a code is its constant's name (CodeListsTest): Enum.name() is final, where code() is an interface call
            // to a score of enums that the JIT cannot inline, 4 % of a worker's samples on a million pathways (JFR)
            if (!((Enum<?>) code.get()).name().equals(text)) {
                reading.report("code.alias", pointer(path, property, index),
                        Map.of("alias", text, "code", code.get().code()));
            }
            return code.get();
        }

        private void unreadable(String rule, String at) {
            reading.report(rule, at);
            reading.unreadable(at);
        }

        /** A string whose format its sibling's code gives: judged only when the sibling could be read. */
        private void checkFormatFrom(Property property, String text, ObjectType type, Object[] codes, At path) {
            Property sibling = type.propertyOrNull(property.formatFrom().get());
            Object selector = codes == null ? null : codes[indexOf(type, sibling)];
            if (selector instanceof ValueTypeSelector kind) {
                ValueType valueType = ValueType.of(kind.valueType());
                if (!valueType.format().matches(text)) {
                    reading.report(valueType.rule(), path.to(property.name()));
                }
            }
        }

        private static boolean requiredBySibling(Property property, ObjectType type, Object[] codes) {
            if (property.requiredWhen().isEmpty() || codes == null) {
                return false;
            }
            Object sibling = codes[indexOf(type, type.propertyOrNull(property.requiredWhen().get()))];
            return sibling instanceof CodeList code && property.requiredWhenCodes().contains(code.code());
        }

        private static int indexOf(ObjectType type, Property property) {
            return type.properties().indexOf(property);
        }

        /**
         * The place of {@code property}'s value in the object at {@code path}, or of element {@code index} (when not
         * negative) of the list at {@code path}.
         */
        private static At at(At path, Property property, int index) {
            return index < 0 ? path.child(property.name()) : path.child(index);
        }

        private static String pointer(At path, Property property, int index) {
            return at(path, property, index).toString();
        }
    }

    /** What a value of {@code property} is, in the words of {@code format.type}'s message. */
    private static String expected(Property property, boolean list) {
        if (list) {
            return "array";
        }
        return switch (property.kind()) {
            case OBJECT -> "object";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    /** The calendar date of a {@code YYYY-MM-DD} text, or null when it is not one (a bad shape or day). */
    static LocalDate isoDate(String text) {
        // one byte a character: another character than Latin-1's becomes '?', not a digit, and the length stays
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return IsoDate.parse(bytes, 0, bytes.length);
    }
}
