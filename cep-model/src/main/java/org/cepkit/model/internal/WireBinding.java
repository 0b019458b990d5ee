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

    /**
     * A new instance, built by its Immutables builder from {@code values}, indexed by the properties' orders: each
     * value not null is given to its property's builder method (its element for a scalar or an {@code Optional}, a
     * {@code List} of elements for a list, a {@code Boolean} for a boolean). One call an object: a call a property
     * through this interface, which a score of bindings implement, was a dispatch the JIT cannot inline (the
     * dispatch stubs were 3.5 % of a million-pathway run's samples, {@code perf}).
     */
    Object build(Object[] values);

    /** The value of the property of that order in {@code instance}, as its accessor returns it (boxed). */
    Object get(Object instance, int order);
}
