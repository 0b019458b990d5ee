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
import org.cepkit.model.territory.DepartementCode;

/**
 * The annotated {@code CharSequence} is an INSEE département code ({@code 01}–{@code 95} but {@code 20}, {@code 2A}, {@code 2B}, {@code 971}–{@code 974}, {@code 976}). {@code null} is valid: combine with
 * {@code @NotNull} when the value is required. cepkit reports a violation as rule {@code format.departement}.
 *
 * <pre>{@code
 * class Office {
 *     @Departement String code;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = Departement.Validator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Departement {

    String message() default "{org.cepkit.format.departement}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the annotated text against {@code DepartementCode.FORMAT}. */
    final class Validator implements ConstraintValidator<Departement, CharSequence> {
        /** Instantiated by Jakarta Validation. */
        public Validator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || DepartementCode.FORMAT.matches(value);
        }
    }
}
