package org.cepkit.model.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.cepkit.model.RecordType;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

class OperatorTest {

    @Test
    void anOperatorsRefCarriesItsIdAndFamily() {
        Operator operator = CepExamples.operator();

        assertThat(operator.toRef()).isEqualTo(OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE));
    }

    @Test
    void anOperatorIsAnOperatorRecord() {
        assertThat(CepExamples.operator().getType()).isEqualTo(RecordType.OPERATOR);
    }

    @Test
    void operatorRefsAreEqualByIdAndFamily() {
        assertThat(OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE))
                .isEqualTo(OperatorRef.builder().id("ml-bastia").family(OperatorFamily.MISSION_LOCALE).build())
                .isNotEqualTo(OperatorRef.of("ml-bastia", OperatorFamily.FRANCE_TRAVAIL))
                .isNotEqualTo(OperatorRef.of("ml-ajaccio", OperatorFamily.MISSION_LOCALE));
    }
}
