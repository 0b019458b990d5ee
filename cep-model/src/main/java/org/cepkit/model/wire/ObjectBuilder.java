package org.cepkit.model.wire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds one instance of an {@link ObjectType}'s model type, property by property, through the model's own
 * Immutables builder. Not thread-safe; one instance per object read.
 *
 * <pre>{@code
 * ObjectBuilder b = WireFormat.of(OperatorRef.class).newBuilder();
 * b.set(idProperty, "ml-bastia");
 * b.set(familyProperty, OperatorFamily.MISSION_LOCALE);
 * OperatorRef ref = (OperatorRef) b.build();
 * }</pre>
 */
public final class ObjectBuilder {

    /** The value a placeholder of a date holds: never read by a rule (see {@link ObjectType#placeholder()}). */
    private static final LocalDate PLACEHOLDER_DATE = LocalDate.EPOCH;

    private final ObjectType type;
    /** The values set, by their properties' orders, given to the Immutables builder at once by {@link #build()}. */
    private final Object[] values;

    ObjectBuilder(ObjectType type) {
        this.type = type;
        this.values = new Object[type.maxOrder() + 1];
    }

    /**
     * Sets {@code property} (of this builder's type) to {@code value}: the element type for a scalar or an
     * {@code Optional}, a {@code List} of elements for a list (set again, its elements are added to those set
     * before), a {@code Boolean} for a boolean.
     */
    public ObjectBuilder set(Property property, Object value) {
        if (property.owner() != type) {
            throw new IllegalArgumentException(property + " is not a property of " + type);
        }
        Objects.requireNonNull(value, "value");
        int order = property.order();
        if (property.isList() && values[order] != null) {
            List<Object> both = new ArrayList<>((List<?>) values[order]);
            both.addAll((List<?>) value);
            values[order] = both;
        } else {
            values[order] = value;
        }
        return this;
    }

    /** Sets every required property not set yet to a placeholder (see {@link ObjectType#placeholder()}). */
    public ObjectBuilder fillPlaceholders() {
        for (Property property : type.requiredScalars()) {
            if (values[property.order()] == null) {
                values[property.order()] = placeholder(property);
            }
        }
        return this;
    }

    /** The instance; a required property must have been set, or {@link #fillPlaceholders()} called. */
    public Object build() {
        return type.build(values);
    }

    /** A placeholder of one value of {@code property}. */
    static Object placeholder(Property property) {
        return switch (property.kind()) {
            case STRING -> "";
            case BOOLEAN -> Boolean.FALSE;
            case DATE -> PLACEHOLDER_DATE;
            case CODE -> property.codeList().getEnumConstants()[0];
            case VALUE -> property.valueType().orElseThrow().parse(property.valueType().get().example()).orElseThrow();
            case OBJECT -> property.object().placeholder();
        };
    }
}
