package org.cepkit.model.cooperation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/** A relation between two operators of a cooperation: its form, its purposes, and since when. */
@WireObject(description = "A relation between two operators of a cooperation: its form, its purposes, and since when.")
@Value.Immutable
public abstract class Relation {
    /** Built by its generated builder, {@code ImmutableRelation}. */
    Relation() {
    }

    @WireProperty(order = 1, description = "The ids of the two operators.")
    @NotNull
    @Size(min = 2, max = 2)
    public abstract List<@NotNull @RecordIdentifier String> getBetween();

    @WireProperty(order = 2)
    @NotNull
    public abstract RelationForm getForm();

    @WireProperty(order = 3)
    @NotEmpty
    public abstract List<@NotNull CooperationPurpose> getPurposes();

    @WireProperty(order = 4)
    public abstract Optional<LocalDate> getSince();

    public static ImmutableRelation.Builder builder() {
        return ImmutableRelation.builder();
    }
}
