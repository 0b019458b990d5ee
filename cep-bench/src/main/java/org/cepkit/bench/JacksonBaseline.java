package org.cepkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ceiling: bare Jackson 3 parsing of every NDJSON line into a tree, nothing else. Prints the line count so
 * that nothing is optimised away.
 *
 * <pre>java -cp cep-bench/target/cep-bench.jar org.cepkit.bench.JacksonBaseline data.ndjson</pre>
 */
public final class JacksonBaseline {

    private JacksonBaseline() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = JsonMapper.builder().build();
        long lines = 0;
        long fields = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                fields += node.size();
                lines++;
            }
        }
        System.out.println("jackson: " + lines + " lines parsed, " + fields + " top-level fields");
    }
}
