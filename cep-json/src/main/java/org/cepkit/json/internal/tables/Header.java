package org.cepkit.json.internal.tables;

import org.cepkit.json.tables.Column;
import org.cepkit.json.tables.Table;

/** What the header of a table says: the column of each cell, the key's and the index's places. */
final class Header {

    final Table table;
    final String[] names;
    final Column[] columns;
    final boolean[] ignored;
    int key = -1;
    int index = -1;

    Header(Table table, String[] names) {
        this.table = table;
        this.names = names;
        this.columns = new Column[names.length];
        this.ignored = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = table.column(names[i]).orElse(null);
        }
    }

    int indexOf(Column column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == column && !ignored[i]) {
                return i;
            }
        }
        return -1;
    }
}
