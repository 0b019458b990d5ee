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
@Value.Immutable
public abstract class Operator implements CepRecord {

    @Override
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @NotNull
    public abstract OperatorFamily getFamily();

    @NotNull
    @TextLength(min = 1, max = 200)
    public abstract String getName();

    public abstract Optional<Siret> getSiret();

    /** The régions where a regional operator holds its contract; required for {@link OperatorFamily#REGIONAL_OPERATOR}. */
    public abstract List<@NotNull RegionCode> getCoverage();

    public abstract List<@NotNull @Valid Site> getSites();

    public abstract Optional<LocalDate> getActiveFrom();

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
