package org.cepkit.model.operator;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/** A place where an operator receives the public (<i>lieu d'accueil</i>), and how it delivers the CEP there. */
@WireObject(description = "A place where an operator receives the public (lieu d'accueil), and how it delivers the "
        + "CEP there.")
@Value.Immutable
public abstract class Site {
    /** Built by its generated builder, {@code ImmutableSite}. */
    Site() {
    }

    @WireProperty(order = 1)
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @WireProperty(order = 2)
    public abstract Optional<@TextLength(min = 1, max = 200) String> getName();

    @WireProperty(order = 3)
    @NotNull
    public abstract CommuneCode getCommune();

    @WireProperty(order = 4)
    public abstract Optional<PostalCode> getPostalCode();

    @WireProperty(order = 5)
    @NotEmpty
    public abstract List<@NotNull DeliveryMode> getModes();

    public static ImmutableSite.Builder builder() {
        return ImmutableSite.builder();
    }
}
