package org.cepkit.model.internal;

/**
 * The calls that build and read one object type of the wire format: its Immutables builder, the builder method of
 * each property and its accessor, each property named by its {@code @WireProperty} order. {@link WireBindings}, which
 * cep-model's build writes from the model's annotations (cep-model-processor), holds one for each type.
 */
public interface WireBinding {

    /** A new Immutables builder of the type. */
    Object newBuilder();

    /**
     * Sets the property of that order on {@code builder}: its element for a scalar or an {@code Optional}, a
     * {@code List} of elements for a list (added to those already set), a {@code Boolean} for a boolean.
     */
    void set(Object builder, int order, Object value);

    /** The instance that {@code builder} holds. */
    Object build(Object builder);

    /** The value of the property of that order in {@code instance}, as its accessor returns it (boxed). */
    Object get(Object instance, int order);
}
