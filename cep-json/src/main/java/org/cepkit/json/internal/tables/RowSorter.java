package org.cepkit.json.internal.tables;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Sorts the rows of one table in bounded memory: an external merge sort. Rows are held until a run is full (a
 * number of rows, or of characters in their cells), then the run is sorted and spilled to a temporary file under
 * {@code java.io.tmpdir}; the runs are merged, {@link #FAN_IN} at a time, into the rows in order. A table that fits
 * in one run never touches the disk. Rows come out by {@link Row#place()}, their key, and rows of equal keys in
 * the order they were added (by {@link Row#row()}, their row in the file, which also comes out with them so that
 * every issue still names it). {@link #close()} deletes every temporary file, also after a failure.
 * Not thread-safe.
 */
final class RowSorter implements AutoCloseable {

    /** A row of the table and its key: the place of its record in the records' table. */
    record Row(int place, long row, String[] cells) {
    }

    /** Runs merged at once: each holds a buffer open. */
    static final int FAN_IN = 64;

    private static final Comparator<Row> ORDER = Comparator.comparingInt(Row::place).thenComparingLong(Row::row);
    private static final int BUFFER = 1 << 16;

    private final int maxRows;
    private final long maxChars;
    private final List<Row> run = new ArrayList<>();
    private long runChars;
    private final List<Path> runs = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private Path folder;

    /** A sorter whose runs hold at most {@code maxRows} rows and {@code maxChars} characters of cells. */
    RowSorter(int maxRows, long maxChars) {
        if (maxRows < 1 || maxChars < 1) {
            throw new IllegalArgumentException("a run holds at least one row");
        }
        this.maxRows = maxRows;
        this.maxChars = maxChars;
    }

    /** Adds a row; when the run is full, it is sorted and spilled to a file. */
    void add(Row row) throws IOException {
        run.add(row);
        for (String cell : row.cells()) {
            runChars += cell.length();
        }
        if (run.size() >= maxRows || runChars >= maxChars) {
            spill();
        }
    }

    /** The runs spilled to disk so far. */
    int runs() {
        return runs.size();
    }

    /** The folder of the temporary files, once a run was spilled. */
    Path folder() {
        return folder;
    }

    /**
     * Every row added, in order; once, after the last {@link #add}. The rows are read from the runs as they are
     * asked for; {@link #close()} ends that too.
     */
    Sorted sorted() throws IOException {
        if (runs.isEmpty()) {
            run.sort(ORDER);
            List<Row> rows = List.copyOf(run);
            run.clear();
            return new Sorted() {
                private int next;

                @Override
                public Row next() {
                    return next < rows.size() ? rows.get(next++) : null;
                }
            };
        }
        if (!run.isEmpty()) {
            spill();
        }
        while (runs.size() > FAN_IN) {
            List<Path> merged = new ArrayList<>();
            for (int from = 0; from < runs.size(); from += FAN_IN) {
                List<Path> group = runs.subList(from, Math.min(runs.size(), from + FAN_IN));
                merged.add(group.size() == 1 ? group.get(0) : mergeToFile(group));
            }
            runs.clear();
            runs.addAll(merged);
        }
        return merge(runs);
    }

    /** The rows in order, one at a time. */
    interface Sorted {
        /** The next row, or null after the last. */
        Row next() throws IOException;
    }

    private void spill() throws IOException {
        run.sort(ORDER);
        if (folder == null) {
            folder = Files.createTempDirectory("cepkit-sort-");
        }
        Path file = folder.resolve("run-" + runs.size() + "-" + System.nanoTime());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                BUFFER))) {
            for (Row row : run) {
                write(out, row);
            }
        }
        runs.add(file);
        run.clear();
        runChars = 0;
    }

    private Path mergeToFile(List<Path> group) throws IOException {
        Path file = folder.resolve("merged-" + System.nanoTime());
        Sorted rows = merge(group);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                BUFFER))) {
            for (Row row = rows.next(); row != null; row = rows.next()) {
                write(out, row);
            }
        }
        for (Path run : group) {
            Files.deleteIfExists(run);
        }
        return file;
    }

    /** The rows of {@code files}, each in order, merged: the head of each in a queue. */
    private Sorted merge(List<Path> files) throws IOException {
        PriorityQueue<RunReader> heads = new PriorityQueue<>(Comparator.comparing(RunReader::head, ORDER));
        for (Path file : files) {
            RunReader reader = new RunReader(file);
            open.add(reader);
            if (reader.advance()) {
                heads.add(reader);
            } else {
                reader.close();
            }
        }
        return () -> {
            RunReader first = heads.poll();
            if (first == null) {
                return null;
            }
            Row row = first.head;
            if (first.advance()) {
                heads.add(first);
            } else {
                first.close();
            }
            return row;
        };
    }

    private static void write(DataOutputStream out, Row row) throws IOException {
        out.writeInt(row.place());
        out.writeLong(row.row());
        out.writeInt(row.cells().length);
        for (String cell : row.cells()) {
            byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** One run read back, a row at a time. */
    private static final class RunReader implements AutoCloseable {
        private final DataInputStream in;
        private Row head;

        RunReader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        }

        Row head() {
            return head;
        }

        boolean advance() throws IOException {
            int place;
            try {
                place = in.readInt();
            } catch (EOFException end) {
                head = null;
                return false;
            }
            long row = in.readLong();
            String[] cells = new String[in.readInt()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            }
            head = new Row(place, row, cells);
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Closes what is open and deletes the temporary files and their folder. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception e) {
                failure = failure == null ? new IOException("cannot close a run of the sort", e) : failure;
            }
        }
        open.clear();
        run.clear();
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
            folder = null;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
