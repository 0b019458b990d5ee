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
import org.cepkit.model.RecordId;

/**
 * The annotated {@code CharSequence} is a record, site or beneficiary identifier (1 to 64 characters, {@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$}). {@code null} is valid: combine with
 * {@code @NotNull} when the value is required. cepkit reports a violation as rule {@code format.identifier}.
 *
 * <pre>{@code
 * class Office {
 *     @RecordIdentifier String code;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = RecordIdentifier.Validator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordIdentifier {

    String message() default "{org.cepkit.format.identifier}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the annotated text against {@code RecordId.FORMAT}. */
    final class Validator implements ConstraintValidator<RecordIdentifier, CharSequence> {
        /** Instantiated by Jakarta Validation. */
        public Validator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || RecordId.FORMAT.matches(value);
        }
    }
}
