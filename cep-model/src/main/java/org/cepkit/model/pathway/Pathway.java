package org.cepkit.model.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.operator.OperatorRef;
import org.immutables.value.Value;

/**
 * One beneficiary's CEP accompaniment by one operator (<i>parcours</i>), under the cahier des charges in
 * force at its start.
 *
 * <pre>{@code
 * Pathway pathway = Pathway.builder()
 *         .id("pw-2024-0001")
 *         .operator(OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE))
 *         .beneficiary(beneficiary)
 *         .specification(Specification.CDC_2019)
 *         .startDate(LocalDate.of(2024, 3, 1))
 *         .addServices(Service.of(ServiceLevel.LEVEL_1, LocalDate.of(2024, 3, 1), DeliveryMode.IN_PERSON))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Pathway implements CepRecord {

    @Override
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @NotNull
    @Valid
    public abstract OperatorRef getOperator();

    @NotNull
    @Valid
    public abstract Beneficiary getBeneficiary();

    @NotNull
    public abstract Specification getSpecification();

    @NotNull
    public abstract LocalDate getStartDate();

    public abstract Optional<LocalDate> getEndDate();

    @NotEmpty
    public abstract List<@NotNull @Valid Service> getServices();

    public abstract List<@NotNull @Valid Referral> getReferrals();

    public abstract Optional<@Valid ActionPlan> getActionPlan();

    @Override
    public final RecordType getType() {
        return RecordType.PATHWAY;
    }

    public static ImmutablePathway.Builder builder() {
        return ImmutablePathway.builder();
    }
}
