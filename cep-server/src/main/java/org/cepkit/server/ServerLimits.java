package org.cepkit.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits that keep one client from exhausting the service. Immutable.
 *
 * <pre>{@code ServerLimits limits = ServerLimits.defaults().withMaxBodyBytes(64L << 20).withMaxConcurrent(4);}</pre>
 *
 * @param maxBodyBytes the size of a request body, after decoding a gzip body (default 256 MiB); over it: 413
 * @param maxHeaderBytes the size of a request's line and headers (default 8 KiB); over it: 431
 * @param maxConcurrent the validations under way at once (default 16); one more: 503 with {@code Retry-After}
 * @param maxRequestTime how long one validation may take, reading its body included (default 5 minutes); over it:
 *     408. A client that sends nothing for 30 seconds (or this time, if shorter) is cut off. It is also how long a
 *     stop waits for the validations under way.
 */
public record ServerLimits(long maxBodyBytes, int maxHeaderBytes, int maxConcurrent, Duration maxRequestTime) {

    /** The least {@link #maxHeaderBytes}: a request line and the headers a browser sends. */
    public static final int MIN_HEADER_BYTES = 1024;

    private static final ServerLimits DEFAULTS = new ServerLimits(256L << 20, 8 << 10, 16, Duration.ofMinutes(5));

    /** The idle time after which Jetty gives up on a connection, at most. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    public ServerLimits {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        if (maxHeaderBytes < MIN_HEADER_BYTES) {
            throw new IllegalArgumentException("maxHeaderBytes must be at least " + MIN_HEADER_BYTES + ", was "
                    + maxHeaderBytes);
        }
        if (maxConcurrent <= 0) {
            throw new IllegalArgumentException("maxConcurrent must be positive, was " + maxConcurrent);
        }
        Objects.requireNonNull(maxRequestTime, "maxRequestTime");
        if (maxRequestTime.isNegative() || maxRequestTime.isZero()) {
            throw new IllegalArgumentException("maxRequestTime must be positive, was " + maxRequestTime);
        }
    }

    public static ServerLimits defaults() {
        return DEFAULTS;
    }

    public ServerLimits withMaxBodyBytes(long value) {
        return new ServerLimits(value, maxHeaderBytes, maxConcurrent, maxRequestTime);
    }

    public ServerLimits withMaxHeaderBytes(int value) {
        return new ServerLimits(maxBodyBytes, value, maxConcurrent, maxRequestTime);
    }

    public ServerLimits withMaxConcurrent(int value) {
        return new ServerLimits(maxBodyBytes, maxHeaderBytes, value, maxRequestTime);
    }

    public ServerLimits withMaxRequestTime(Duration value) {
        return new ServerLimits(maxBodyBytes, maxHeaderBytes, maxConcurrent, value);
    }

    /** The idle timeout of a connection: 30 seconds, or the request time when shorter. */
    Duration idleTimeout() {
        return maxRequestTime.compareTo(IDLE_TIMEOUT) < 0 ? maxRequestTime : IDLE_TIMEOUT;
    }
}
