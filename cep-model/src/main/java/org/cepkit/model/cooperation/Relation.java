package org.cepkit.model.cooperation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.constraints.RecordIdentifier;
import org.immutables.value.Value;

/** A relation between two operators of a cooperation: its form, its purposes, and since when. */
@Value.Immutable
public abstract class Relation {

    /** The ids of the two operators. */
    @NotNull
    @Size(min = 2, max = 2)
    public abstract List<@NotNull @RecordIdentifier String> getBetween();

    @NotNull
    public abstract RelationForm getForm();

    @NotEmpty
    public abstract List<@NotNull CooperationPurpose> getPurposes();

    public abstract Optional<LocalDate> getSince();

    public static ImmutableRelation.Builder builder() {
        return ImmutableRelation.builder();
    }
}
