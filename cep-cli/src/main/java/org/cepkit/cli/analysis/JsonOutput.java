package org.cepkit.cli.analysis;

import java.io.Writer;
import org.cepkit.json.jackson.CepModule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON generator for the analysis outputs: Jackson's streaming writer, indented for people who read it. A part of
 * a record that an output repeats as the record gives it (a cooperation's context, a partner) is written with
 * {@link JsonGenerator#writePOJO}, in the wire format of {@link CepModule}.
 */
final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new CepModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonOutput() {
    }

    static JsonGenerator generator(Writer out) {
        return MAPPER.createGenerator(out);
    }
}
