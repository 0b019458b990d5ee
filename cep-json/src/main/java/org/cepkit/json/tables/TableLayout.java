package org.cepkit.json.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cepkit.model.RecordId;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.WireFormat;

/**
 * The tables of the tabular form, derived from the model's one description of the wire format
 * ({@link WireFormat}), never from a list of fields of their own: a property added to the model is a column or a
 * table here with no edit.
 *
 * <ul>
 *   <li>Each record type has a table ({@code operators}, {@code pathways}, {@code cooperations}), one row a record,
 *       its {@code id} first.</li>
 *   <li>A nested object is flattened into its record's row, its columns named by the JSON names joined by dots
 *       ({@code beneficiary.birthDate}, {@code outcome.situation}).</li>
 *   <li>A list of codes or of identifiers is one cell, its values separated by {@code |} ({@code modes},
 *       {@code between}).</li>
 *   <li>Any other list (of objects, or of territory codes) is a table of its own, named by the property in
 *       snake_case or by the model's {@code @WireProperty(table = …)}; each row carries the record's id
 *       ({@code pathwayId}) and its {@code index} in the list, from 0 as in a JSON Pointer.</li>
 * </ul>
 *
 * <pre>{@code
 * for (Table table : TableLayout.tables()) {
 *     System.out.println(table.fileName() + " " + table.columns());
 * }
 * }</pre>
 */
public final class TableLayout {

    /** The column of a row's place in its list. */
    public static final String INDEX = "index";

    /** The cells a boolean column reads as true; a writer writes the first. */
    public static final List<String> TRUE_VALUES = List.of("true", "True", "TRUE");

    /** The cells a boolean column reads as false; a writer writes the first. */
    public static final List<String> FALSE_VALUES = List.of("false", "False", "FALSE");

    private static final List<Table> TABLES = build();

    private TableLayout() {
    }

    /** Every table: each records' table followed by the tables of its lists. */
    public static List<Table> tables() {
        return TABLES;
    }

    /** The table of that name ({@code pathways}) or file name ({@code pathways.csv}), ignoring case. */
    public static Optional<Table> table(String name) {
        String bare = name.toLowerCase(Locale.ROOT);
        if (bare.endsWith(".csv")) {
            bare = bare.substring(0, bare.length() - 4);
        }
        for (Table table : TABLES) {
            if (table.name().equals(bare)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /** The records' table of a record type. */
    public static Table of(RecordType type) {
        return TABLES.stream().filter(t -> t.isRecordTable() && t.recordType() == type).findFirst().orElseThrow();
    }

    /** The name of the key column of a record type's child tables: {@code pathwayId}. */
    public static String parentKey(RecordType type) {
        return type.wireName() + "Id";
    }

    private static List<Table> build() {
        List<Table> all = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            ObjectType object = WireFormat.of(type);
            Table table = new Table(type.wireName() + "s", type, null, List.of(), object);
            all.add(table);
            flatten(table, object, List.of(), true);
            for (Table child : table.children()) {
                all.add(child);
            }
        }
        List<String> names = new ArrayList<>();
        for (Table table : all) {
            if (names.contains(table.name())) {
                throw new IllegalStateException("two tables named " + table.name()
                        + ": name one with @WireProperty(table = ...)");
            }
            names.add(table.name());
        }
        return List.copyOf(all);
    }

    /** Adds the columns of {@code object}, reached from the row through {@code prefix}, to {@code table}. */
    private static void flatten(Table table, ObjectType object, List<Property> prefix, boolean required) {
        for (Property property : object.properties()) {
            List<Property> path = append(prefix, property);
            if (property.isList() && inOneCell(property)) {
                table.add(new Column(dotted(path), Column.Role.LIST, path, required && property.required()));
            } else if (property.isList()) {
                if (!table.isRecordTable()) {
                    throw new IllegalStateException(property + ": a list of objects inside the element of a list has"
                            + " no tabular form yet");
                }
                table.addChild(child(table, property, path));
            } else if (property.kind() == Property.Kind.OBJECT) {
                flatten(table, property.object(), path, required && property.required());
            } else {
                table.add(new Column(dotted(path), Column.Role.VALUE, path, required && property.required()));
            }
        }
    }

    private static Table child(Table parent, Property list, List<Property> listPath) {
        String name = list.table().orElse(snakeCase(list.name()));
        boolean objects = list.kind() == Property.Kind.OBJECT;
        Table child = new Table(name, parent.recordType(), parent, listPath, objects ? list.object() : null);
        child.add(new Column(parentKey(parent.recordType()), Column.Role.PARENT_KEY, List.of(), true));
        child.add(new Column(INDEX, Column.Role.INDEX, List.of(), true));
        if (objects) {
            flatten(child, list.object(), List.of(), true);
        } else {
            child.add(new Column(list.name(), Column.Role.ELEMENT, List.of(list), true));
        }
        return child;
    }

    /** A list of codes, or of record identifiers: values that never hold the separator {@code |}. */
    private static boolean inOneCell(Property list) {
        return list.kind() == Property.Kind.CODE
                || list.kind() == Property.Kind.STRING
                        && list.valueType().map(ValueType::type).filter(RecordId.class::equals).isPresent();
    }

    private static List<Property> append(List<Property> prefix, Property property) {
        List<Property> path = new ArrayList<>(prefix);
        path.add(property);
        return path;
    }

    private static String dotted(List<Property> path) {
        StringBuilder name = new StringBuilder();
        for (Property p : path) {
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(p.name());
        }
        return name.toString();
    }

    static String snakeCase(String camel) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
