package org.cepkit.model.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordId;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/** The wire format as the model describes it. */
class WireFormatTest {

    private static List<String> names(ObjectType type) {
        return type.properties().stream().map(Property::name).toList();
    }

    @Test
    void aPathwaysPropertiesAreInTheCanonicalOrder() {
        assertThat(names(WireFormat.of(RecordType.PATHWAY))).containsExactly("id", "operator", "beneficiary",
                "specification", "startDate", "endDate", "services", "referrals", "actionPlan", "outcome");
        assertThat(names(WireFormat.of(Beneficiary.class))).containsExactly("id", "birthDate", "sex", "status",
                "executive", "disabilityRecognition", "qualificationLevel", "residence", "employerSiret");
    }

    @Test
    void requiredFollowsTheConstraints() {
        ObjectType pathway = WireFormat.of(Pathway.class);
        assertThat(pathway.properties()).filteredOn(Property::required).extracting(Property::name)
                .containsExactly("id", "operator", "beneficiary", "specification", "startDate", "services");
        ObjectType beneficiary = WireFormat.of(Beneficiary.class);
        Property executive = beneficiary.property("executive").orElseThrow();
        assertThat(executive.required()).isFalse();
        assertThat(executive.writtenAlways()).isTrue();
        assertThat(executive.kind()).isEqualTo(Property.Kind.BOOLEAN);
    }

    @Test
    void typesFormatsAndBoundsComeFromTheAccessors() {
        Property residence = WireFormat.of(Beneficiary.class).property("residence").orElseThrow();
        assertThat(residence.kind()).isEqualTo(Property.Kind.VALUE);
        assertThat(residence.valueType().orElseThrow().rule()).isEqualTo("format.commune");

        Property id = WireFormat.of(Beneficiary.class).property("id").orElseThrow();
        assertThat(id.kind()).isEqualTo(Property.Kind.STRING);
        assertThat(id.valueType().orElseThrow().type()).isEqualTo(RecordId.class);

        Property operators = WireFormat.of(RecordType.COOPERATION).property("operators").orElseThrow();
        assertThat(operators.isList()).isTrue();
        assertThat(operators.minItems()).isEqualTo(2);
        assertThat(operators.object().modelType()).isEqualTo(OperatorRef.class);

        Property name = WireFormat.of(RecordType.OPERATOR).property("name").orElseThrow();
        assertThat(name.minLength()).isEqualTo(1);
        assertThat(name.maxLength()).isEqualTo(200);

        Property code = WireFormat.of(Territory.class).property("code").orElseThrow();
        assertThat(code.formatFrom()).contains("kind");
        Property communes = WireFormat.of(Territory.class).property("communes").orElseThrow();
        assertThat(communes.requiredWhen()).contains("kind");
        assertThat(communes.requiredWhenCodes()).containsExactly("LOCAL_AREA");
    }

    /** Every accessor of every object type is a wire property or a documented exception: none is forgotten. */
    @Test
    void everyAccessorOfTheModelIsAWireProperty() {
        for (ObjectType type : WireFormat.objects()) {
            for (Method method : type.modelType().getMethods()) {
                boolean accessor = Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0;
                if (accessor) {
                    assertThat(method.getAnnotation(WireProperty.class)).as(method.toString()).isNotNull();
                }
            }
            assertThat(type.properties()).isNotEmpty();
        }
        assertThat(WireFormat.objects()).extracting(ObjectType::name).contains("Pathway", "Beneficiary", "Site",
                "Territory", "Relation");
    }

    @Test
    void getAndBuildGoBothWays() {
        for (CepRecord record : CepExamples.dataset().records()) {
            ObjectType type = WireFormat.of(record.getType());
            ObjectBuilder builder = type.newBuilder();
            for (Property property : type.properties()) {
                Object value = property.get(record);
                if (!(value instanceof Optional<?> optional) || optional.isPresent()) {
                    builder.set(property, value instanceof Optional<?> optional ? optional.get() : value);
                }
            }
            assertThat(builder.build()).isEqualTo(record);
        }
    }

    @Test
    void aPlaceholderHoldsEveryRequiredValue() {
        Pathway placeholder = (Pathway) WireFormat.of(Pathway.class).placeholder();
        assertThat(placeholder.getStartDate()).isEqualTo(LocalDate.EPOCH);
        assertThat(placeholder.getOperator().getFamily()).isEqualTo(OperatorFamily.values()[0]);
        assertThat(placeholder.getBeneficiary().getResidence()).isEqualTo(CommuneCode.parse("2A004"));
        assertThat(placeholder.getServices()).isEmpty();
    }

    @Test
    void aTypeOutsideTheWireFormatIsRefused() {
        assertThatThrownBy(() -> WireFormat.of(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }
}
