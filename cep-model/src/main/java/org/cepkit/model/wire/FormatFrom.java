package org.cepkit.model.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string property whose format is given by a code of a sibling property, whose code list implements
 * {@link ValueTypeSelector}: a territory's {@code code} has the format of its {@code kind} (a commune code for
 * {@code COMMUNE}, a SIREN for {@code EPCI}…). When the sibling cannot be read, the string cannot be judged.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormatFrom {

    /** The name of the sibling property: {@code "kind"}. */
    String value();
}
