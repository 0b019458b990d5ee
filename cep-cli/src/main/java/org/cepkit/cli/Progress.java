package org.cepkit.cli;

import java.io.PrintWriter;

/** A progress line on standard error for long inputs, rewritten at most twice a second, only on a terminal. */
final class Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long last = start;
    private long records;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
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
            err.printf("\r%,d records read (%,.0f/s)", records, records / seconds);
            err.flush();
        }
    }

    void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
