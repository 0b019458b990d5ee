package org.cepkit.json.internal.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of the rows of a records' table, each with its place (from 0, in the order of the table): what the join
 * needs to tell a child row of a record still to come from one whose record has passed or does not exist, and, for
 * an id that several rows have ({@code dataset.duplicate-id}), which of them a child row goes to. The reader reads
 * them from the key column alone; the writer adds them as it writes the records. Memory grows with the records,
 * never with their rows. Not thread-safe.
 */
final class RecordKeys {

    /** The place of the last row of each id. */
    private final Map<String, Integer> last = new HashMap<>();
    /** The places of every row of each id that several rows have, in order: few, since each is an ERROR. */
    private final Map<String, List<Integer>> shared = new HashMap<>();
    private int size;

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
            Header header = new Header(part.table(), rows.cells());
            header.key = header.indexOf(part.table().keyColumn());
            int place = 0;
            while (rows.next()) {
                keys.add(header.key(rows.cells()), place++);
            }
        } catch (Rows.BrokenTable e) {
            // the join reports the broken rows when it reaches them
        }
        return keys;
    }

    /** Adds the id of the row at {@code place}, after every row before it. */
    void add(String id, int place) {
        size++;
        Integer before = last.put(id, place);
        if (before != null) {
            shared.computeIfAbsent(id, k -> new ArrayList<>(List.of(before))).add(place);
        }
    }

    /** How many rows were added. */
    int size() {
        return size;
    }

    boolean contains(String id) {
        return last.containsKey(id);
    }

    /** The place of the last row with {@code id}; -1 when no row has it. */
    int last(String id) {
        return last.getOrDefault(id, -1);
    }

    /** The place of the first row after {@code place} that has {@code id}; -1 when none. */
    int nextAfter(String id, int place) {
        List<Integer> places = shared.get(id);
        if (places == null) {
            int only = last(id);
            return only > place ? only : -1;
        }
        for (int p : places) {
            if (p > place) {
                return p;
            }
        }
        return -1;
    }

    /** Whether several rows have {@code id}. */
    boolean isShared(String id) {
        return shared.containsKey(id);
    }

    /** The place of the {@code n}-th row (from 0) that has {@code id}, the last for {@code n} past them; -1 if none. */
    int nth(String id, int n) {
        List<Integer> places = shared.get(id);
        return places == null ? last(id) : places.get(Math.min(n, places.size() - 1));
    }
}
