package org.cepkit.model.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The formalised plan of action handed to the beneficiary (<i>document de synthèse</i>, <i>plan d'actions</i>).
 */
@Value.Immutable
public abstract class ActionPlan {

    @NotNull
    public abstract LocalDate getDeliveredOn();

    @NotEmpty
    public abstract List<@NotNull @Valid Goal> getGoals();

    public static ImmutableActionPlan.Builder builder() {
        return ImmutableActionPlan.builder();
    }
}
