package org.cepkit.model.pathway;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/** One CEP service delivered to the beneficiary: its level, its date and how it was delivered. */
@WireObject(description = "One CEP service delivered to the beneficiary: its level, its date and how it was delivered.")
@Value.Immutable
public abstract class Service {
    /** Built by its generated builder, {@code ImmutableService}. */
    Service() {
    }


    @WireProperty(order = 1)
    @NotNull
    public abstract ServiceLevel getLevel();

    @WireProperty(order = 2)
    @NotNull
    public abstract LocalDate getDate();

    @WireProperty(order = 3)
    @NotNull
    public abstract DeliveryMode getMode();

    public static Service of(ServiceLevel level, LocalDate date, DeliveryMode mode) {
        return ImmutableService.builder().level(level).date(date).mode(mode).build();
    }

    public static ImmutableService.Builder builder() {
        return ImmutableService.builder();
    }
}
