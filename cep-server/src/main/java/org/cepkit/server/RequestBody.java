package org.cepkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;

/**
 * A request body as the validation reads it: at most {@code limit} bytes, until a deadline. It remembers why it
 * stopped ({@link #problem()}), because the JSON reader may turn a failing stream into a syntax issue of the record
 * it was reading: the service asks the body, not the report, whether the whole body was read.
 */
final class RequestBody extends BlockInputStream {

    /** Thrown when the body goes over its limit or its deadline; the message names the limit, never the body. */
    static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Stopped(Problem problem) {
            super(problem.name(), null);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final InputStream in;
    private final long limit;
    private final long deadline;
    private long count;
    private Problem problem;

    /** @param deadline a {@link System#nanoTime()} after which reading fails with {@link Problem#TIMEOUT} */
    RequestBody(InputStream in, long limit, long deadline) {
        this.in = in;
        this.limit = limit;
        this.deadline = deadline;
    }

    /** Why reading stopped before the end of the body, or null when it did not (yet). */
    Problem problem() {
        return problem;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (problem != null) {
            throw new Stopped(problem);
        }
        if (System.nanoTime() - deadline > 0) {
            throw stop(Problem.TIMEOUT);
        }
        int n;
        try {
            // one byte past the limit is enough to know the body is over it
            long room = limit - count;
            n = in.read(bytes, offset, room >= length ? length : (int) room + 1);
        } catch (Stopped e) {
            // an inner body (the compressed bytes under a gzip body) stopped first
            throw stop(e.problem());
        } catch (IOException e) {
            throw stop(timedOut(e) ? Problem.TIMEOUT : Problem.UNREADABLE);
        }
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw stop(Problem.TOO_LARGE);
            }
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return problem == null ? in.available() : 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private Stopped stop(Problem why) {
        problem = why;
        return new Stopped(why);
    }

    /** Whether Jetty gave up on the body because the client sent nothing for its idle timeout. */
    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
