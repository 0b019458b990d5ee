package org.cepkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.json.InputLimits;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.rules.CepValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte prefilter of the first pass never misses an operator, whatever its spacing or escapes. */
class OperatorPrefilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"operator\",\"id\":\"op-1\"}",
        "{\"id\":\"op-1\", \"type\" : \"operator\"}",
        "{\"id\":\"op-1\",\"type\"\t:\t\"operator\"}",
        "{\"id\":\"op-1\",\"type\":\"operator\" }",
        "{\"id\":\"op-1\",\"type\":\"operator\"",
        "{\"typ\\u0065\":\"operator\"}",
        "{\"type\":\"oper\\u0061tor\"}",
        "{\"operator\":{\"id\":\"x\"},\"type\":\"operator\"}",
    })
    void anOperatorLineIsACandidate(String line) {
        assertThat(OperatorLines.mayBeOperator(bytes(line), 0, bytes(line).length)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"pathway\",\"operator\":{\"id\":\"op-1\",\"family\":\"APEC\"}}",
        "{\"type\":\"pathway\",\"operator\" : {\"id\":\"operator-1\",\"family\":\"APEC\"}}",
        "{\"type\":\"cooperation\",\"operators\":[{\"id\":\"op-1\",\"family\":\"APEC\"}]}",
        "{\"type\":\"operators\"}",
        "",
    })
    void aLineWithoutTheValueOperatorIsSkipped(String line) {
        assertThat(OperatorLines.mayBeOperator(bytes(line), 0, bytes(line).length)).isFalse();
    }

    @Test
    void aCandidateThatIsNotAnOperatorIsLeftOutByTheFirstPass() throws IOException {
        String operator = CepJson.create().write(CepExamples.operator());
        String ndjson = String.join("\n",
                "{\"name\":\"type\",\"x\":\"operator\"}",
                "{\"type\":\"pathway\",\"id\":\"operator\"}",
                "{\"type\":\"pathway\",\"note\":\"a \\\"quoted\\\" word\"}",
                operator,
                operator.replace("\"type\":\"operator\"", "\"type\":\"oper\\u0061tor\""),
                "{\"type\":\"operator\",");
        DocumentReader reader = new DocumentReader(CepValidator.create(), ReadMode.STRICT, InputLimits.defaults());
        List<Operator> found = new ArrayList<>();
        reader.readOperators(new ByteArrayInputStream(bytes(ndjson)), JsonInput.Format.NDJSON, found::add);
        assertThat(found).containsExactly(CepExamples.operator(), CepExamples.operator());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
