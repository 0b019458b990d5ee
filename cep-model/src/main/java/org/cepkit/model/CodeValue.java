package org.cepkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Base of cepkit's code value types ({@code CommuneCode}, {@code Siret}, …): an immutable, already
 * validated text, equal by class and value, whose {@link #toString()} is the canonical code that
 * {@code parse} reads back.
 */
public abstract class CodeValue implements Comparable<CodeValue>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    protected CodeValue(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The code, as written in the wire format. */
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((CodeValue) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    @Override
    public final int compareTo(CodeValue other) {
        return value.compareTo(other.value);
    }

    /** The canonical code, e.g. {@code "2A004"}. */
    @Override
    public final String toString() {
        return value;
    }
}
