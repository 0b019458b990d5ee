package org.cepkit.json.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;

/**
 * One table of the tabular form: the records of one type ({@code pathways}), or the elements of one
 * list of those records ({@code services}), each row with the id of its record and its place in the list.
 *
 * <pre>{@code
 * Table services = TableLayout.table("services").orElseThrow();
 * services.fileName();                  // "services.csv"
 * services.parent().orElseThrow();      // pathways
 * services.primaryKey();                // [pathwayId, index]
 * }</pre>
 */
public final class Table {

    private final String name;
    private final RecordType recordType;
    private final Table parent;
    private final List<Property> listPath;
    private final ObjectType rowType;
    private final List<Column> columns = new ArrayList<>();
    private final List<Table> children = new ArrayList<>();

    Table(String name, RecordType recordType, Table parent, List<Property> listPath, ObjectType rowType) {
        this.name = name;
        this.recordType = recordType;
        this.parent = parent;
        this.listPath = List.copyOf(listPath);
        this.rowType = rowType;
    }

    /** The table's name: {@code pathways}, {@code local_area_communes}. */
    public String name() {
        return name;
    }

    /** The name of its CSV file: {@code pathways.csv}. */
    public String fileName() {
        return name + ".csv";
    }

    /** The type of the records whose rows (or whose lists' elements) the table holds. */
    public RecordType recordType() {
        return recordType;
    }

    /** The records' table, for a table of the elements of a list. */
    public Optional<Table> parent() {
        return Optional.ofNullable(parent);
    }

    /** Whether the table holds records rather than the elements of a list. */
    public boolean isRecordTable() {
        return parent == null;
    }

    /**
     * The properties from the record to the list whose elements are the rows: {@code [Pathway.actionPlan,
     * ActionPlan.goals]}; empty for the records' table.
     */
    public List<Property> listPath() {
        return listPath;
    }

    /** The object a row holds (a {@code Pathway}, a {@code Service}); empty for a list of code values. */
    public Optional<ObjectType> rowType() {
        return Optional.ofNullable(rowType);
    }

    /** The columns, in the order a writer writes them. */
    public List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The column of that name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The column that names the record a row is: {@code id} for a records' table, {@code pathwayId} otherwise. */
    public Column keyColumn() {
        return columns.get(0);
    }

    /** The columns whose values identify a row: {@code [id]}, or {@code [pathwayId, index]}. */
    public List<Column> primaryKey() {
        return isRecordTable() ? List.of(columns.get(0)) : List.of(columns.get(0), columns.get(1));
    }

    /** The tables of the lists of this records' table, in the order of the properties. */
    public List<Table> children() {
        return Collections.unmodifiableList(children);
    }

    void add(Column column) {
        if (column(column.name()).isPresent()) {
            throw new IllegalStateException(name + ": two columns named " + column.name());
        }
        columns.add(column);
    }

    void addChild(Table child) {
        children.add(child);
    }

    @Override
    public String toString() {
        return name;
    }
}
