package org.cepkit.model.wire;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
    /**
     * The type's {@code tryParse}, bound as a function: a method handle that is not a constant was called through
     * a generic invoker, 3 % of a validating worker's samples on a million pathways (JFR, 2026-12-02).
     */
    private final Function<CharSequence, Optional<?>> tryParse;

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
            this.tryParse = bind(type, MethodHandles.publicLookup().findStatic(type, "tryParse",
                    MethodType.methodType(Optional.class, CharSequence.class)));
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
    @SuppressWarnings("unchecked")
    public Optional<CodeValue> parse(CharSequence text) {
        return (Optional<CodeValue>) tryParse.apply(text);
    }

    /**
     * A type of a module this one reads (the model's own) is bound by LambdaMetafactory, whose function lives in
     * this module; another is called through its method handle.
     */
    private static Function<CharSequence, Optional<?>> bind(Class<?> type, MethodHandle target) {
        return bind(target, ValueType.class.getModule().canRead(type.getModule()));
    }

    @SuppressWarnings("unchecked")
    static Function<CharSequence, Optional<?>> bind(MethodHandle target, boolean spin) {
        if (!spin) {
            return text -> {
                try {
                    return (Optional<?>) target.invokeExact(text);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            };
        }
        try {
            CallSite site = LambdaMetafactory.metafactory(MethodHandles.lookup(), "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), target,
                    target.type());
            return (Function<CharSequence, Optional<?>>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot bind " + target, e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
