package org.cepkit.model.wire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeValue;

/**
 * A code value type of the wire format ({@code CommuneCode}, {@code Siret}, {@code RecordId}…), as its class
 * states it: its {@code FORMAT}, the rule a malformed code breaks, an example, and its {@code tryParse}.
 *
 * <pre>{@code
 * ValueType commune = ValueType.of(CommuneCode.class);
 * commune.rule();                  // "format.commune"
 * commune.parse("2A004");          // Optional[2A004]
 * }</pre>
 */
public final class ValueType {

    private static final ClassValue<ValueType> TYPES = new ClassValue<>() {
        @Override
        protected ValueType computeValue(Class<?> type) {
            return new ValueType(type.asSubclass(CodeValue.class));
        }
    };

    private final Class<? extends CodeValue> type;
    private final CodeFormat format;
    private final String rule;
    private final String example;
    private final MethodHandle tryParse;

    private ValueType(Class<? extends CodeValue> type) {
        this.type = type;
        WireValue wire = type.getAnnotation(WireValue.class);
        if (wire == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @WireValue");
        }
        this.rule = wire.rule();
        this.example = wire.example();
        try {
            this.format = (CodeFormat) type.getField("FORMAT").get(null);
            this.tryParse = MethodHandles.publicLookup().findStatic(type, "tryParse",
                    MethodType.methodType(Optional.class, CharSequence.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " lacks a public FORMAT or tryParse(CharSequence)", e);
        }
        if (parse(example).isEmpty()) {
            throw new IllegalArgumentException(type.getName() + ": the example '" + example + "' is not valid");
        }
    }

    /** The description of {@code type}, which must be annotated {@link WireValue}. */
    public static ValueType of(Class<? extends CodeValue> type) {
        return TYPES.get(Objects.requireNonNull(type, "type"));
    }

    /** The Java type. */
    public Class<? extends CodeValue> type() {
        return type;
    }

    /** The name of the type in the wire format's documents: the class's simple name, {@code "CommuneCode"}. */
    public String name() {
        return type.getSimpleName();
    }

    /** The format: regex, words, and the check no regex states. */
    public CodeFormat format() {
        return format;
    }

    /** The rule a text outside the format breaks: {@code "format.commune"}. */
    public String rule() {
        return rule;
    }

    /** A valid code. */
    public String example() {
        return example;
    }

    /** The value of {@code text}, or empty when it is not a valid code of this type. */
    public Optional<CodeValue> parse(CharSequence text) {
        try {
            @SuppressWarnings("unchecked")
            Optional<CodeValue> value = (Optional<CodeValue>) tryParse.invokeExact(text);
            return value;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
