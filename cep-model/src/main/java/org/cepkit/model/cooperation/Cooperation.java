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
@Value.Immutable
public abstract class Cooperation implements CepRecord {

    @Override
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @NotNull
    @Valid
    public abstract Territory getTerritory();

    @Size(min = 2)
    public abstract List<@NotNull @Valid OperatorRef> getOperators();

    public abstract List<@NotNull @Valid Partner> getPartners();

    @NotNull
    public abstract Configuration getConfiguration();

    public abstract Optional<@Valid Context> getContext();

    public abstract List<@NotNull @Valid Relation> getRelations();

    @NotNull
    public abstract LocalDate getStartDate();

    public abstract Optional<LocalDate> getEndDate();

    @Override
    public final RecordType getType() {
        return RecordType.COOPERATION;
    }

    public static ImmutableCooperation.Builder builder() {
        return ImmutableCooperation.builder();
    }
}
