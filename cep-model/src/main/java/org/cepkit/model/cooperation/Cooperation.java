package org.cepkit.model.cooperation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * CEP operators cooperating on a territory, described with the Céreq typology (Bref n° 383, 2019): the local
 * configuration, its context, the SPRO partners and the relations between operators.
 *
 * <pre>{@code
 * Cooperation coop = Cooperation.builder()
 *         .id("coop-balagne")
 *         .territory(bassin)
 *         .addOperators(OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE),
 *                 OperatorRef.of("ft-bastia", OperatorFamily.FRANCE_TRAVAIL))
 *         .configuration(Configuration.LOCAL_COMMON_CAUSE)
 *         .context(Context.builder().federatingIssue("Travailleurs saisonniers").build())
 *         .startDate(LocalDate.of(2021, 9, 1))
 *         .build();
 * }</pre>
 */
@WireObject(title = "CEP cooperation record (v1)",
        description = "CEP operators cooperating on a territory, described with the Céreq typology (Bref n° 383, "
                + "2019): the local configuration, its context, the SPRO partners and the relations between operators.")
@Value.Immutable
public abstract class Cooperation implements CepRecord {
    /** Built by its generated builder, {@code ImmutableCooperation}. */
    Cooperation() {
    }

    @WireProperty(order = 1)
    @Override
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @WireProperty(order = 2)
    @NotNull
    @Valid
    public abstract Territory getTerritory();

    @WireProperty(order = 3, table = "cooperation_operators")
    @Size(min = 2)
    public abstract List<@NotNull @Valid OperatorRef> getOperators();

    @WireProperty(order = 4)
    public abstract List<@NotNull @Valid Partner> getPartners();

    @WireProperty(order = 5)
    @NotNull
    public abstract Configuration getConfiguration();

    @WireProperty(order = 6)
    public abstract Optional<@Valid Context> getContext();

    @WireProperty(order = 7)
    public abstract List<@NotNull @Valid Relation> getRelations();

    @WireProperty(order = 8)
    @NotNull
    public abstract LocalDate getStartDate();

    @WireProperty(order = 9)
    public abstract Optional<LocalDate> getEndDate();

    @Override
    public final RecordType getType() {
        return RecordType.COOPERATION;
    }

    public static ImmutableCooperation.Builder builder() {
        return ImmutableCooperation.builder();
    }
}
