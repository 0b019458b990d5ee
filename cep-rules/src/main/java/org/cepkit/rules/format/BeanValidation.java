package org.cepkit.rules.format;

import java.util.List;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.internal.LengthBounds;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleContext;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the model's Jakarta constraints with Hibernate Validator and reports each violation under its
 * {@code format.*} rule, at a JSON Pointer: {@code @NotNull} is {@code format.required}, {@code @Size} and
 * {@code @NotEmpty} are {@code format.length}, and cepkit's own constraints ({@code @RecordIdentifier},
 * {@code @TextLength}, {@code @TerritoryCode}…) name their rule in their message key {@code {org.cepkit.<rule>}},
 * or {@code {org.cepkit.<rule>.<detail>}} for a more specific message.
 *
 * <p>Hibernate Validator is built once, on the first record, with the {@link ParameterMessageInterpolator} (no
 * Expression Language needed); its own message texts are never shown: the catalogue's messages are.
 */
public final class BeanValidation extends AbstractRule<CepRecord> {

    private static final String KEY_PREFIX = "{org.cepkit.";

    public BeanValidation() {
        super(CepRecord.class, List.of(""), "format.required", "format.length", "format.identifier", "format.commune",
                "format.departement", "format.region", "format.epci", "format.employment-zone", "format.postal-code",
                "format.siret", "format.rome", "format.formacode", "format.certification");
    }

    /** Built on first use, so that creating a validator costs nothing until it validates (or prepares). */
    private volatile Validator validator;

    private Validator validator() {
        Validator result = validator;
        if (result == null) {
            synchronized (this) {
                result = validator;
                if (result == null) {
                    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                            .configure()
                            .messageInterpolator(new ParameterMessageInterpolator())
                            .buildValidatorFactory();
                    result = factory.getValidator();
                    validator = result;
                }
            }
        }
        return result;
    }

    @Override
    public void check(CepRecord record, RuleContext context) {
        for (ConstraintViolation<CepRecord> violation : validator().validate(record)) {
            String rule = ruleOf(violation.getConstraintDescriptor(), violation.getMessageTemplate());
            context.report(rule, pointer(violation.getPropertyPath()),
                    "format.length".equals(rule) ? bounds(violation.getConstraintDescriptor(),
                            violation.getInvalidValue() instanceof CharSequence) : Map.of());
        }
    }

    /** The catalogue rule of a violation. */
    static String ruleOf(ConstraintDescriptor<?> descriptor, String messageTemplate) {
        if (messageTemplate.startsWith(KEY_PREFIX) && messageTemplate.endsWith("}")) {
            // {org.cepkit.format.length.communes} is a more specific message of rule format.length
            String key = messageTemplate.substring(KEY_PREFIX.length(), messageTemplate.length() - 1);
            while (RuleCatalogue.builtIn().find(key).isEmpty() && key.lastIndexOf('.') > 0) {
                key = key.substring(0, key.lastIndexOf('.'));
            }
            return key;
        }
        Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
        if (type == NotNull.class) {
            return "format.required";
        }
        if (type == Size.class || type == NotEmpty.class) {
            return "format.length";
        }
        throw new IllegalStateException("No cepkit rule for constraint @" + type.getSimpleName());
    }

    /** The arguments of a length violation; {@code text}: the value is a string, not a list. */
    private static Map<String, String> bounds(ConstraintDescriptor<?> descriptor, boolean text) {
        String unit = text ? LengthBounds.CHARACTERS : LengthBounds.ITEMS;
        if (descriptor.getAnnotation() instanceof NotEmpty) {
            return LengthBounds.arguments(1, Integer.MAX_VALUE, unit);
        }
        // @TerritoryCode reports an empty local area without bounds of its own: at least one commune.
        Map<String, Object> attributes = descriptor.getAttributes();
        return LengthBounds.arguments(((Number) attributes.getOrDefault("min", 1)).longValue(),
                ((Number) attributes.getOrDefault("max", Integer.MAX_VALUE)).longValue(), unit);
    }

    /**
     * The JSON Pointer of a property path: {@code services[1].date} is {@code /services/1/date}. Container
     * elements of an {@code Optional} add nothing; those of a list add their index.
     */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }
}
