package org.cepkit.model.wire;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;

/**
 * One property of a {@link ObjectType}, as the model states it: its name and place, the JSON type of its value
 * (or of each element of a list), whether it is required, its code list, format and bounds. {@link WireFormat}
 * derives it from the accessor and its constraints; nothing about a property is written anywhere else.
 *
 * <pre>{@code
 * Property residence = WireFormat.of(Beneficiary.class).property("residence").orElseThrow();
 * residence.kind();        // VALUE
 * residence.valueType();   // Optional[CommuneCode]
 * residence.required();    // true
 * }</pre>
 */
public final class Property {

    /** The JSON type of a value, and what the model makes of it. */
    public enum Kind {
        /** A JSON string held as a {@code String}. */
        STRING,
        /** A JSON boolean; absent is {@code false}. */
        BOOLEAN,
        /** A JSON string holding an ISO 8601 calendar date, held as a {@code LocalDate}. */
        DATE,
        /** A JSON string holding a code of a {@link CodeList} enum (or one of its aliases). */
        CODE,
        /** A JSON string holding a code value ({@code CommuneCode}…), see {@link #valueType()}. */
        VALUE,
        /** A JSON object of a nested {@link ObjectType}. */
        OBJECT
    }

    private final ObjectType owner;
    private final String name;
    private final int order;
    private final String description;
    private final Kind kind;
    private final boolean list;
    private final boolean optional;
    private final boolean required;
    private final Class<?> elementType;
    private final ValueType valueType;
    private final int minLength;
    private final int maxLength;
    private final int minItems;
    private final int maxItems;
    private final String formatFrom;
    private final String table;
    private final String requiredWhenProperty;
    private final List<String> requiredWhenCodes;
    private final Method accessor;
    /** The look-up of a {@link Kind#CODE}'s code list, kept here: a reader calls it for every code it reads. */
    private final Function<String, ? extends Optional<? extends CodeList>> codes;
    private ObjectType object;
    private int index;

    Property(Builder b) {
        this.owner = b.owner;
        this.name = b.name;
        this.order = b.order;
        this.description = b.description;
        this.kind = b.kind;
        this.list = b.list;
        this.optional = b.optional;
        this.required = b.required;
        this.elementType = b.elementType;
        this.valueType = b.valueType;
        this.minLength = b.minLength;
        this.maxLength = b.maxLength;
        this.minItems = b.minItems;
        this.maxItems = b.maxItems;
        this.formatFrom = b.formatFrom;
        this.table = b.table;
        this.requiredWhenProperty = b.requiredWhenProperty;
        this.requiredWhenCodes = b.requiredWhenCodes;
        this.accessor = b.accessor;
        this.codes = kind == Kind.CODE ? finder(elementType) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, ? extends Optional<? extends CodeList>> finder(Class<?> codeList) {
        return CodeLists.finder((Class) codeList);
    }

    /** The object type this property belongs to. */
    public ObjectType owner() {
        return owner;
    }

    /** The JSON name: {@code "startDate"}. */
    public String name() {
        return name;
    }

    /** The place among its object's properties, from {@link WireProperty#order()}. */
    public int order() {
        return order;
    }

    /** What the property means, when the model says it. */
    public Optional<String> description() {
        return description.isEmpty() ? Optional.empty() : Optional.of(description);
    }

    /** The JSON type of the value, or of each element of a list. */
    public Kind kind() {
        return kind;
    }

    /** Whether the value is a JSON array of elements of {@link #kind()}. */
    public boolean isList() {
        return list;
    }

    /** Whether the model holds the value as an {@code Optional} (absent rather than empty). */
    public boolean isOptional() {
        return optional;
    }

    /** Whether the property must be present (and not null), always: {@link #requiredWhen()} says when else. */
    public boolean required() {
        return required;
    }

    /** Whether the writer always writes the property: a required one, or a boolean (written even when false). */
    public boolean writtenAlways() {
        return required || kind == Kind.BOOLEAN;
    }

    /** The Java type of the value, or of each element: {@code LocalDate}, {@code Sex}, {@code Beneficiary}… */
    public Class<?> elementType() {
        return elementType;
    }

    /**
     * The code value type of a {@link Kind#VALUE}, or of a {@link Kind#STRING} that must be an identifier
     * ({@code @RecordIdentifier}: {@code RecordId}); empty otherwise.
     */
    public Optional<ValueType> valueType() {
        return Optional.ofNullable(valueType);
    }

    /** The format a string must have: that of {@link #valueType()}. */
    public Optional<CodeFormat> format() {
        return valueType().map(ValueType::format);
    }

    /** The code list of a {@link Kind#CODE}. */
    @SuppressWarnings("unchecked")
    public Class<? extends Enum<?>> codeList() {
        if (kind != Kind.CODE) {
            throw new IllegalStateException(this + " is not a code");
        }
        return (Class<? extends Enum<?>>) elementType;
    }

    /**
     * The constant of a {@link Kind#CODE}'s code list whose code or alias is {@code text}, or empty: what
     * {@link CodeLists#fromCode} finds in {@link #codeList()}.
     */
    public Optional<? extends CodeList> codeOf(String text) {
        if (kind != Kind.CODE) {
            throw new IllegalStateException(this + " is not a code");
        }
        return codes.apply(text);
    }

    /** The nested object type of a {@link Kind#OBJECT}. */
    public ObjectType object() {
        if (kind != Kind.OBJECT) {
            throw new IllegalStateException(this + " is not an object");
        }
        return object;
    }

    /** The fewest characters (code points) of a string; 0 when unbounded. */
    public int minLength() {
        return minLength;
    }

    /** The most characters (code points) of a string; {@code Integer.MAX_VALUE} when unbounded. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether a string has bounds on its length. */
    public boolean hasLengthBounds() {
        return minLength > 0 || maxLength < Integer.MAX_VALUE;
    }

    /** The fewest elements of a list; 0 when unbounded. */
    public int minItems() {
        return minItems;
    }

    /** The most elements of a list; {@code Integer.MAX_VALUE} when unbounded. */
    public int maxItems() {
        return maxItems;
    }

    /** Whether a list has bounds on its size. */
    public boolean hasItemBounds() {
        return minItems > 0 || maxItems < Integer.MAX_VALUE;
    }

    /** The sibling property whose code gives this string's format ({@link FormatFrom}). */
    public Optional<String> formatFrom() {
        return Optional.ofNullable(formatFrom);
    }

    /** The name of the table of a list in the tabular form, when the model names it ({@link WireProperty#table()}). */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    /** The sibling property whose codes make this list required ({@link RequiredWhen}). */
    public Optional<String> requiredWhen() {
        return Optional.ofNullable(requiredWhenProperty);
    }

    /**
     * Whether the property is required in {@code instance} of its owner type: always, or because its
     * {@link #requiredWhen()} sibling has one of {@link #requiredWhenCodes()} there.
     */
    public boolean requiredIn(Object instance) {
        if (required) {
            return true;
        }
        if (requiredWhenProperty == null) {
            return false;
        }
        Object sibling = owner.property(requiredWhenProperty).orElseThrow().get(instance);
        return sibling instanceof CodeList code && requiredWhenCodes.contains(code.code());
    }

    /** The codes of {@link #requiredWhen()} for which this list is required. */
    public List<String> requiredWhenCodes() {
        return requiredWhenCodes;
    }

    /** The model's accessor. */
    public Method accessor() {
        return accessor;
    }

    /**
     * The property's value in {@code instance} of the owner type, as the model holds it: a {@code List} for a list,
     * an {@code Optional} for an optional value, a {@code Boolean} for a boolean.
     */
    public Object get(Object instance) {
        return owner.binding().get(instance, order);
    }

    /**
     * A placeholder of one value of this property (of one element, for a list): for a reader that must hold a value
     * where the input had none it could read. Only the rules that read none of it see it.
     */
    public Object placeholder() {
        return ObjectBuilder.placeholder(this);
    }

    void setObject(ObjectType value) {
        this.object = value;
    }

    /** The place of the property in its owner's {@link ObjectType#properties()}. */
    int index() {
        return index;
    }

    void setIndex(int value) {
        this.index = value;
    }

    @Override
    public String toString() {
        return owner.name() + "." + name;
    }

    /** What {@link WireFormat} gathers about an accessor. */
    static final class Builder {
        ObjectType owner;
        String name;
        int order;
        String description = "";
        Kind kind;
        boolean list;
        boolean optional;
        boolean required;
        Class<?> elementType;
        ValueType valueType;
        int minLength;
        int maxLength = Integer.MAX_VALUE;
        int minItems;
        int maxItems = Integer.MAX_VALUE;
        String formatFrom;
        String table;
        String requiredWhenProperty;
        List<String> requiredWhenCodes = List.of();
        Method accessor;
    }
}
