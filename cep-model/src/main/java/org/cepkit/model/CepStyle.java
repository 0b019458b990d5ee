package org.cepkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of cepkit's entities, applied through each model package's
 * {@code package-info.java}.
 *
 * <p>Accessors are {@code getX()}/{@code isX()} so that every Jakarta Validation provider reads the
 * constraints declared on them (Hibernate Validator ignores constraints on {@code x()} accessors); builders
 * and the wire format use the bare property name ({@code startDate}). Generated types are public
 * ({@code ImmutablePathway}), JDK-only, with {@code withX} copy methods. They carry no {@code @Generated}
 * annotation of Immutables: its class is not on a user's class path, and javac warned of it in every module that
 * compiles against the model.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"is*", "get*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface CepStyle {
}
