package org.cepkit.model.cooperation;

import jakarta.validation.constraints.NotNull;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/** A member of the regional orientation public service (SPRO) that is not a CEP operator: a Cité des métiers, a CIO… */
@WireObject(description = "A member of the regional orientation public service (SPRO) that is not a CEP operator: a "
        + "Cité des métiers, a CIO…")
@Value.Immutable
public abstract class Partner {
    /** Built by its generated builder, {@code ImmutablePartner}. */
    Partner() {
    }

    @WireProperty(order = 1)
    @NotNull
    @TextLength(min = 1, max = 200)
    public abstract String getName();

    @WireProperty(order = 2)
    @NotNull
    public abstract PartnerKind getKind();

    public static Partner of(String name, PartnerKind kind) {
        return ImmutablePartner.builder().name(name).kind(kind).build();
    }

    public static ImmutablePartner.Builder builder() {
        return ImmutablePartner.builder();
    }
}
