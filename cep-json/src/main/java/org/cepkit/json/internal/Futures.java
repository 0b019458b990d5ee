package org.cepkit.json.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The result of work done on the caller's executor, its failure rethrown as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /**
     * The value of {@code future}, waited for; a {@link RuntimeException} or {@link Error} of the work is rethrown as
     * itself, not wrapped in a {@link CompletionException}.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
