package org.cepkit.model.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.function.Function;
import org.cepkit.model.territory.PostalCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value type's {@code tryParse} bound as a function or called through its handle: the same results. */
class ValueTypeBindingTest {

    private static MethodHandle tryParse() throws ReflectiveOperationException {
        return MethodHandles.publicLookup().findStatic(PostalCode.class, "tryParse",
                MethodType.methodType(Optional.class, CharSequence.class));
    }

    @ParameterizedTest(name = "spun: {0}")
    @ValueSource(booleans = {true, false})
    void bothBindingsParseAsTheType(boolean spin) throws ReflectiveOperationException {
        Function<CharSequence, Optional<?>> parse = ValueType.bind(tryParse(), spin);

        assertThat(parse.apply("20000")).isEqualTo(PostalCode.tryParse("20000")).isPresent();
        assertThat(parse.apply("2000")).isEmpty();
        assertThat(parse.apply(null)).isEqualTo(PostalCode.tryParse(null));
        assertThat(ValueType.of(PostalCode.class).parse("75001")).isEqualTo(PostalCode.tryParse("75001"));
    }
}
