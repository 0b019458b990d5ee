package org.cepkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte prefilter of the first pass never misses an operator, whatever its spacing or escapes. */
class OperatorPrefilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"operator\",\"id\":\"op-1\"}",
        "{\"id\":\"op-1\", \"type\" : \"operator\"}",
        "{\"id\":\"op-1\",\"type\"\t:\t\"operator\"}",
        "{\"typ\\u0065\":\"operator\"}",
        "{\"type\":\"oper\\u0061tor\"}",
    })
    void anOperatorLineIsACandidate(String line) {
        assertThat(DocumentReader.mayBeOperator(bytes(line), bytes(line).length)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"pathway\",\"operator\":{\"id\":\"op-1\",\"family\":\"APEC\"}}",
        "{\"type\":\"cooperation\",\"operators\":[{\"id\":\"op-1\",\"family\":\"APEC\"}]}",
        "{\"name\":\"type\",\"x\":\"operator\"}",
    })
    void aLineWhoseTypeIsNotOperatorIsSkipped(String line) {
        assertThat(DocumentReader.mayBeOperator(bytes(line), bytes(line).length)).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
