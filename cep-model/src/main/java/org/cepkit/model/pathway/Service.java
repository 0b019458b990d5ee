package org.cepkit.model.pathway;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cepkit.model.operator.DeliveryMode;
import org.immutables.value.Value;

/** One CEP service delivered to the beneficiary: its level, its date and how it was delivered. */
@Value.Immutable
public abstract class Service {

    @NotNull
    public abstract ServiceLevel getLevel();

    @NotNull
    public abstract LocalDate getDate();

    @NotNull
    public abstract DeliveryMode getMode();

    public static Service of(ServiceLevel level, LocalDate date, DeliveryMode mode) {
        return ImmutableService.builder().level(level).date(date).mode(mode).build();
    }

    public static ImmutableService.Builder builder() {
        return ImmutableService.builder();
    }
}
