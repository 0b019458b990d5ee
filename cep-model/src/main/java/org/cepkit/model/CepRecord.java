package org.cepkit.model;

/**
 * A top-level record of the v1 wire format: an {@code Operator}, a {@code Pathway} or a {@code Cooperation}.
 * Its id is unique among the records of its type in one dataset.
 */
public interface CepRecord {

    /** The record's id, matching {@link RecordId#REGEX}. */
    String getId();

    /** The kind of record. */
    RecordType getType();
}
