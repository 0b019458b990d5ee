package org.cepkit.cli;

import java.io.PrintWriter;

/** A progress line on standard error for long inputs, rewritten at most twice a second, only on a terminal. */
final class Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    /** The text of the line, from the records read and the records per second. */
    @FunctionalInterface
    interface Line {
        String of(long records, long perSecond);
    }

    private final PrintWriter err;
    private final boolean enabled;
    private final Line line;
    private final long start = System.nanoTime();
    private long last = start;
    private long records;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled, Line line) {
        this.err = err;
        this.enabled = enabled;
        this.line = line;
    }

    void tick() {
        records++;
        if (!enabled || (records & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            shown = true;
            double seconds = (now - start) / 1e9;
            err.print(line.of(records, Math.round(records / seconds)));
            err.flush();
        }
    }

    /** Clears the line, if one was shown. */
    void done() {
        if (shown) {
            shown = false;
            err.print("\r\033[K");
            err.flush();
        }
    }
}
