package org.cepkit.json.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cepkit.json.internal.schema.DataPackageGenerator;
import org.junit.jupiter.api.Test;

/**
 * The files under {@code schema/v1/tables/} are exactly what {@link DataPackageGenerator} generates from the model,
 * as the JSON Schema is (SPEC §8, §12); the jar ships them.
 *
 * <p>To update them after a change of the model:
 * {@code mvn -pl cep-model,cep-rules,cep-json test -Dtest=DataPackageUpToDateTest -Dcepkit.schema.update=true},
 * then review and commit the diff of {@code schema/v1/tables/}.
 */
class DataPackageUpToDateTest {

    private static final String UPDATE_PROPERTY = "cepkit.schema.update";

    @Test
    void checkedInDataPackageIsWhatTheModelGenerates() throws IOException {
        Path directory = directory();
        Map<String, String> generated = DataPackageGenerator.generateAll();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            DataPackageGenerator.write(directory);
            for (Path stale : stale(directory, generated)) {
                Files.delete(stale);
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                problems.add(file.getKey() + ": missing");
            } else if (!Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                problems.add(file.getKey() + ": differs from what the model generates");
            }
        }
        for (Path stale : stale(directory, generated)) {
            problems.add(stale.getFileName() + ": no longer generated");
        }
        if (!problems.isEmpty()) {
            fail("The files checked in under schema/v1/tables/ are out of date. Regenerate them with\n"
                    + "    mvn -pl cep-model,cep-rules,cep-json test -Dtest=DataPackageUpToDateTest -D"
                    + UPDATE_PROPERTY + "=true\nthen review and commit the changes.\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void theJarShipsTheDataPackage() throws IOException {
        try (InputStream in = DataPackageUpToDateTest.class
                .getResourceAsStream("/org/cepkit/json/schema/v1/tables/datapackage.json")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(DataPackageGenerator.generateAll().get(DataPackageGenerator.DATA_PACKAGE));
        }
    }

    private static Path directory() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve(DataPackageGenerator.DIRECTORY_FROM_MODULE).toAbsolutePath().normalize();
    }

    private static List<Path> stale(Path directory, Map<String, String> generated) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !generated.containsKey(f.getFileName().toString())).sorted().toList();
        }
    }
}
