package org.cepkit.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} has between {@link #min()} and {@link #max()} characters, counted as
 * Unicode code points, as JSON Schema's {@code minLength}/{@code maxLength} count them: an emoji is one
 * character, where {@code @Size} would count its two UTF-16 units. {@code null} is valid. cepkit reports a
 * violation as rule {@code format.length}.
 *
 * <pre>{@code @TextLength(min = 1, max = 200) String name;}</pre>
 */
@Documented
@Constraint(validatedBy = TextLength.Validator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLength {

    String message() default "{org.cepkit.format.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The fewest characters. */
    int min() default 0;

    /** The most characters. */
    int max() default Integer.MAX_VALUE;

    /** Counts code points. */
    final class Validator implements ConstraintValidator<TextLength, CharSequence> {
        /** Instantiated by Jakarta Validation. */
        public Validator() {
        }

        private int min;
        private int max;

        @Override
        public void initialize(TextLength constraint) {
            this.min = constraint.min();
            this.max = constraint.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = Character.codePointCount(value, 0, value.length());
            return length >= min && length <= max;
        }
    }
}
