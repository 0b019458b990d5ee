package org.cepkit.json.tables;

import java.util.List;
import java.util.Optional;
import org.cepkit.model.wire.Property;

/**
 * One column of a {@link Table}: its name (the JSON names from the row's object to the value, joined by dots:
 * {@code beneficiary.birthDate}), what it holds, and the properties of the wire format that lead to its value.
 *
 * <pre>{@code
 * Column birthDate = TableLayout.table("pathways").orElseThrow().column("beneficiary.birthDate").orElseThrow();
 * birthDate.role();        // VALUE
 * birthDate.property();    // Optional[Beneficiary.birthDate]
 * }</pre>
 */
public final class Column {

    /** What a column holds. */
    public enum Role {
        /** The id of the record a row of a child table belongs to ({@code pathwayId}). */
        PARENT_KEY,
        /** The place of the row's element in its list, from 0, as in a JSON Pointer ({@code index}). */
        INDEX,
        /** One value of the row's object ({@code startDate}, {@code beneficiary.residence}). */
        VALUE,
        /** A list of codes or identifiers in one cell, separated by {@code |} ({@code modes}). */
        LIST,
        /** The element itself, in the table of a list of values ({@code coverage}: a région code). */
        ELEMENT
    }

    /** The separator of the values of a {@link Role#LIST} cell. */
    public static final char LIST_SEPARATOR = '|';

    private final String name;
    private final Role role;
    private final List<Property> path;
    private final boolean required;

    Column(String name, Role role, List<Property> path, boolean required) {
        this.name = name;
        this.role = role;
        this.path = List.copyOf(path);
        this.required = required;
    }

    /** The header of the column: {@code beneficiary.birthDate}. */
    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /**
     * The properties from the row's object to the value: {@code [Pathway.beneficiary, Beneficiary.birthDate]}; for
     * an {@link Role#ELEMENT}, the list; empty for a key or an index.
     */
    public List<Property> path() {
        return path;
    }

    /** The property of the value (the list's, for a {@link Role#LIST} or an {@link Role#ELEMENT}). */
    public Optional<Property> property() {
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    /** Whether every row must have a value here: a key, an index, or a value required all the way from the row. */
    public boolean required() {
        return required;
    }

    @Override
    public String toString() {
        return name;
    }
}
