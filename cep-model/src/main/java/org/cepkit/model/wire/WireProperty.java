package org.cepkit.model.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor of a {@link WireObject} as a property of the wire format. The property's name is the
 * accessor's without {@code get}/{@code is} ({@code getStartDate()} is {@code startDate}); its JSON type, code
 * list, format, bounds and whether it is required follow from the accessor's return type and its Jakarta
 * Validation constraints ({@code @NotNull}, {@code @NotEmpty}, {@code @Size}, {@code @TextLength},
 * {@code @RecordIdentifier}); an {@code Optional} or a list without a lower bound is optional.
 *
 * <pre>{@code
 * @WireProperty(order = 5, description = "The cahier des charges in force at startDate.")
 * @NotNull
 * public abstract Specification getSpecification();
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface WireProperty {

    /**
     * The property's place in the canonical JSON of its object: properties are written in increasing order
     * ({@code type} always comes first in a record). Distinct within an object; gaps are allowed.
     */
    int order();

    /** What the property means, when its name and type do not say it (published in the JSON Schema). */
    String description() default "";

    /**
     * For a list that the tabular form holds in a table of its own, the table's name when it is not the property's
     * name in snake_case: {@code "cooperation_operators"} for a cooperation's {@code operators}, which would
     * otherwise share the name of the operator records' table.
     */
    String table() default "";
}
