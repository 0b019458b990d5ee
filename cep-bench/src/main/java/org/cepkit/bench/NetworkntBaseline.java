package org.cepkit.bench;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cepkit.json.schema.CepSchemas;

/**
 * What an integrator would pick instead of cepkit: networknt json-schema-validator 3 validating every NDJSON
 * line against cepkit's published schema (the union of the three record types). Prints the counts.
 *
 * <pre>java -cp cep-bench/target/cep-bench.jar org.cepkit.bench.NetworkntBaseline data.ndjson</pre>
 */
public final class NetworkntBaseline {

    private NetworkntBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> schemas = CepSchemas.schemasById();
        // Format assertions on, as cepkit's schema README asks, so that dates are checked as cepkit checks them.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas).schemaRegistryConfig(config));
        Schema schema = registry.getSchema(SchemaLocation.of(CepSchemas.RECORD_SCHEMA_ID));
        long lines = 0;
        long invalid = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<Error> errors = schema.validate(line, InputFormat.JSON);
                if (!errors.isEmpty()) {
                    invalid++;
                }
                lines++;
            }
        }
        System.out.println("networknt: " + lines + " lines validated, " + invalid + " invalid");
    }
}
