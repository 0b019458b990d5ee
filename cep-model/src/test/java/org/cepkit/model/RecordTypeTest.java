package org.cepkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordTypeTest {

    @ParameterizedTest
    @CsvSource({"operator, OPERATOR", "pathway, PATHWAY", "cooperation, COOPERATION"})
    void eachRecordTypeIsFoundByItsWireName(String wireName, RecordType type) {
        assertThat(RecordType.fromWireName(wireName)).contains(type);
        assertThat(type.wireName()).isEqualTo(wireName);
    }

    @Test
    void wireNamesAreLowerCaseAndExact() {
        assertThat(RecordType.fromWireName("PATHWAY")).isEmpty();
        assertThat(RecordType.fromWireName("beneficiary")).isEmpty();
        assertThat(RecordType.fromWireName(null)).isEmpty();
    }
}
