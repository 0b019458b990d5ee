package org.cepkit.model.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.RecordType;
import org.cepkit.model.internal.WireBinding;

/**
 * One object of the wire format: a record type or a nested object, with its properties in canonical order.
 * Its {@link #newBuilder()} builds instances of the model type, property by property, for readers of any form
 * (JSON, tables).
 *
 * <pre>{@code
 * ObjectType pathway = WireFormat.of(RecordType.PATHWAY);
 * pathway.properties().get(0).name();   // "id"
 * pathway.property("startDate");        // Optional[Pathway.startDate]
 * }</pre>
 */
public final class ObjectType {

    private final Class<?> modelType;
    private final String description;
    private final String title;
    private final RecordType recordType;
    private final WireBinding binding;
    private List<Property> properties;
    /** The required properties that hold one value, which {@link ObjectBuilder#fillPlaceholders()} looks at. */
    private Property[] requiredScalars;
    private Map<String, Property> byName;
    /** The highest order of a property: {@link ObjectBuilder} holds the values by order. */
    private int maxOrder;

    ObjectType(Class<?> modelType, String description, String title, RecordType recordType,
            WireBinding binding) {
        this.modelType = modelType;
        this.description = description;
        this.title = title;
        this.recordType = recordType;
        this.binding = binding;
    }

    void setProperties(List<Property> value) {
        this.properties = List.copyOf(value);
        this.requiredScalars = properties.stream().filter(p -> p.required() && !p.isList()).toArray(Property[]::new);
        Map<String, Property> map = new HashMap<>();
        for (Property property : properties) {
            map.put(property.name(), property);
        }
        this.byName = Map.copyOf(map);
        this.maxOrder = properties.stream().mapToInt(Property::order).max().orElse(0);
    }

    int maxOrder() {
        return maxOrder;
    }

    WireBinding binding() {
        return binding;
    }

    Property[] requiredScalars() {
        return requiredScalars;
    }

    /** The model type: {@code Pathway.class}. */
    public Class<?> modelType() {
        return modelType;
    }

    /** The name of the object in the wire format's documents: the model type's simple name. */
    public String name() {
        return modelType.getSimpleName();
    }

    /** What the object is ({@link WireObject#description()}). */
    public String description() {
        return description;
    }

    /** The schema title of a record type. */
    public Optional<String> title() {
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /** The record type, when this object is a top-level record. */
    public Optional<RecordType> recordType() {
        return Optional.ofNullable(recordType);
    }

    /** The properties, in canonical order ({@link WireProperty#order()}). */
    public List<Property> properties() {
        return properties;
    }

    /** The property of that JSON name. */
    public Optional<Property> property(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The property of that JSON name, or null: for readers that look up every member they meet. */
    public Property propertyOrNull(String name) {
        return byName.get(name);
    }

    /** A builder of a new instance of the model type. */
    public ObjectBuilder newBuilder() {
        return new ObjectBuilder(this);
    }

    Object build(Object[] valuesByOrder) {
        return binding.build(valuesByOrder);
    }

    /**
     * An instance whose every property is absent, empty or a placeholder: for a reader that must hold a value
     * where the input had none it could read. Only the rules that read none of those properties see it.
     */
    public Object placeholder() {
        return newBuilder().fillPlaceholders().build();
    }

    @Override
    public String toString() {
        return name();
    }
}
