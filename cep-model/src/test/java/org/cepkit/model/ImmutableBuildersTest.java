package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/** Immutables, not Bean Validation, refuses nulls and missing required attributes: such objects cannot exist. */
class ImmutableBuildersTest {

    @Test
    void aPathwayWithoutItsRequiredAttributesCannotBeBuilt() {
        assertThatThrownBy(() -> Pathway.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("Pathway", "id", "operator", "beneficiary", "specification", "startDate");
    }

    @Test
    void anOperatorWithoutANameCannotBeBuilt() {
        assertThatThrownBy(() -> Operator.builder().id("ml-bastia").family(OperatorFamily.MISSION_LOCALE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
    }

    @Test
    void aBeneficiaryWithoutABirthDateCannotBeBuilt() {
        assertThatThrownBy(() -> Beneficiary.builder().from(CepExamples.beneficiary()).birthDate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("birthDate");
    }

    @Test
    void aCooperationWithoutTerritoryConfigurationOrStartDateCannotBeBuilt() {
        assertThatThrownBy(() -> Cooperation.builder().id("coop-1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("territory", "configuration", "startDate");
    }

    @Test
    void aTerritoryWithoutACodeCannotBeBuilt() {
        assertThatThrownBy(() -> Territory.builder().kind(TerritoryKind.COMMUNE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("code");
    }

    @Test
    void aNullIdIsRefusedByTheBuilder() {
        assertThatThrownBy(() -> Operator.builder().id(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void aNullIdIsRefusedByWithId() {
        assertThatThrownBy(() -> CepExamples.pathway().withId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void aNullServiceIsRefusedInTheServicesList() {
        assertThatThrownBy(() -> Pathway.builder().addServices((Service) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("services element");
    }

    @Test
    void aNullOperatorIdIsRefusedInARelation() {
        assertThatThrownBy(() -> Relation.builder().addBetween("ml-bastia", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("between element");
    }

    @Test
    void aNullDeliveryModeIsRefusedInASite() {
        assertThatThrownBy(() -> Site.builder().addModes(DeliveryMode.IN_PERSON, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullOptionalValueIsRefusedButAnEmptyOptionalClearsIt() {
        assertThatThrownBy(() -> Pathway.builder().endDate((LocalDate) null)).isInstanceOf(NullPointerException.class);
        assertThat(CepExamples.pathway().withEndDate(java.util.Optional.empty()).getEndDate()).isEmpty();
    }

    @Test
    void aNullReferenceFamilyIsRefused() {
        assertThatThrownBy(() -> OperatorRef.of("ml-bastia", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("family");
    }

    @Test
    void listsOfABuiltRecordCannotBeChanged() {
        Pathway pathway = CepExamples.pathway();
        Service service = Service.of(ServiceLevel.LEVEL_1, LocalDate.of(2024, 3, 2), DeliveryMode.REMOTE);

        assertThatThrownBy(() -> pathway.getServices().add(service)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CepExamples.localArea().getCommunes().add(CommuneCode.parse("2B050")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withReturnsANewObjectAndLeavesTheOriginalUnchanged() {
        Pathway pathway = CepExamples.pathway();
        Pathway later = CepExamples.pathway().withStartDate(LocalDate.of(2024, 3, 4));

        assertThat(pathway.getStartDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(later.getStartDate()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(later).isNotEqualTo(pathway);
    }
}
