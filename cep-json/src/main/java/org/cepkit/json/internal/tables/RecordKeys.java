package org.cepkit.json.internal.tables;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the rows of a records' table, each with its place (from 0, in the order of the table), read from its
 * key column alone: what the join needs to tell a child row of a record still to come from one whose record has
 * passed or does not exist, and whether a record's id comes again in a later row ({@code dataset.duplicate-id}).
 * Memory grows with the records, never with their rows. Not thread-safe.
 */
final class RecordKeys {

    /** The place of the last row of each id. */
    private final Map<String, Integer> last = new HashMap<>();

    private RecordKeys() {
    }

    /** No keys: for a records' table without child tables, which needs none. */
    static RecordKeys none() {
        return new RecordKeys();
    }

    /**
     * The keys of {@code part}'s rows. A row too short to reach the key column has the empty id, as the join reads
     * it; a table broken part way has the keys of the rows before (the join reports the break when it gets there).
     */
    static RecordKeys read(TableSet.Part part) throws IOException {
        RecordKeys keys = new RecordKeys();
        try (Rows rows = part.opener().open()) {
            if (!rows.next()) {
                return keys;
            }
            int key = new Header(part.table(), rows.cells()).indexOf(part.table().keyColumn());
            int place = 0;
            while (rows.next()) {
                String[] cells = rows.cells();
                keys.last.put(key >= 0 && key < cells.length ? cells[key] : "", place++);
            }
        } catch (Rows.BrokenTable e) {
            // the join reports the broken rows when it reaches them
        }
        return keys;
    }

    boolean contains(String id) {
        return last.containsKey(id);
    }

    /** The place of the last row with {@code id}; -1 when no row has it. */
    int last(String id) {
        return last.getOrDefault(id, -1);
    }
}
