package org.cepkit.model.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * The formalised plan of action handed to the beneficiary (<i>document de synthèse</i>, <i>plan d'actions</i>).
 */
@WireObject(description = "The formalised plan of action handed to the beneficiary (document de synthèse, plan "
        + "d'actions).")
@Value.Immutable
public abstract class ActionPlan {
    /** Built by its generated builder, {@code ImmutableActionPlan}. */
    ActionPlan() {
    }

    @WireProperty(order = 1)
    @NotNull
    public abstract LocalDate getDeliveredOn();

    @WireProperty(order = 2)
    @NotEmpty
    public abstract List<@NotNull @Valid Goal> getGoals();

    public static ImmutableActionPlan.Builder builder() {
        return ImmutableActionPlan.builder();
    }
}
