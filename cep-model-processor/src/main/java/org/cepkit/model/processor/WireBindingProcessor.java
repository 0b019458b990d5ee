package org.cepkit.model.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes, for every type of the model annotated {@code @WireObject} ({@code Pathway}), a class
 * {@code org.cepkit.model.internal.PathwayBinding} that holds the calls that make its Immutables builder, set each
 * {@code @WireProperty} on it, build it, and read each property of an instance, keyed by the property's
 * {@code order}. One class a type, written from that type alone, so that a compiler that compiles only the types
 * that changed (an IDE's) writes only their bindings, and the others stay as they were.
 *
 * <p>The wire format's description ({@code WireFormat}) is still derived from the same annotations at run time;
 * this class only turns them into plain calls. Before it, the reader set every value through one of some 220
 * lambdas that {@code LambdaMetafactory} spun at start, from one call site that all properties of all types shared.
 * With plain calls, {@code cep validate} (whole process, the builds in turn, BENCHMARKS.md, 2026-12-03): a 5-line
 * file 0.56 s → 0.51 s, 200,000 pathways 2.94 s → 2.86 s, a million 6.32 s → 6.26 s.
 */
public final class WireBindingProcessor extends AbstractProcessor {

    static final String WIRE_OBJECT = "org.cepkit.model.wire.WireObject";
    static final String WIRE_PROPERTY = "org.cepkit.model.wire.WireProperty";
    static final String PACKAGE = "org.cepkit.model.internal";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(WIRE_OBJECT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement wireObject = processingEnv.getElementUtils().getTypeElement(WIRE_OBJECT);
        if (wireObject == null || annotations.isEmpty()) {
            return false;
        }
        for (Element element : round.getElementsAnnotatedWith(wireObject)) {
            Binding binding = binding(element);
            if (binding != null) {
                write(binding);
            }
        }
        return false;
    }

    /** One @WireObject type and its properties, in order; null (with an error reported) when it cannot be bound. */
    private Binding binding(Element element) {
        if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.INTERFACE
                || ((TypeElement) element).getNestingKind() != NestingKind.TOP_LEVEL) {
            error(element, "@WireObject is for top-level classes and interfaces, which Immutables implements");
            return null;
        }
        TypeElement type = (TypeElement) element;
        List<Accessor> accessors = new ArrayList<>();
        Map<Integer, String> orders = new HashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
            AnnotationMirror property = annotation(method, WIRE_PROPERTY);
            if (property == null) {
                continue;
            }
            Accessor accessor = accessor(method, property);
            if (accessor == null) {
                return null;
            }
            String other = orders.putIfAbsent(accessor.order, accessor.name);
            if (other != null) {
                error(method, "@WireProperty order " + accessor.order + " is also the order of " + other);
                return null;
            }
            accessors.add(accessor);
        }
        accessors.sort(Comparator.comparingInt(a -> a.order));
        return new Binding(type, accessors);
    }

    private Accessor accessor(ExecutableElement method, AnnotationMirror property) {
        String name = method.getSimpleName().toString();
        String bare = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
        if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty() || bare.isEmpty()
                || !Character.isUpperCase(bare.charAt(0))) {
            error(method, "@WireProperty is for accessors named getX() or isX()");
            return null;
        }
        String propertyName = Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
        TypeMirror returned = method.getReturnType();
        String setter;
        String cast;
        if (returned.getKind() == TypeKind.BOOLEAN) {
            setter = propertyName;
            cast = "Boolean";
        } else if (returned.getKind() == TypeKind.DECLARED) {
            String raw = qualifiedName(returned);
            List<? extends TypeMirror> arguments = ((DeclaredType) returned).getTypeArguments();
            if (raw.equals("java.util.List") || raw.equals("java.util.Optional")) {
                if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
                    error(method, "a list or Optional property holds one declared type");
                    return null;
                }
                String element = qualifiedName(arguments.get(0));
                boolean list = raw.equals("java.util.List");
                setter = list ? "addAll" + bare : propertyName;
                cast = list ? "java.util.List<" + element + ">" : element;
            } else {
                setter = propertyName;
                cast = raw;
            }
        } else {
            error(method, "a wire property is a boolean, a List, an Optional or a class");
            return null;
        }
        return new Accessor(name, propertyName, order(property), setter, cast);
    }

    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }

    private static AnnotationMirror annotation(Element element, String annotationType) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotationType)) {
                return mirror;
            }
        }
        return null;
    }

    private static int order(AnnotationMirror property) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : property.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("order")) {
                return (Integer) entry.getValue().getValue();
            }
        }
        throw new IllegalStateException("@WireProperty without its order");
    }

    private void write(Binding binding) {
        String name = PACKAGE + "." + binding.className();
        try (Writer writer = processingEnv.getFiler().createSourceFile(name, binding.type).openWriter()) {
            writer.write(binding.source());
        } catch (FilerException e) {
            error(binding.type, "another @WireObject type is also named " + binding.type.getSimpleName()
                    + ", and its binding is " + name);
        } catch (IOException e) {
            error(binding.type, "cannot write " + name + ": " + e.getMessage());
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** A wire property's accessor, and the builder method and type that set it. */
    private record Accessor(String accessor, String name, int order, String setter, String cast) {
    }

    private record Binding(TypeElement type, List<Accessor> accessors) {

        String className() {
            return type.getSimpleName() + "Binding";
        }

        /** The source of the binding class. */
        String source() {
            String model = type.getQualifiedName().toString();
            String immutable = model.substring(0, model.lastIndexOf('.')) + ".Immutable" + type.getSimpleName();
            String builder = immutable + ".Builder";
            String refusal = "default -> throw new IllegalArgumentException(\"" + type.getSimpleName()
                    + " has no property of order \" + order);";
            StringBuilder sets = new StringBuilder();
            StringBuilder gets = new StringBuilder();
            for (Accessor a : accessors) {
                sets.append("        if ((value = values[").append(a.order).append("]) != null) {\n")
                        .append("            b.").append(a.setter).append("((").append(a.cast).append(") value);\n")
                        .append("        }\n");
                gets.append("            case ").append(a.order).append(" -> o.").append(a.accessor).append("();\n");
            }
            return """
                    package %1$s;

                    /**
                     * The calls that build and read a {@link %2$s}, by each property's order. Written by
                     * %3$s from its @WireObject and @WireProperty annotations: do not edit.
                     */
                    public final class %4$s implements WireBinding {

                        @Override
                        public Class<?> modelType() {
                            return %2$s.class;
                        }

                        @Override
                        @SuppressWarnings("unchecked")
                        public Object build(Object[] values) {
                            %6$s b = %5$s.builder();
                            Object value;
                    %7$s        return b.build();
                        }

                        @Override
                        public Object get(Object instance, int order) {
                            %2$s o = (%2$s) instance;
                            return switch (order) {
                    %9$s            %8$s
                            };
                        }
                    }
                    """.formatted(PACKAGE, model, WireBindingProcessor.class.getName(), className(), immutable,
                    builder, sets, refusal, gets);
        }
    }
}
