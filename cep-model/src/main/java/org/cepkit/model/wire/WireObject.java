package org.cepkit.model.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model type as an object of the wire format: a record ({@code Pathway}) or an object nested in one
 * ({@code Beneficiary}). Its properties are its accessors annotated {@link WireProperty}. {@link WireFormat}
 * reads both to describe the wire format once, for the reader, the writer, the JSON Schema, the Jackson module
 * and the tables.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WireObject {

    /** What the object is, in one or two English sentences (published in the JSON Schema). */
    String description();

    /** The schema's title, for a record type ({@code "CEP pathway record (v1)"}); empty for a nested object. */
    String title() default "";
}
