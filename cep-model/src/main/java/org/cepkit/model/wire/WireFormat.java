package org.cepkit.model.wire;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeValue;
import org.cepkit.model.RecordId;
import org.cepkit.model.RecordType;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.internal.WireBinding;

/**
 * The wire format, described once from the model: every record type and nested object with its properties
 * (JSON name, order, JSON type, required or not, code list, format, bounds, description), read at first use from
 * the model's accessors, their {@link WireProperty} and Jakarta Validation annotations, and the
 * {@link WireObject}/{@link WireValue} annotations of the types. cepkit's JSON reader and writer, its JSON Schema,
 * its Jackson module and its tables all follow from it: adding an optional property to a record is an edit of the
 * model alone. The calls that build an object and read its properties are written from the same annotations when
 * cep-model is compiled (cep-model-processor), so that reading a record calls each builder method directly.
 *
 * <pre>{@code
 * ObjectType pathway = WireFormat.of(RecordType.PATHWAY);
 * for (Property p : pathway.properties()) {
 *     System.out.println(p.name() + " " + p.kind() + (p.required() ? " required" : ""));
 * }
 * }</pre>
 *
 * <p>Thread-safe; the description is built once, on first use, and shared.
 */
public final class WireFormat {

    /**
     * The {@code schemaVersion} a record may give: major 1, then up to two more numbers ({@code 1}, {@code 1.0},
     * {@code 1.2.3}).
     */
    public static final String SCHEMA_VERSION_REGEX = "^1(?:\\.\\d+){0,2}$";

    private WireFormat() {
    }

    /** Built on first use (initialization-on-demand holder). */
    private static final class Description {
        static final Description INSTANCE = new Description();

        final Map<Class<?>, ObjectType> objects = new LinkedHashMap<>();
        final Map<RecordType, ObjectType> records = new EnumMap<>(RecordType.class);
        final Map<Class<?>, ValueType> values = new LinkedHashMap<>();

        private Description() {
            for (RecordType type : RecordType.values()) {
                records.put(type, object(type.modelType(), type));
            }
        }

        private ObjectType object(Class<?> type, RecordType recordType) {
            ObjectType known = objects.get(type);
            if (known != null) {
                return known;
            }
            WireObject wire = type.getAnnotation(WireObject.class);
            if (wire == null) {
                throw new IllegalStateException(type.getName() + " is not annotated @WireObject");
            }
            WireBinding binding = WireBinding.of(type);
            if (binding == null) {
                throw new IllegalStateException(type.getName() + " has no binding: cep-model-processor did not see it");
            }
            ObjectType object = new ObjectType(type, wire.description(), wire.title(), recordType, binding);
            objects.put(type, object);
            List<Property> properties = new ArrayList<>();
            for (Method accessor : type.getMethods()) {
                WireProperty property = accessor.getAnnotation(WireProperty.class);
                if (property != null) {
                    properties.add(property(object, accessor, property));
                }
            }
            properties.sort(Comparator.comparingInt(Property::order));
            check(type, properties);
            for (int i = 0; i < properties.size(); i++) {
                properties.get(i).setIndex(i);
            }
            object.setProperties(properties);
            for (Property p : properties) {
                if (p.kind() == Property.Kind.OBJECT) {
                    p.setObject(object(p.elementType(), null));
                }
                p.valueType().ifPresent(v -> values.putIfAbsent(v.type(), v));
                if (p.kind() == Property.Kind.CODE && ValueTypeSelector.class.isAssignableFrom(p.elementType())) {
                    for (Object code : p.elementType().getEnumConstants()) {
                        ValueType v = ValueType.of(((ValueTypeSelector) code).valueType());
                        values.putIfAbsent(v.type(), v);
                    }
                }
            }
            return object;
        }

        private static void check(Class<?> type, List<Property> properties) {
            Set<Integer> orders = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (Property p : properties) {
                if (!orders.add(p.order()) || !names.add(p.name())) {
                    throw new IllegalStateException(type.getName() + ": two properties share the order or name of "
                            + p.name());
                }
            }
            for (Property p : properties) {
                for (String sibling : List.of(p.formatFrom().orElse(""), p.requiredWhen().orElse(""))) {
                    if (!sibling.isEmpty() && !names.contains(sibling)) {
                        throw new IllegalStateException(p + " refers to " + sibling + ", not a property of "
                                + type.getSimpleName());
                    }
                }
            }
        }

        private Property property(ObjectType owner, Method accessor, WireProperty wire) {
            if (Modifier.isStatic(accessor.getModifiers()) || accessor.getParameterCount() != 0) {
                throw new IllegalStateException(accessor + ": @WireProperty is for accessors");
            }
            Property.Builder b = new Property.Builder();
            b.owner = owner;
            b.name = propertyName(accessor);
            b.order = wire.order();
            b.description = wire.description();
            b.table = wire.table().isEmpty() ? null : wire.table();
            b.accessor = accessor;
            Class<?> raw = accessor.getReturnType();
            AnnotatedType element = accessor.getAnnotatedReturnType();
            List<Annotation> constraints = new ArrayList<>(Arrays.asList(accessor.getAnnotations()));
            if (raw == List.class || raw == Optional.class) {
                element = ((AnnotatedParameterizedType) element).getAnnotatedActualTypeArguments()[0];
                b.list = raw == List.class;
                b.optional = raw == Optional.class;
            }
            List<Annotation> elementConstraints = new ArrayList<>(Arrays.asList(element.getAnnotations()));
            Class<?> type = rawClass(element);
            b.elementType = type == boolean.class ? Boolean.class : type;
            b.kind = kindOf(accessor, type);
            List<Annotation> valueConstraints = b.list ? elementConstraints : concat(constraints, elementConstraints);
            TextLength length = find(valueConstraints, TextLength.class);
            if (length != null) {
                b.minLength = length.min();
                b.maxLength = length.max();
            }
            if (b.kind == Property.Kind.VALUE) {
                b.valueType = ValueType.of(type.asSubclass(CodeValue.class));
            } else if (find(valueConstraints, RecordIdentifier.class) != null) {
                b.valueType = ValueType.of(RecordId.class);
            }
            if (b.list) {
                Size size = find(constraints, Size.class);
                if (size != null) {
                    b.minItems = size.min();
                    b.maxItems = size.max();
                }
                if (find(constraints, NotEmpty.class) != null) {
                    b.minItems = Math.max(1, b.minItems);
                }
                b.required = b.minItems > 0;
            } else if (!b.optional && raw != boolean.class) {
                if (find(constraints, NotNull.class) == null) {
                    throw new IllegalStateException(accessor + ": a property that is neither an Optional, a list nor"
                            + " a boolean must be @NotNull");
                }
                b.required = true;
            }
            FormatFrom formatFrom = accessor.getAnnotation(FormatFrom.class);
            if (formatFrom != null) {
                b.formatFrom = formatFrom.value();
            }
            RequiredWhen requiredWhen = accessor.getAnnotation(RequiredWhen.class);
            if (requiredWhen != null) {
                b.requiredWhenProperty = requiredWhen.property();
                b.requiredWhenCodes = List.of(requiredWhen.codes());
            }
            return new Property(b);
        }

        private static Property.Kind kindOf(Method accessor, Class<?> type) {
            if (type == String.class) {
                return Property.Kind.STRING;
            }
            if (type == boolean.class) {
                return Property.Kind.BOOLEAN;
            }
            if (type == LocalDate.class) {
                return Property.Kind.DATE;
            }
            if (type.isEnum() && CodeList.class.isAssignableFrom(type)) {
                return Property.Kind.CODE;
            }
            if (CodeValue.class.isAssignableFrom(type)) {
                return Property.Kind.VALUE;
            }
            if (type.isAnnotationPresent(WireObject.class)) {
                return Property.Kind.OBJECT;
            }
            throw new IllegalStateException(accessor + ": no wire type for " + type.getName());
        }
    }

    // ---- the description

    /** The object type of a record type. */
    public static ObjectType of(RecordType type) {
        return Description.INSTANCE.records.get(type);
    }

    /** The object type of a model type: a record ({@code Pathway.class}) or a nested object ({@code Site.class}). */
    public static ObjectType of(Class<?> modelType) {
        ObjectType type = Description.INSTANCE.objects.get(modelType);
        if (type == null) {
            throw new IllegalArgumentException(modelType.getName() + " is not an object of the wire format");
        }
        return type;
    }

    /** The three record types, in {@link RecordType} order. */
    public static List<ObjectType> records() {
        return List.copyOf(Description.INSTANCE.records.values());
    }

    /** Every object type, each record followed by the objects it first nests, depth first. */
    public static List<ObjectType> objects() {
        return List.copyOf(Description.INSTANCE.objects.values());
    }

    /**
     * Every code value type of the wire format, in order of first appearance: those the records hold, and those a
     * {@link ValueTypeSelector} code names (the codes of a territory of each kind).
     */
    public static List<ValueType> valueTypes() {
        return List.copyOf(Description.INSTANCE.values.values());
    }

    // ---- reflection

    private static String propertyName(Method accessor) {
        String name = accessor.getName();
        String bare = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
        if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) {
            throw new IllegalStateException(accessor + ": a wire property's accessor is getX() or isX()");
        }
        // interned, as Jackson interns the names it parses: a reader then finds a member by identity
        return (Character.toLowerCase(bare.charAt(0)) + bare.substring(1)).intern();
    }

    private static Class<?> rawClass(AnnotatedType type) {
        if (type.getType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("not a plain class: " + type.getType());
    }

    private static List<Annotation> concat(List<Annotation> a, List<Annotation> b) {
        List<Annotation> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <A extends Annotation> A find(List<Annotation> annotations, Class<A> type) {
        for (Annotation annotation : annotations) {
            if (type.isInstance(annotation)) {
                return type.cast(annotation);
            }
        }
        return null;
    }
}
