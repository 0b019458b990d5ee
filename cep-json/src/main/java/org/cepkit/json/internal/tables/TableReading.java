package org.cepkit.json.internal.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cepkit.json.internal.DocumentReader;
import org.cepkit.json.internal.RecordReader;
import org.cepkit.json.tables.Column;
import org.cepkit.json.tables.Table;
import org.cepkit.json.tables.TableInfo;
import org.cepkit.json.tables.TableLayout;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.internal.RulesAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the records of a tabular input: each row of a records' table is joined to the rows of its
 * child tables that carry its id, the record is put together as the JSON of wire format v1 and read by the same
 * {@link DocumentReader} as a line of NDJSON, so that a record gets the same issues in either form. Each issue is
 * then located in the tables: file, row and column of the value its JSON Pointer names.
 *
 * <p>The join is a merge: the rows of a child table must come grouped by their record's id, the groups in the order
 * of the records' table (as {@code cep convert} writes them, and as a sort on the two keys gives). Only one group
 * of each table is held at a time, and the ids of the records with their places, so memory grows with the number
 * of records, never with their rows. A child row that comes after its record's turn (a table not grouped that way),
 * or whose record does not exist, is reported as {@code format.syntax} at its row and not joined; its record is then
 * read without it. Records that share an id take their rows in turn, each from a row of index 0.
 *
 * <p>A malformed row never stops the others: extra cells, a wrong index, a broken file each give an issue of their
 * own. No cell's text ever appears in an issue.
 */
public final class TableReading {

    /** Receives each record read, or each row or file that could not be one. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param file the table of the record's row
         * @param row the row
         * @param outcome what reading the record gave
         * @param json the record as JSON, or null when there is no record
         * @param locator locates the record's issues in the tables
         */
        void record(String file, long row, RecordReader.Outcome outcome, byte[] json, Locator locator);
    }

    /** Locates an issue of a record in the tables: file, row and column of its JSON Pointer. */
    @FunctionalInterface
    public interface Locator {
        Issue locate(Issue issue);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A column named in a report: a header of the layout, or one as safe as the reader's unknown field names. */
    private static final Pattern SAFE_COLUMN = Pattern.compile("[A-Za-z0-9_.]{1,64}");

    private final DocumentReader reader;
    private final CepValidator validator;

    public TableReading(DocumentReader reader, CepValidator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    /** Reads every record of the tables at {@code path}, telling {@code tables} of each table once read. */
    public void read(Path path, Consumer<TableInfo> tables, Sink sink) throws IOException {
        TableSet set = TableSet.of(path);
        for (TableSet.Problem problem : set.problems) {
            fail(sink, problem.file(), 0, null, "", problem.english(), problem.french());
        }
        for (Table table : TableLayout.tables()) {
            if (table.isRecordTable()) {
                readRecords(set, table, tables, sink);
            }
        }
    }

    /** Hands {@code sink} every operator of the tables at {@code path} that could be read in full. */
    public void readOperators(Path path, Consumer<Operator> sink) throws IOException {
        TableSet set = TableSet.of(path);
        Table operators = TableLayout.of(org.cepkit.model.RecordType.OPERATOR);
        readRecords(set, operators, info -> { }, (file, row, outcome, json, locator) ->
                outcome.complete().filter(Operator.class::isInstance).map(Operator.class::cast).ifPresent(sink));
    }

    // ---- one records' table and its children

    private void readRecords(TableSet set, Table table, Consumer<TableInfo> tables, Sink sink) throws IOException {
        TableSet.Part part = set.parts.get(table);
        List<Cursor> children = new ArrayList<>();
        try {
            for (Table childTable : table.children()) {
                TableSet.Part childPart = set.parts.get(childTable);
                if (childPart == null) {
                    continue;
                }
                Cursor child = Cursor.open(childPart, this, sink);
                if (child == null) {
                    continue;
                }
                if (part == null) {
                    fail(sink, childPart.file(), 0, null, "", "a child table without its records' table "
                            + table.fileName(), "une table fille sans la table de ses enregistrements "
                            + table.fileName());
                    tables.accept(child.info());
                    child.close();
                    continue;
                }
                children.add(child);
            }
            if (part == null) {
                return;
            }
            Cursor main = Cursor.open(part, this, sink);
            if (main == null) {
                for (Cursor child : children) {
                    fail(sink, child.part.file(), 0, null, "", "not read, since its records' table " + part.file()
                            + " cannot be", "non lue, puisque la table de ses enregistrements " + part.file()
                            + " ne peut l'être");
                    tables.accept(child.info());
                }
                return;
            }
            try {
                join(main, children, sink);
                tables.accept(main.info());
                for (Cursor child : children) {
                    tables.accept(child.info());
                }
            } finally {
                main.close();
            }
        } finally {
            for (Cursor child : children) {
                child.close();
            }
        }
    }

    /**
     * The merge: the ids of the records are read first (one pass over the key column), so that a child row of no
     * record is told from one of a record still to come; a child table that is not in the order of its records is
     * sorted ({@link ChildOrder}); then each record takes the group of each child table that stands at the head of
     * it. Records that share an id each take their own rows, as {@code cep convert}
     * writes them: one whose id comes again in a later row stops at the next row of index 0, which starts the rows
     * of the next; the last takes the rest.
     */
    private void join(Cursor main, List<Cursor> children, Sink sink) throws IOException {
        RecordKeys keys = children.isEmpty() ? new RecordKeys() : RecordKeys.read(main.part);
        for (Cursor child : children) {
            if (!ChildOrder.inOrder(child.part, child.header, keys)) {
                child.sort(keys);
            }
        }
        int place = -1;
        while (main.advance()) {
            place++;
            String key = main.key();
            boolean comesAgain = keys.last(key) > place;
            Assembly record = new Assembly(main);
            for (Cursor child : children) {
                List<ChildRow> group = new ArrayList<>();
                while (child.current() != null) {
                    String childKey = child.key();
                    if (childKey.equals(key) && (group.isEmpty() || !comesAgain || child.index() != 0)) {
                        group.add(child.take());
                    } else if (childKey.equals(key)) {
                        break;
                    } else if (!keys.contains(childKey)) {
                        notJoined(child, sink, true);
                    } else if (keys.last(childKey) < place) {
                        notJoined(child, sink, false);
                    } else {
                        break;
                    }
                }
                record.children.put(child.part.table(), byIndex(group, child.header));
                record.cursors.put(child.part.table(), child);
            }
            emit(record, sink);
        }
        for (Cursor child : children) {
            while (child.current() != null) {
                notJoined(child, sink, !keys.contains(child.key()));
            }
        }
    }

    /**
     * The rows of a record's group in the order of their indexes, when these are exactly 0 to n - 1 in another order
     * (a sheet sorted by another column, or shuffled); else as they came, so that each wrong index is reported at its
     * row.
     */
    private static List<ChildRow> byIndex(List<ChildRow> group, Header header) {
        ChildRow[] placed = new ChildRow[group.size()];
        for (ChildRow row : group) {
            Integer index = header.index(row.cells);
            if (index == null || index >= placed.length || placed[index] != null) {
                return group;
            }
            placed[index] = row;
        }
        return Arrays.asList(placed);
    }

    /** A child row that joins no record: its record is absent ({@code orphan}), or its turn has passed. */
    private void notJoined(Cursor child, Sink sink, boolean orphan) throws IOException {
        ChildRow row = child.take();
        String keyName = child.header.table.keyColumn().name();
        Table parent = child.part.table().parent().orElseThrow();
        if (orphan) {
            fail(sink, child.part.file(), row.row, keyName, "", "no row of " + parent.fileName() + " has this "
                    + keyName, "aucune ligne de " + parent.fileName() + " n'a ce " + keyName);
        } else {
            fail(sink, child.part.file(), row.row, keyName, "", "this row comes after the rows of its record: the"
                    + " table must be grouped by " + keyName + " in the order of " + parent.fileName(), "cette ligne"
                    + " vient après celles de son enregistrement : la table doit être groupée par " + keyName
                    + " dans l'ordre de " + parent.fileName());
        }
    }

    /** A structural problem, counted as a record that could not be read, located at {@code file}, {@code row}. */
    private void fail(Sink sink, String file, long row, String column, String path, String english, String french) {
        Issue issue = syntax(path, english, french);
        List<Issue> issues = issue == null ? List.of() : List.of(issue);
        RecordReader.Outcome outcome = new RecordReader.Outcome(Optional.empty(), Optional.empty(), Optional.empty(),
                issues, List.of(), false);
        sink.record(file, row, outcome, null, located -> located.withCell(file, row, column));
    }

    private Issue syntax(String path, String english, String french) {
        String detail = validator.profile().isEnglish() ? english : french;
        return RulesAccess.issue(validator, "format.syntax", path, Map.of("detail", detail)).orElse(null);
    }

    // ---- a record put together

    /** One row of a child table, with the issues of its own shape. */
    private record ChildRow(long row, String[] cells, int width) {
    }

    private final class Assembly {
        final Cursor main;
        final long row;
        final String[] cells;
        final int width;
        final Map<Table, List<ChildRow>> children = new LinkedHashMap<>();
        final Map<Table, Cursor> cursors = new HashMap<>();
        final Set<String> wrongIndexes = new HashSet<>();
        final List<Issue> issues = new ArrayList<>();

        Assembly(Cursor main) {
            this.main = main;
            this.row = main.row;
            this.cells = main.cells;
            this.width = main.cells.length;
        }
    }

    private void emit(Assembly record, Sink sink) {
        Table table = record.main.part.table();
        ObjectNode root = NODES.objectNode();
        root.put("type", table.recordType().wireName());
        Header header = record.main.header;
        fill(root, header, record.cells, table.rowType().orElseThrow());
        extraCells(record, header, record.width, "", record.issues);
        Map<Table, List<Long>> rows = new HashMap<>();
        Map<Table, String> files = new HashMap<>();
        for (Map.Entry<Table, List<ChildRow>> entry : record.children.entrySet()) {
            Table child = entry.getKey();
            List<ChildRow> group = entry.getValue();
            if (group.isEmpty()) {
                continue;
            }
            Cursor cursor = cursorOf(record, child);
            ArrayNode list = list(root, child.listPath());
            List<Long> childRows = new ArrayList<>();
            String pointer = pointer(child.listPath());
            for (int i = 0; i < group.size(); i++) {
                ChildRow childRow = group.get(i);
                childRows.add(childRow.row);
                String at = pointer + "/" + i;
                checkIndex(cursor.header, childRow, i, at, record);
                extraCells(record, cursor.header, childRow.width, at, record.issues);
                if (child.rowType().isPresent()) {
                    ObjectNode element = NODES.objectNode();
                    fill(element, cursor.header, childRow.cells, child.rowType().get());
                    list.add(element);
                } else {
                    int column = cursor.header.indexOf(child.columns().get(2));
                    String cell = column < 0 || column >= childRow.cells.length ? "" : childRow.cells[column];
                    list.add(cell.isEmpty() ? NODES.nullNode() : NODES.stringNode(cell));
                }
            }
            rows.put(child, childRows);
            files.put(child, cursor.part.file());
        }
        byte[] json = MAPPER.writeValueAsBytes(root);
        RecordReader.Outcome outcome = reader.readOne(json);
        if (!record.issues.isEmpty()) {
            List<Issue> issues = new ArrayList<>(record.issues);
            issues.addAll(outcome.issues());
            outcome = new RecordReader.Outcome(outcome.type(), outcome.id(), outcome.record(), issues,
                    outcome.unreadable(), outcome.aborted());
        }
        String file = record.main.part.file();
        long row = record.row;
        Set<String> wrongIndexes = record.wrongIndexes;
        sink.record(file, row, outcome, json, issue -> locate(issue, table, file, row, rows, files, wrongIndexes));
    }

    private static Cursor cursorOf(Assembly record, Table child) {
        return record.cursors.get(child);
    }

    /** Sets the values of a row's cells in {@code object}, an instance of {@code type}, by the header's columns. */
    private static void fill(ObjectNode object, Header header, String[] cells, ObjectType type) {
        for (int i = 0; i < header.columns.length && i < cells.length; i++) {
            String cell = cells[i];
            if (cell.isEmpty() || header.ignored[i]) {
                continue;
            }
            Column column = header.columns[i];
            if (column == null) {
                unknown(object, header.names[i], cell, type);
                continue;
            }
            if (column.role() != Column.Role.VALUE && column.role() != Column.Role.LIST) {
                continue;
            }
            ObjectNode parent = object;
            List<Property> path = column.path();
            for (int p = 0; p < path.size() - 1; p++) {
                parent = objectAt(parent, path.get(p).name());
            }
            Property property = column.property().orElseThrow();
            parent.set(property.name(), value(column, property, cell));
        }
    }

    private static JsonNode value(Column column, Property property, String cell) {
        if (column.role() == Column.Role.LIST) {
            ArrayNode items = NODES.arrayNode();
            int from = 0;
            while (true) {
                int bar = cell.indexOf(Column.LIST_SEPARATOR, from);
                items.add(cell.substring(from, bar < 0 ? cell.length() : bar));
                if (bar < 0) {
                    return items;
                }
                from = bar + 1;
            }
        }
        if (property.kind() == Property.Kind.BOOLEAN) {
            if (TableLayout.TRUE_VALUES.contains(cell)) {
                return NODES.booleanNode(true);
            }
            if (TableLayout.FALSE_VALUES.contains(cell)) {
                return NODES.booleanNode(false);
            }
        }
        return NODES.stringNode(cell);
    }

    /**
     * A column the layout does not have: its value goes where its dotted name leads through the objects of the row,
     * so that the reader reports the field v1 does not define, as it would in JSON.
     */
    private static void unknown(ObjectNode object, String name, String cell, ObjectType type) {
        String[] parts = name.split("\\.", -1);
        ObjectNode parent = object;
        ObjectType parentType = type;
        int i = 0;
        while (i < parts.length - 1) {
            Property property = parentType.propertyOrNull(parts[i]);
            if (property == null || property.isList() || property.kind() != Property.Kind.OBJECT) {
                break;
            }
            parent = objectAt(parent, parts[i]);
            parentType = property.object();
            i++;
        }
        String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
        if (!parent.has(rest)) {
            parent.put(rest, cell);
        }
    }

    private static ObjectNode objectAt(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = NODES.objectNode();
        parent.set(name, created);
        return created;
    }

    private static ArrayNode list(ObjectNode root, List<Property> listPath) {
        ObjectNode parent = root;
        for (int i = 0; i < listPath.size() - 1; i++) {
            parent = objectAt(parent, listPath.get(i).name());
        }
        ArrayNode list = NODES.arrayNode();
        parent.set(listPath.get(listPath.size() - 1).name(), list);
        return list;
    }

    private static String pointer(List<Property> path) {
        StringBuilder s = new StringBuilder();
        for (Property p : path) {
            s.append('/').append(p.name());
        }
        return s.toString();
    }

    private void checkIndex(Header header, ChildRow row, int expected, String at, Assembly record) {
        Integer index = header.index(row.cells);
        if (index == null || index != expected) {
            Issue issue = syntax(at, "the index of the row should be " + expected + ", its place among the rows of"
                    + " its record", "l'index de la ligne devrait être " + expected + ", sa place parmi les lignes"
                    + " de son enregistrement");
            if (issue != null) {
                record.issues.add(issue);
                record.wrongIndexes.add(at);
            }
        }
    }

    private void extraCells(Assembly record, Header header, int width, String at, List<Issue> issues) {
        if (width <= header.names.length) {
            return;
        }
        Issue issue = syntax(at, "the row has " + width + " cells, the header " + header.names.length,
                "la ligne a " + width + " cellules, l'en-tête " + header.names.length);
        if (issue != null) {
            issues.add(issue);
        }
    }

    // ---- where an issue is in the tables

    private static Issue locate(Issue issue, Table table, String file, long row, Map<Table, List<Long>> rows,
            Map<Table, String> files, Set<String> wrongIndexes) {
        String[] segments = issue.path().isEmpty() ? new String[0] : issue.path().substring(1).split("/", -1);
        String currentFile = file;
        long currentRow = row;
        Table current = table;
        ObjectType object = table.rowType().orElseThrow();
        StringBuilder prefix = new StringBuilder();
        String column = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].replace("~1", "/").replace("~0", "~");
            Property property = object == null ? null : object.propertyOrNull(segment);
            if (property == null) {
                column = prefix + segment;
                break;
            }
            if (property.isList()) {
                Optional<Table> child = current.children().stream()
                        .filter(t -> t.listPath().get(t.listPath().size() - 1) == property).findFirst();
                if (child.isEmpty()) {
                    column = prefix + segment;
                    break;
                }
                Integer index = i + 1 < segments.length ? Header.number(segments[i + 1]) : null;
                List<Long> childRows = rows.get(child.get());
                if (index == null || childRows == null || index >= childRows.size()) {
                    break;
                }
                current = child.get();
                currentFile = files.get(current);
                currentRow = childRows.get(index);
                prefix.setLength(0);
                object = current.rowType().orElse(null);
                i++;
                if (object == null) {
                    column = current.columns().get(2).name();
                    break;
                }
                continue;
            }
            if (property.kind() == Property.Kind.OBJECT && !property.isList()) {
                if (i == segments.length - 1) {
                    break;
                }
                prefix.append(segment).append('.');
                object = property.object();
                continue;
            }
            column = prefix + segment;
            break;
        }
        if (column != null && !SAFE_COLUMN.matcher(column).matches()) {
            column = null;
        }
        if (column == null && "format.syntax".equals(issue.rule()) && wrongIndexes.contains(issue.path())) {
            column = TableLayout.INDEX;
        }
        return issue.withCell(currentFile, currentRow, column);
    }

    // ---- the rows of one table, header first

    /** One table read row after row, the current row's key at hand. */
    private static final class Cursor {
        final TableSet.Part part;
        Rows rows;
        final Header header;
        final TableReading reading;
        final Sink sink;
        long row;
        String[] cells;
        long count;
        boolean ended;
        boolean sorted;
        private final String encoding;
        private final String separator;

        private Cursor(TableSet.Part part, Rows rows, Header header, TableReading reading, Sink sink) {
            this.part = part;
            this.rows = rows;
            this.header = header;
            this.reading = reading;
            this.sink = sink;
            this.encoding = rows.encoding();
            this.separator = rows.separator();
        }

        /**
         * Reads the table again, sorted in the order of its records ({@link ChildOrder}), from its first data row:
         * the header, read already, is not read again.
         */
        void sort(RecordKeys keys) throws IOException {
            Rows sortedRows = ChildOrder.sorted(part, header, keys, ChildOrder.RUN_ROWS, ChildOrder.RUN_CHARS);
            rows.close();
            rows = sortedRows;
            sorted = true;
            count = 0;
            ended = false;
            advance();
        }

        /** The table opened, its header checked; null (after an issue) when it cannot be read. */
        static Cursor open(TableSet.Part part, TableReading reading, Sink sink) throws IOException {
            Rows rows;
            try {
                rows = part.opener().open();
            } catch (Rows.BrokenTable e) {
                reading.fail(sink, part.file(), e.row, null, "", e.english, e.french);
                return null;
            }
            try {
                if (!rows.next()) {
                    reading.fail(sink, part.file(), 1, null, "", "an empty table, without its header",
                            "une table vide, sans son en-tête");
                    rows.close();
                    return null;
                }
            } catch (Rows.BrokenTable e) {
                reading.fail(sink, part.file(), e.row, null, "", e.english, e.french);
                rows.close();
                return null;
            }
            Header header = new Header(part.table(), rows.cells());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < header.names.length; i++) {
                String name = header.names[i];
                if (!seen.add(name)) {
                    header.ignored[i] = true;
                    String column = header.columns[i] != null ? name : null;
                    reading.fail(sink, part.file(), rows.row(), column, "", "a column named twice in the header; the"
                            + " second is not read", "une colonne nommée deux fois dans l'en-tête ; la seconde n'est"
                            + " pas lue");
                } else if (header.columns[i] == part.table().keyColumn()) {
                    header.key = i;
                } else if (header.columns[i] != null && header.columns[i].role() == Column.Role.INDEX) {
                    header.index = i;
                }
            }
            List<String> missing = new ArrayList<>();
            for (Column key : part.table().primaryKey()) {
                if (header.indexOf(key) < 0) {
                    missing.add(key.name());
                }
            }
            if (!missing.isEmpty()) {
                reading.fail(sink, part.file(), rows.row(), missing.get(0), "", "the header has no column "
                        + String.join(", ", missing) + ": the rows cannot be joined to their records",
                        "l'en-tête n'a pas de colonne " + String.join(", ", missing) + " : les lignes ne peuvent"
                        + " être jointes à leurs enregistrements");
                rows.close();
                return null;
            }
            Cursor cursor = new Cursor(part, rows, header, reading, sink);
            cursor.advance();
            return cursor.isChild() ? cursor : cursor.rewind();
        }

        private boolean isChild() {
            return !part.table().isRecordTable();
        }

        /** A records' table is read with {@link #advance()} by the join itself; nothing is read ahead of it. */
        private Cursor rewind() {
            pending = true;
            return this;
        }

        private boolean pending;

        /** Moves to the next row; false at the end (a broken rest of the table is an issue, then the end). */
        boolean advance() throws IOException {
            if (pending) {
                pending = false;
                return cells != null;
            }
            if (ended) {
                cells = null;
                return false;
            }
            try {
                if (rows.next()) {
                    row = rows.row();
                    cells = rows.cells();
                    count++;
                    return true;
                }
            } catch (Rows.BrokenTable e) {
                reading.fail(sink, part.file(), e.row, null, "", e.english, e.french);
            }
            ended = true;
            cells = null;
            return false;
        }

        /** The current row of a child table, or null at its end. */
        ChildRow current() {
            return cells == null ? null : new ChildRow(row, cells, cells.length);
        }

        String key() {
            return header.key(cells);
        }

        /** The current row's index, or -1 when its cell is no number. */
        int index() {
            Integer index = header.index(cells);
            return index == null ? -1 : index;
        }

        /** The current row, the cursor moved past it. */
        ChildRow take() throws IOException {
            ChildRow taken = new ChildRow(row, cells, cells.length);
            advance();
            return taken;
        }

        TableInfo info() {
            return new TableInfo(part.file(), part.table().name(), count, Optional.ofNullable(encoding),
                    Optional.ofNullable(separator), sorted);
        }

        void close() throws IOException {
            rows.close();
        }
    }
}
