package org.cepkit.model.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Hibernate Validator for tests of the model's Jakarta constraints, without Expression Language (the
 * {@link ParameterMessageInterpolator}), and a compact view of its violations.
 *
 * <pre>{@code
 * assertThat(BeanValidation.violations(pathway))
 *         .containsExactly("beneficiary.id {org.cepkit.format.identifier}");
 * }</pre>
 */
public final class BeanValidation {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private BeanValidation() {
    }

    /** The shared, thread-safe validator. */
    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /**
     * Each violation of {@code bean} as {@code "propertyPath messageTemplate"}, sorted:
     * {@code "territory.code {org.cepkit.format.commune}"}. Empty when the bean is valid.
     */
    public static List<String> violations(Object bean) {
        return validator().validate(bean).stream()
                .map(BeanValidation::describe)
                .sorted()
                .toList();
    }

    /** {@code "propertyPath messageTemplate"}. */
    public static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + " " + violation.getMessageTemplate();
    }
}
