package org.cepkit.model.operator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * A CEP operator: one organisation of one of the families of art. L6111-6 of the Code du travail. A regional
 * operator lists the régions where it holds the France compétences contract.
 *
 * <pre>{@code
 * Operator op = Operator.builder()
 *         .id("ml-bastia")
 *         .family(OperatorFamily.MISSION_LOCALE)
 *         .name("Mission locale de Bastia")
 *         .addSites(Site.builder().id("bastia-1").commune(CommuneCode.parse("2B033"))
 *                 .addModes(DeliveryMode.IN_PERSON).build())
 *         .build();
 * }</pre>
 */
@WireObject(title = "CEP operator record (v1)",
        description = "A CEP operator: one organisation of one of the families of art. L6111-6 of the Code du "
                + "travail. A regional operator lists the régions where it holds the France compétences contract.")
@Value.Immutable
public abstract class Operator implements CepRecord {
    /** Built by its generated builder, {@code ImmutableOperator}. */
    Operator() {
    }

    @WireProperty(order = 1)
    @Override
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @WireProperty(order = 2)
    @NotNull
    public abstract OperatorFamily getFamily();

    @WireProperty(order = 3)
    @NotNull
    @TextLength(min = 1, max = 200)
    public abstract String getName();

    @WireProperty(order = 4)
    public abstract Optional<Siret> getSiret();

    @WireProperty(order = 5, description = "The régions where a regional operator holds its France compétences "
            + "contract; cepkit requires it for REGIONAL_OPERATOR (rule operator.coverage).")
    public abstract List<@NotNull RegionCode> getCoverage();

    @WireProperty(order = 6)
    public abstract List<@NotNull @Valid Site> getSites();

    @WireProperty(order = 7)
    public abstract Optional<LocalDate> getActiveFrom();

    @WireProperty(order = 8)
    public abstract Optional<LocalDate> getActiveTo();

    @Override
    public final RecordType getType() {
        return RecordType.OPERATOR;
    }

    /** A reference to this operator. */
    public OperatorRef toRef() {
        return OperatorRef.of(getId(), getFamily());
    }

    public static ImmutableOperator.Builder builder() {
        return ImmutableOperator.builder();
    }
}
