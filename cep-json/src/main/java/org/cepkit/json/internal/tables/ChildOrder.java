package org.cepkit.json.internal.tables;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The order in which the join reads a child table, and the sort that puts a table in it when it is not. The join
 * wants each record's rows together, the records in the order of their table ({@link TableReading}); a spreadsheet
 * sorted by date, or rows appended as they came, are not. Such a table is sorted on disk by its key, the place of
 * its record in the records' table, the rows of one record in the order of the file, in bounded memory
 * ({@link RowSorter}), and joined as a table in order would be (the join puts a record's rows in the order of their
 * indexes). A row of no record goes to the end, where the join reports it.
 *
 * <p>Records that share an id: in a table in order, each takes its rows as the join does (the rows from one of
 * index 0 up to the next). In a table that must be sorted, the rows of such an id, in the order of the file, are cut
 * before each row of index 0, and the n-th part goes to the n-th record of that id (the last takes the rest).
 */
final class ChildOrder {

    /** The rows of a run of the sort, and their characters: a few megabytes of a heap. */
    static final int RUN_ROWS = 20_000;
    static final long RUN_CHARS = 2_000_000;

    private ChildOrder() {
    }

    /**
     * Whether the rows of {@code part} come as the join takes them: each row is its record's next, or starts the
     * rows of a record after the one before it (a row of no record may stand anywhere). Read up to the first row
     * that is neither; a table that breaks part way is in order up to there, and the join reports the break.
     */
    static boolean inOrder(TableSet.Part part, Header header, RecordKeys keys) throws IOException {
        try (Rows rows = part.opener().open()) {
            if (!rows.next()) {
                return true;
            }
            int place = -1;
            String placeKey = null;
            while (rows.next()) {
                String[] cells = rows.cells();
                String key = header.key(cells);
                boolean sameRecord = key.equals(placeKey) && (keys.last(key) == place || !startsAgain(header, cells));
                if (keys.contains(key) && !sameRecord) {
                    place = keys.nextAfter(key, place);
                    if (place < 0) {
                        return false;
                    }
                    placeKey = key;
                }
            }
        } catch (Rows.BrokenTable e) {
            // in order up to the break
        }
        return true;
    }

    /**
     * The data rows of {@code part} in the join's order, the header left out; a break of the table comes after the
     * rows before it. Closing the rows deletes the sort's temporary files.
     */
    static Rows sorted(TableSet.Part part, Header header, RecordKeys keys, int runRows, long runChars)
            throws IOException {
        RowSorter sorter = new RowSorter(runRows, runChars);
        Rows.BrokenTable broken = null;
        String encoding;
        String separator;
        try (Rows rows = part.opener().open()) {
            encoding = rows.encoding();
            separator = rows.separator();
            Map<String, int[]> parts = new HashMap<>();
            try {
                rows.next();
                while (rows.next()) {
                    String[] cells = rows.cells();
                    sorter.add(new RowSorter.Row(place(header, cells, keys, parts), rows.row(), cells));
                }
            } catch (Rows.BrokenTable e) {
                broken = e;
            }
            return new SortedRows(part.file(), sorter.sorted(), broken, encoding, separator, sorter);
        } catch (IOException | RuntimeException e) {
            sorter.close();
            throw e;
        }
    }

    /** The place of a row's record: for an id of several records, that of the part of its rows it is in. */
    private static int place(Header header, String[] cells, RecordKeys keys, Map<String, int[]> parts) {
        String key = header.key(cells);
        if (!keys.contains(key)) {
            return Integer.MAX_VALUE;
        }
        if (!keys.isShared(key)) {
            return keys.last(key);
        }
        int[] seen = parts.computeIfAbsent(key, k -> new int[2]);
        if (seen[0]++ > 0 && startsAgain(header, cells)) {
            seen[1]++;
        }
        return keys.nth(key, seen[1]);
    }

    /** Whether a row's index is 0: among the rows of an id that several records share, the next record's first. */
    private static boolean startsAgain(Header header, String[] cells) {
        Integer index = header.index(cells);
        return index != null && index == 0;
    }

    /** The rows of a sort, as the join reads a table. */
    private static final class SortedRows implements Rows {
        private final String file;
        private final RowSorter.Sorted sorted;
        private Rows.BrokenTable broken;
        private final String encoding;
        private final String separator;
        private final RowSorter sorter;
        private RowSorter.Row current;

        SortedRows(String file, RowSorter.Sorted sorted, Rows.BrokenTable broken, String encoding, String separator,
                RowSorter sorter) {
            this.file = file;
            this.sorted = sorted;
            this.broken = broken;
            this.encoding = encoding;
            this.separator = separator;
            this.sorter = sorter;
        }

        @Override
        public boolean next() throws IOException {
            current = sorted.next();
            if (current == null && broken != null) {
                Rows.BrokenTable thrown = broken;
                broken = null;
                throw thrown;
            }
            return current != null;
        }

        @Override
        public long row() {
            return current.row();
        }

        @Override
        public String[] cells() {
            return current.cells();
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public String encoding() {
            return encoding;
        }

        @Override
        public String separator() {
            return separator;
        }

        @Override
        public void close() throws IOException {
            sorter.close();
        }
    }
}
