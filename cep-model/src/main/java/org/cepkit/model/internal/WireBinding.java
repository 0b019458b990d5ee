package org.cepkit.model.internal;

/**
 * The calls that build and read one object type of the wire format: its Immutables builder, the builder method of
 * each property and its accessor, each property named by its {@code @WireProperty} order. cep-model's build writes
 * one for each {@code @WireObject} type of the model, from its annotations (cep-model-processor):
 * {@code PathwayBinding} for {@code Pathway}, in this package.
 */
public interface WireBinding {

    /**
     * The binding written for {@code type}, or null when there is none (a class that is no {@code @WireObject} of
     * the model, or a model compiled without cep-model-processor).
     */
    static WireBinding of(Class<?> type) {
        String name = WireBinding.class.getPackageName() + "." + type.getSimpleName() + "Binding";
        Class<?> found;
        try {
            found = Class.forName(name, true, WireBinding.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            WireBinding binding = (WireBinding) found.getConstructor().newInstance();
            return binding.modelType() == type ? binding : null;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(name + " is not a binding that cep-model-processor wrote", e);
        }
    }

    /** The model type: {@code Pathway.class}. */
    Class<?> modelType();

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
