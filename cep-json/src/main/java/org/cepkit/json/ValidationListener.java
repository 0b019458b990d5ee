package org.cepkit.json;

import java.io.IOException;

/**
 * Receives the results of a validation as they come, so that a stream of any length is validated in constant
 * memory. Called on the validating thread, in input order.
 */
public interface ValidationListener {

    /** One record read and validated (a malformed line counts as a record too). */
    default void onRecord(RecordResult result) {
    }

    /** An input could not be opened or read; the other inputs are still validated. */
    default void onInputError(JsonInput input, IOException error) {
    }

    /** A listener that ignores everything. */
    static ValidationListener none() {
        return new ValidationListener() {
        };
    }
}
