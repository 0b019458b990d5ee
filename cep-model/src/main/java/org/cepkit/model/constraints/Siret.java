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
 * The annotated {@code CharSequence} is a SIRET (14 digits with a valid Luhn key, or La Poste's rule for SIREN 356000000). {@code null} is valid: combine with
 * {@code @NotNull} when the value is required. cepkit reports a violation as rule {@code format.siret}.
 *
 * <pre>{@code
 * class Office {
 *     @Siret String code;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = Siret.Validator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siret {

    String message() default "{org.cepkit.format.siret}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the annotated text against {@code Siret.FORMAT}. */
    final class Validator implements ConstraintValidator<Siret, CharSequence> {
        /** Instantiated by Jakarta Validation. */
        public Validator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || org.cepkit.model.operator.Siret.FORMAT.matches(value);
        }
    }
}
