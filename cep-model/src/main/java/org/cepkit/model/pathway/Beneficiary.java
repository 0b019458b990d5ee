package org.cepkit.model.pathway;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * The beneficiary of a pathway, as they were at entry. Personal data (GDPR; a disability recognition is
 * health data): the model holds no name, no NIR and no address beyond the commune, the id is pseudonymous,
 * and {@link #toString()} shows only the code-list values.
 *
 * <pre>{@code
 * Beneficiary b = Beneficiary.builder()
 *         .id("b-7f3a")
 *         .birthDate(LocalDate.of(2001, 5, 14))
 *         .sex(Sex.FEMALE)
 *         .status(BeneficiaryStatus.JOBSEEKER)
 *         .qualificationLevel(QualificationLevel.LEVEL_4)
 *         .residence(CommuneCode.parse("2A004"))
 *         .build();
 * b.ageAt(LocalDate.of(2024, 3, 1));  // 22
 * }</pre>
 */
@WireObject(description = "The beneficiary of a pathway, as they were at entry. Personal data: the id is "
        + "pseudonymous, and there is no name, no NIR and no address beyond the commune.")
@Value.Immutable
public abstract class Beneficiary {
    /** Built by its generated builder, {@code ImmutableBeneficiary}. */
    Beneficiary() {
    }


    @WireProperty(order = 1, description = "A pseudonymous id; never a NIR (rule privacy.identifier).")
    @NotNull
    @RecordIdentifier
    public abstract String getId();

    @WireProperty(order = 2)
    @NotNull
    public abstract LocalDate getBirthDate();

    @WireProperty(order = 3)
    @NotNull
    public abstract Sex getSex();

    @WireProperty(order = 4)
    @NotNull
    public abstract BeneficiaryStatus getStatus();

    @WireProperty(order = 5, description = "Whether the beneficiary is a cadre.")
    @Value.Default
    public boolean isExecutive() {
        return false;
    }

    @WireProperty(order = 6, description = "Whether the beneficiary holds a recognition of disabled worker status "
            + "(RQTH) or is otherwise covered by the obligation to employ disabled workers (BOETH).")
    @Value.Default
    public boolean isDisabilityRecognition() {
        return false;
    }

    @WireProperty(order = 7)
    @NotNull
    public abstract QualificationLevel getQualificationLevel();

    @WireProperty(order = 8, description = "The commune of residence.")
    @NotNull
    public abstract CommuneCode getResidence();

    @WireProperty(order = 9)
    public abstract Optional<Siret> getEmployerSiret();

    /**
     * The age in completed years ("ans révolus") on {@code date}: the age changes on the birthday itself, and
     * for someone born on 29 February, on 1 March of common years.
     */
    public int ageAt(LocalDate date) {
        return Period.between(getBirthDate(), date).getYears();
    }

    /** Only the code-list values: every personal value (id, dates, residence, SIRET, RQTH…) is redacted. */
    @Override
    public String toString() {
        return "Beneficiary{id=***, birthDate=***, sex=" + getSex() + ", status=" + getStatus()
                + ", executive=***, disabilityRecognition=***, qualificationLevel=" + getQualificationLevel()
                + ", residence=***, employerSiret=***}";
    }

    public static ImmutableBeneficiary.Builder builder() {
        return ImmutableBeneficiary.builder();
    }
}
