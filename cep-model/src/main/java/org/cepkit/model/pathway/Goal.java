package org.cepkit.model.pathway;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/** A goal of the action plan, optionally tied to an occupation (ROME), a training (Formacode) or a certification. */
@WireObject(description = "A goal of the action plan, optionally tied to an occupation (ROME), a training "
        + "(Formacode) or a certification.")
@Value.Immutable
public abstract class Goal {
    /** Built by its generated builder, {@code ImmutableGoal}. */
    Goal() {
    }


    @WireProperty(order = 1)
    @NotNull
    public abstract GoalKind getKind();

    @WireProperty(order = 2)
    public abstract Optional<RomeCode> getRome();

    @WireProperty(order = 3)
    public abstract Optional<Formacode> getFormacode();

    @WireProperty(order = 4)
    public abstract Optional<CertificationCode> getCertification();

    public static ImmutableGoal.Builder builder() {
        return ImmutableGoal.builder();
    }
}
