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

    /** The key of a row with these cells: its record's id, or the empty id when the row is too short for it. */
    String key(String[] cells) {
        return key >= 0 && key < cells.length ? cells[key] : "";
    }

    /** The index of a row with these cells: its cell in the index column as a number, or null when it is none. */
    Integer index(String[] cells) {
        return number(index >= 0 && index < cells.length ? cells[index] : "");
    }

    /** A whole number of at most nine digits, as an index or a JSON Pointer's segment is; null for any other text. */
    static Integer number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
