package org.cepkit.model.operator;

import jakarta.validation.constraints.NotNull;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * A reference to an operator record by its id, with the family the referrer believes it has (checked against
 * the registry when one is known).
 *
 * <pre>{@code OperatorRef ref = OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE);}</pre>
 */
@WireObject(description = "A reference to an operator record by its id, with the family the referrer believes it has.")
@Value.Immutable
public abstract class OperatorRef {
    /** Built by its generated builder, {@code ImmutableOperatorRef}. */
    OperatorRef() {
    }

    @WireProperty(order = 1)
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @WireProperty(order = 2)
    @NotNull
    public abstract OperatorFamily getFamily();

    public static OperatorRef of(String id, OperatorFamily family) {
        return ImmutableOperatorRef.builder().id(id).family(family).build();
    }

    public static ImmutableOperatorRef.Builder builder() {
        return ImmutableOperatorRef.builder();
    }
}
