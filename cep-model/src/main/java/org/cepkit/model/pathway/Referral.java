package org.cepkit.model.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/** The beneficiary sent to another operator (<i>aiguillage</i>), and what for. */
@WireObject(description = "The beneficiary sent to another operator (aiguillage), and what for.")
@Value.Immutable
public abstract class Referral {
    /** Built by its generated builder, {@code ImmutableReferral}. */
    Referral() {
    }


    @WireProperty(order = 1)
    @NotNull
    @Valid
    public abstract OperatorRef getTo();

    @WireProperty(order = 2)
    @NotNull
    public abstract LocalDate getDate();

    @WireProperty(order = 3)
    @NotNull
    public abstract CooperationPurpose getPurpose();

    public static ImmutableReferral.Builder builder() {
        return ImmutableReferral.builder();
    }
}
