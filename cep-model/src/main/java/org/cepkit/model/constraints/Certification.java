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
import org.cepkit.model.pathway.CertificationCode;

/**
 * The annotated {@code CharSequence} is an RNCP or RS certification code ({@code RNCP34436}, {@code RS5432}). {@code null} is valid: combine with
 * {@code @NotNull} when the value is required. cepkit reports a violation as rule {@code format.certification}.
 *
 * <pre>{@code
 * class Office {
 *     @Certification String code;
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = Certification.Validator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Certification {

    String message() default "{org.cepkit.format.certification}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the annotated text against {@code CertificationCode.FORMAT}. */
    final class Validator implements ConstraintValidator<Certification, CharSequence> {
        /** Instantiated by Jakarta Validation. */
        public Validator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || CertificationCode.FORMAT.matches(value);
        }
    }
}
