package org.cepkit.model.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor run by javac on small models: what it writes, and how it refuses what it cannot bind. */
class WireBindingProcessorTest {

    private static final String WIRE_OBJECT = """
            package org.cepkit.model.wire;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE)
            public @interface WireObject { String description(); }
            """;
    private static final String WIRE_PROPERTY = """
            package org.cepkit.model.wire;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)
            public @interface WireProperty { int order(); }
            """;
    private static final String BINDING = """
            package org.cepkit.model.internal;
            public interface WireBinding {
                Class<?> modelType();
                Object build(Object[] values);
                Object get(Object instance, int order);
            }
            """;
    /** What Immutables would write for {@link #VISIT}. */
    private static final String IMMUTABLE_VISIT = """
            package org.example;
            public final class ImmutableVisit extends Visit {
                public String getPlace() { return null; }
                public java.util.Optional<java.time.LocalDate> getDay() { return java.util.Optional.empty(); }
                public java.util.List<String> getNotes() { return java.util.List.of(); }
                public boolean isRemote() { return false; }
                public static Builder builder() { return new Builder(); }
                public static final class Builder {
                    public Builder place(String v) { return this; }
                    public Builder day(java.time.LocalDate v) { return this; }
                    public Builder addAllNotes(Iterable<? extends String> v) { return this; }
                    public Builder remote(boolean v) { return this; }
                    public ImmutableVisit build() { return new ImmutableVisit(); }
                }
            }
            """;
    private static final String VISIT = """
            package org.example;
            import org.cepkit.model.wire.*;
            @WireObject(description = "A visit.")
            public abstract class Visit {
                @WireProperty(order = 2) public abstract java.util.Optional<java.time.LocalDate> getDay();
                @WireProperty(order = 1) public abstract String getPlace();
                @WireProperty(order = 3) public abstract java.util.List<String> getNotes();
                @WireProperty(order = 4) public abstract boolean isRemote();
                public String summary() { return ""; }
            }
            """;

    @TempDir
    Path out;

    @Test
    void writesOneBindingATypeWithEachPropertyByItsOrder() throws IOException {
        Result result = compile(Map.of("org.example.Visit", VISIT, "org.example.ImmutableVisit", IMMUTABLE_VISIT));

        assertThat(result.errors()).isEmpty();
        String written = Files.readString(out.resolve("org/cepkit/model/internal/VisitBinding.java"));
        assertThat(written).contains("public final class VisitBinding implements WireBinding {",
                "return org.example.Visit.class;",
                "org.example.ImmutableVisit.Builder b = org.example.ImmutableVisit.builder();",
                "if ((value = values[1]) != null) {\n            b.place((java.lang.String) value);",
                "if ((value = values[2]) != null) {\n            b.day((java.time.LocalDate) value);",
                "if ((value = values[3]) != null) {\n            b.addAllNotes((java.util.List<java.lang.String>) value);",
                "if ((value = values[4]) != null) {\n            b.remote((Boolean) value);",
                "case 1 -> o.getPlace();", "case 4 -> o.isRemote();");
        assertThat(written).doesNotContain("summary");
        assertThat(out.resolve("org/cepkit/model/internal/VisitBinding.class")).exists();
    }

    @Test
    void refusesTwoTypesOfOneName() {
        String other = """
                package org.other;
                import org.cepkit.model.wire.*;
                @WireObject(description = "Another visit.")
                public abstract class Visit {
                }
                """;
        Result result = compile(Map.of("org.example.Visit", VISIT, "org.example.ImmutableVisit", IMMUTABLE_VISIT,
                "org.other.Visit", other));

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0)).startsWith("another @WireObject type is also named Visit");
    }

    @Test
    void refusesAPropertyThatIsNoAccessor() {
        Result result = compile(Map.of("org.example.Bad", """
                package org.example;
                import org.cepkit.model.wire.*;
                @WireObject(description = "Bad.")
                public abstract class Bad {
                    @WireProperty(order = 1) public abstract String place();
                }
                """));

        assertThat(result.errors()).containsExactly("@WireProperty is for accessors named getX() or isX()");
        assertThat(out.resolve("org/cepkit/model/internal/BadBinding.java")).doesNotExist();
    }

    @Test
    void refusesTwoPropertiesOfOneOrder() {
        Result result = compile(Map.of("org.example.Twice", """
                package org.example;
                import org.cepkit.model.wire.*;
                @WireObject(description = "Twice.")
                public abstract class Twice {
                    @WireProperty(order = 1) public abstract String getPlace();
                    @WireProperty(order = 1) public abstract String getName();
                }
                """));

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0)).startsWith("@WireProperty order 1 is also the order of ");
    }

    @Test
    void refusesANestedType() {
        Result result = compile(Map.of("org.example.Outer", """
                package org.example;
                import org.cepkit.model.wire.*;
                public class Outer {
                    @WireObject(description = "Inner.")
                    public abstract static class Inner {
                        @WireProperty(order = 1) public abstract String getPlace();
                    }
                }
                """));

        assertThat(result.errors())
                .containsExactly("@WireObject is for top-level classes and interfaces, which Immutables implements");
    }

    private record Result(List<String> errors) {
    }

    private Result compile(Map<String, String> model) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(source("org.cepkit.model.wire.WireObject", WIRE_OBJECT));
        sources.add(source("org.cepkit.model.wire.WireProperty", WIRE_PROPERTY));
        sources.add(source("org.cepkit.model.internal.WireBinding", BINDING));
        model.forEach((name, text) -> sources.add(source(name, text)));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
            JavaCompiler.CompilationTask task = javac.getTask(new java.io.PrintWriter(new ByteArrayOutputStream()),
                    files, diagnostics, List.of("-Xlint:none"), null, sources);
            task.setProcessors(List.of(new WireBindingProcessor()));
            task.call();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Result(diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).toList());
    }

    private static JavaFileObject source(String name, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
