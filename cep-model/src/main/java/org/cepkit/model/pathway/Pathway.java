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
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
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
@WireObject(title = "CEP pathway record (v1)",
        description = "One beneficiary's CEP accompaniment (parcours) by one operator, under the cahier des "
                + "charges in force at its start.")
@Value.Immutable
public abstract class Pathway implements CepRecord {
    /** Built by its generated builder, {@code ImmutablePathway}. */
    Pathway() {
    }


    @WireProperty(order = 1)
    @Override
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @WireProperty(order = 2)
    @NotNull
    @Valid
    public abstract OperatorRef getOperator();

    @WireProperty(order = 3, description = "The beneficiary's situation at entry.")
    @NotNull
    @Valid
    public abstract Beneficiary getBeneficiary();

    @WireProperty(order = 4, description = "The cahier des charges in force at startDate.")
    @NotNull
    public abstract Specification getSpecification();

    @WireProperty(order = 5)
    @NotNull
    public abstract LocalDate getStartDate();

    @WireProperty(order = 6)
    public abstract Optional<LocalDate> getEndDate();

    @WireProperty(order = 7)
    @NotEmpty
    public abstract List<@NotNull @Valid Service> getServices();

    @WireProperty(order = 8)
    public abstract List<@NotNull @Valid Referral> getReferrals();

    @WireProperty(order = 9)
    public abstract Optional<@Valid ActionPlan> getActionPlan();

    @WireProperty(order = 10, description = "The beneficiary's situation observed after the pathway (since 1.1).")
    public abstract Optional<@Valid Outcome> getOutcome();

    @Override
    public final RecordType getType() {
        return RecordType.PATHWAY;
    }

    public static ImmutablePathway.Builder builder() {
        return ImmutablePathway.builder();
    }
}
