package org.cepkit.model.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list property required, with at least one element, when a sibling property has one of some codes: the
 * {@code communes} of a territory whose {@code kind} is {@code LOCAL_AREA}. Otherwise the list is optional.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredWhen {

    /** The name of the sibling property, a code: {@code "kind"}. */
    String property();

    /** The codes of the sibling for which the list is required: {@code "LOCAL_AREA"}. */
    String[] codes();
}
