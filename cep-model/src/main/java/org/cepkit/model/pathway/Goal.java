package org.cepkit.model.pathway;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal of the action plan, optionally tied to an occupation (ROME), a training (Formacode) or a certification. */
@Value.Immutable
public abstract class Goal {

    @NotNull
    public abstract GoalKind getKind();

    public abstract Optional<RomeCode> getRome();

    public abstract Optional<Formacode> getFormacode();

    public abstract Optional<CertificationCode> getCertification();

    public static ImmutableGoal.Builder builder() {
        return ImmutableGoal.builder();
    }
}
