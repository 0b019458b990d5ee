package org.cepkit.model.pathway;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * The beneficiary's situation observed after the pathway, on a given day (since wire format 1.1).
 *
 * <pre>{@code
 * Outcome outcome = Outcome.of(LocalDate.of(2024, 12, 2), OutcomeSituation.EMPLOYMENT);
 * }</pre>
 */
@WireObject(description = "The beneficiary's situation observed after the pathway (since 1.1): observed on or after "
        + "the end date, or the start date while the pathway is open.")
@Value.Immutable
public abstract class Outcome {
    /** Built by its generated builder, {@code ImmutableOutcome}. */
    Outcome() {
    }

    @WireProperty(order = 1)
    @NotNull
    public abstract LocalDate getObservedOn();

    @WireProperty(order = 2)
    @NotNull
    public abstract OutcomeSituation getSituation();

    public static Outcome of(LocalDate observedOn, OutcomeSituation situation) {
        return ImmutableOutcome.builder().observedOn(observedOn).situation(situation).build();
    }

    public static ImmutableOutcome.Builder builder() {
        return ImmutableOutcome.builder();
    }
}
