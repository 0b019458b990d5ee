package org.cepkit.model.operator;

import jakarta.validation.constraints.NotNull;
import org.cepkit.model.constraints.RecordIdentifier;
import org.immutables.value.Value;

/**
 * A reference to an operator record by its id, with the family the referrer believes it has (checked against
 * the registry when one is known).
 *
 * <pre>{@code OperatorRef ref = OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE);}</pre>
 */
@Value.Immutable
public abstract class OperatorRef {

    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @NotNull
    public abstract OperatorFamily getFamily();

    public static OperatorRef of(String id, OperatorFamily family) {
        return ImmutableOperatorRef.builder().id(id).family(family).build();
    }

    public static ImmutableOperatorRef.Builder builder() {
        return ImmutableOperatorRef.builder();
    }
}
