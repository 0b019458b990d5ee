package org.cepkit.model.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a code value type ({@code CommuneCode}, {@code Siret}…) with what the wire format needs beyond its
 * {@code FORMAT} and {@code tryParse}: the rule a malformed code breaks and an example of a valid code.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WireValue {

    /** The id of the rule a text outside the format breaks: {@code "format.commune"}. */
    String rule();

    /** A valid code, for documentation and examples: {@code "2A004"}. */
    String example();
}
