package org.cepkit.model.territory;

import static java.lang.annotation.ElementType.TYPE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link Territory}'s code has the format of its kind ({@code format.commune} for a commune, and so on),
 * and a {@link TerritoryKind#LOCAL_AREA} lists at least one commune ({@code format.length}, a list outside its
 * bounds: the model cannot tell an absent list from an empty one; the JSON reader reports an absent one as
 * {@code format.required}). Violations are reported on the {@code code} and {@code communes} properties.
 */
@Documented
@Constraint(validatedBy = TerritoryCode.Validator.class)
@Target(TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TerritoryCode {

    String message() default "{org.cepkit.format.identifier}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code against {@link TerritoryKind#codeFormat()}. */
    final class Validator implements ConstraintValidator<TerritoryCode, Territory> {
        /** Instantiated by Jakarta Validation. */
        public Validator() {
        }

        @Override
        public boolean isValid(Territory territory, ConstraintValidatorContext context) {
            if (territory == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            TerritoryKind kind = territory.getKind();
            if (!kind.codeFormat().matches(territory.getCode())) {
                valid = false;
                context.buildConstraintViolationWithTemplate("{org.cepkit." + kind.formatRule() + "}")
                        .addPropertyNode("code").addConstraintViolation();
            }
            if (kind == TerritoryKind.LOCAL_AREA && territory.getCommunes().isEmpty()) {
                valid = false;
                context.buildConstraintViolationWithTemplate("{org.cepkit.format.length.communes}")
                        .addPropertyNode("communes").addConstraintViolation();
            }
            return valid;
        }
    }
}
