package org.cepkit.model.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.cepkit.model.internal.WireBinding;
import org.cepkit.model.pathway.Pathway;
import org.junit.jupiter.api.Test;

/**
 * The bindings that cep-model-processor writes from the annotations set and read every property of every object type
 * that {@link WireFormat} describes, as the model's own accessors show it.
 */
class WireBindingTest {

    @Test
    void everyPropertyOfEveryObjectIsSetAndReadThroughItsBinding() throws Exception {
        for (ObjectType type : WireFormat.objects()) {
            ObjectBuilder builder = type.newBuilder();
            for (Property property : type.properties()) {
                builder.set(property, property.isList() ? List.of(value(property)) : value(property));
            }
            Object instance = builder.build();
            assertThat(instance).isInstanceOf(type.modelType());
            for (Property property : type.properties()) {
                Method accessor = property.accessor();
                Object expected = property.isList() ? List.of(value(property))
                        : property.isOptional() ? Optional.of(value(property)) : value(property);
                assertThat(accessor.invoke(instance)).as(property.toString()).isEqualTo(expected);
                assertThat(property.get(instance)).as(property.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void aListSetTwiceHoldsTheElementsOfBothAndAScalarSetTwiceTheLaterValue() {
        ObjectType type = WireFormat.of(Pathway.class);
        Property services = type.property("services").orElseThrow();
        Property id = type.property("id").orElseThrow();
        Object first = services.placeholder();
        Object second = services.placeholder();
        Pathway pathway = (Pathway) type.newBuilder().set(services, List.of(first)).set(services, List.of(second))
                .set(id, "pw-1").set(id, "pw-2").fillPlaceholders().build();
        assertThat(List.<Object>copyOf(pathway.getServices())).containsExactly(first, second);
        assertThat(pathway.getId()).isEqualTo("pw-2");
    }

    @Test
    void aBuilderRefusesAPropertyOfAnotherTypeAndANullValue() {
        ObjectBuilder builder = WireFormat.of(Pathway.class).newBuilder();
        Property other = WireFormat.objects().stream().filter(t -> t.modelType() != Pathway.class)
                .flatMap(t -> t.properties().stream()).findFirst().orElseThrow();
        assertThatThrownBy(() -> builder.set(other, "x")).isInstanceOf(IllegalArgumentException.class);
        Property id = WireFormat.of(Pathway.class).property("id").orElseThrow();
        assertThatThrownBy(() -> builder.set(id, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBindingRefusesAnOrderThatNoPropertyHas() {
        assertThatThrownBy(() -> WireBinding.of(Pathway.class).get(WireFormat.of(Pathway.class).placeholder(), 99))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Pathway has no property of order 99");
        assertThat(WireBinding.of(String.class)).isNull();
    }

    /** A value of one element of {@code property}; true for a boolean, which is false when not set. */
    private static Object value(Property property) {
        return property.kind() == Property.Kind.BOOLEAN ? Boolean.TRUE : property.placeholder();
    }
}
