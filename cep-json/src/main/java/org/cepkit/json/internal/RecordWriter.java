package org.cepkit.json.internal;

import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeValue;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.WireFormat;
import tools.jackson.core.JsonGenerator;

/**
 * Writes records in the canonical v1 form, from the model's description ({@link WireFormat}): {@code type} first,
 * then the properties in their order, codes as their UPPER_SNAKE value, dates as ISO 8601, absent optional
 * properties and empty optional lists left out (a list required by a sibling's code is written even empty, so that
 * reading it back judges it as the model holds it), booleans always written. The same record always gives the same
 * bytes.
 */
public final class RecordWriter {

    /** The envelope's property that names the record type. */
    static final String TYPE = "type";

    private RecordWriter() {
    }

    /** Writes {@code record} as one JSON object. */
    public static void write(CepRecord record, JsonGenerator g) {
        ObjectType type = WireFormat.of(record.getType());
        if (!type.modelType().isInstance(record)) {
            throw new IllegalArgumentException("Not a cepkit record: " + record.getClass().getName());
        }
        g.writeStartObject();
        g.writeStringProperty(TYPE, record.getType().wireName());
        properties(type, record, g);
        g.writeEndObject();
    }

    /** Writes {@code instance}, of the model type of {@code type}, as one JSON object. */
    public static void writeObject(ObjectType type, Object instance, JsonGenerator g) {
        g.writeStartObject();
        properties(type, instance, g);
        g.writeEndObject();
    }

    private static void properties(ObjectType type, Object instance, JsonGenerator g) {
        for (Property property : type.properties()) {
            Object value = property.get(instance);
            if (property.isList()) {
                List<?> list = (List<?>) value;
                if (list.isEmpty() && !property.requiredIn(instance)) {
                    continue;
                }
                g.writeName(property.name());
                g.writeStartArray();
                for (Object element : list) {
                    value(property, element, g);
                }
                g.writeEndArray();
            } else if (property.isOptional()) {
                Optional<?> optional = (Optional<?>) value;
                if (optional.isPresent()) {
                    g.writeName(property.name());
                    value(property, optional.get(), g);
                }
            } else {
                g.writeName(property.name());
                value(property, value, g);
            }
        }
    }

    private static void value(Property property, Object value, JsonGenerator g) {
        switch (property.kind()) {
            case STRING -> g.writeString((String) value);
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case DATE -> g.writeString(value.toString());
            case CODE -> g.writeString(((CodeList) value).code());
            case VALUE -> g.writeString(((CodeValue) value).value());
            case OBJECT -> writeObject(property.object(), value, g);
        }
    }
}
