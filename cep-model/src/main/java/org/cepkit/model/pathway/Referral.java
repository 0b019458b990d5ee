package org.cepkit.model.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.OperatorRef;
import org.immutables.value.Value;

/** The beneficiary sent to another operator (<i>aiguillage</i>), and what for. */
@Value.Immutable
public abstract class Referral {

    @NotNull
    @Valid
    public abstract OperatorRef getTo();

    @NotNull
    public abstract LocalDate getDate();

    @NotNull
    public abstract CooperationPurpose getPurpose();

    public static ImmutableReferral.Builder builder() {
        return ImmutableReferral.builder();
    }
}
