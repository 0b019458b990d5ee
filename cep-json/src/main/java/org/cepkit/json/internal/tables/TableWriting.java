package org.cepkit.json.internal.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cepkit.json.tables.Column;
import org.cepkit.json.tables.Table;
import org.cepkit.json.tables.TableLayout;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import tools.jackson.databind.JsonNode;

/**
 * Writes records, as JSON trees of wire format v1, into a folder of CSV tables (UTF-8, {@code ,}, RFC 4180): every
 * table of the layout with its header, each record's rows appended as it comes, so that the rows of a record come
 * together, in the records' order (what {@link TableReading} joins in bounded memory). A value the tables cannot
 * hold (a member v1 does not define) is counted, not written. Rows that the reader will join to another record
 * than their own (records that share an id) are told as they are written: the writer follows the reader's join
 * on the ids it keeps of the records written.
 */
public final class TableWriting implements AutoCloseable {

    private static final String ENVELOPE_TYPE = "type";
    private static final String ENVELOPE_VERSION = "schemaVersion";

    private final Map<Table, CSVPrinter> printers = new LinkedHashMap<>();
    /** The ids of the records written, by type, with their places: the keys the reader will join on. */
    private final Map<RecordType, RecordKeys> keys = new EnumMap<>(RecordType.class);
    /** For each child table, the place of the record the reader will join its last rows to. */
    private final Map<Table, Integer> joinedLast = new HashMap<>();
    private long rows;
    private long lost;

    /** Creates {@code folder} if needed and a table in it for every table of the layout, each with its header. */
    public TableWriting(Path folder) throws IOException {
        Files.createDirectories(folder);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try {
            for (Table table : TableLayout.tables()) {
                BufferedWriter out = Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format);
                printers.put(table, printer);
                for (Column column : table.columns()) {
                    printer.print(column.name());
                }
                printer.println();
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Writes one record's rows; false when {@code record} is no object of a known record type (nothing written).
     * {@code joinedElsewhere} is told each child table whose rows of this record the reader will join to an earlier
     * record of the same id: one that has no rows of its own there, with no record between them that has.
     */
    public boolean write(JsonNode record, Consumer<Table> joinedElsewhere) throws IOException {
        if (!record.isObject()) {
            return false;
        }
        Optional<RecordType> type = RecordType.fromWireName(record.path(ENVELOPE_TYPE).asString(""));
        if (type.isEmpty()) {
            return false;
        }
        Table main = TableLayout.of(type.get());
        String id = text(record.get("id"));
        RecordKeys written = keys.computeIfAbsent(type.get(), t -> new RecordKeys());
        int place = written.size();
        written.add(id, place);
        printRow(main, record, null, -1);
        lost += unknownMembers(record, main.rowType().orElseThrow(), true);
        for (Table child : main.children()) {
            JsonNode list = record;
            for (Property property : child.listPath()) {
                list = list.path(property.name());
            }
            if (!list.isArray()) {
                lost += list.isMissingNode() || list.isNull() ? 0 : 1;
                continue;
            }
            if (!list.isEmpty()) {
                int joined = written.nextAfter(id, joinedLast.getOrDefault(child, -1));
                if (joined != place) {
                    joinedElsewhere.accept(child);
                }
                joinedLast.put(child, joined);
            }
            for (int i = 0; i < list.size(); i++) {
                printRow(child, list.get(i), id, i);
                if (child.rowType().isPresent() && list.get(i).isObject()) {
                    lost += unknownMembers(list.get(i), child.rowType().get(), false);
                }
            }
        }
        return true;
    }

    private void printRow(Table table, JsonNode row, String key, int index) throws IOException {
        CSVPrinter printer = printers.get(table);
        for (Column column : table.columns()) {
            printer.print(switch (column.role()) {
                case PARENT_KEY -> key;
                case INDEX -> Integer.toString(index);
                case ELEMENT -> text(row);
                case VALUE -> text(at(row, column.path()));
                case LIST -> list(at(row, column.path()));
            });
        }
        printer.println();
        rows++;
    }

    private static JsonNode at(JsonNode row, List<Property> path) {
        JsonNode node = row;
        for (Property property : path) {
            node = node.path(property.name());
        }
        return node;
    }

    private static String list(JsonNode node) {
        if (!node.isArray()) {
            return text(node);
        }
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                cell.append(Column.LIST_SEPARATOR);
            }
            cell.append(text(node.get(i)));
        }
        return cell.toString();
    }

    /** A value as a cell: a string as it is, a boolean {@code true}/{@code false}, anything else as its JSON. */
    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? TableLayout.TRUE_VALUES.get(0) : TableLayout.FALSE_VALUES.get(0);
        }
        return node.toString();
    }

    /** The members of {@code object} and of its flattened objects that no column holds. */
    private static long unknownMembers(JsonNode object, ObjectType type, boolean envelope) {
        long count = 0;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String name = member.getKey();
            Property property = type.propertyOrNull(name);
            if (property == null) {
                if (!(envelope && (name.equals(ENVELOPE_TYPE) || name.equals(ENVELOPE_VERSION)))) {
                    count++;
                }
            } else if (!property.isList() && property.kind() == Property.Kind.OBJECT && member.getValue().isObject()) {
                count += unknownMembers(member.getValue(), property.object(), false);
            }
        }
        return count;
    }

    /** The rows written, headers excluded. */
    public long rows() {
        return rows;
    }

    /** The values not written: members that v1 does not define, lists that are not arrays. */
    public long lost() {
        return lost;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close(true);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
