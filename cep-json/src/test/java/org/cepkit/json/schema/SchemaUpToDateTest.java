package org.cepkit.json.schema;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cepkit.json.internal.schema.SchemaGenerator;
import org.junit.jupiter.api.Test;

/**
 * The files under {@code schema/v1/} are exactly what {@link SchemaGenerator} generates from the model (SPEC §8:
 * "a build fails when the generated schema differs from the checked-in one").
 *
 * <p>To update them after a change of the model, the code lists or the rule catalogue:
 * {@code mvn -pl cep-json test -Dtest=SchemaUpToDateTest -Dcepkit.schema.update=true}, then review and commit
 * the diff of {@code schema/v1/}.
 */
class SchemaUpToDateTest {

    /** The system property that makes this test rewrite the checked-in files instead of comparing them. */
    static final String UPDATE_PROPERTY = "cepkit.schema.update";

    private static final String HOW_TO_UPDATE = "The files checked in under schema/v1/ are out of date."
            + " Regenerate them with\n"
            + "    mvn -pl cep-json test -Dtest=SchemaUpToDateTest -D" + UPDATE_PROPERTY + "=true\n"
            + "then review and commit the changes under schema/v1/.";

    @Test
    void checkedInSchemaFilesAreWhatTheModelGenerates() throws IOException {
        Path directory = schemaDirectory();
        Map<String, String> generated = SchemaGenerator.generateAll();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            SchemaGenerator.write(directory);
            deleteStaleFiles(directory, generated);
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                problems.add(file.getKey() + ": missing");
                continue;
            }
            String checkedIn = Files.readString(path, StandardCharsets.UTF_8);
            if (!checkedIn.equals(file.getValue())) {
                problems.add(file.getKey() + ": " + firstDifference(checkedIn, file.getValue()));
            }
        }
        for (Path stale : staleFiles(directory, generated)) {
            problems.add(stale.getFileName() + ": no longer generated");
        }
        if (!problems.isEmpty()) {
            fail(HOW_TO_UPDATE + "\nDifferences in " + directory + ":\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The repository's {@code schema/v1/}, from cep-json's base directory: Surefire's {@code basedir} property,
     * else the working directory, which Maven sets to the module's directory.
     */
    static Path schemaDirectory() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve(SchemaGenerator.DIRECTORY_FROM_MODULE).toAbsolutePath().normalize();
    }

    private static List<Path> staleFiles(Path directory, Map<String, String> generated) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !generated.containsKey(file.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteStaleFiles(Path directory, Map<String, String> generated) throws IOException {
        for (Path stale : staleFiles(directory, generated)) {
            Files.delete(stale);
        }
    }

    /** Where two texts first differ, by line, quoting both lines. */
    static String firstDifference(String checkedIn, String generated) {
        String[] expected = generated.split("\n", -1);
        String[] actual = checkedIn.split("\n", -1);
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String want = i < expected.length ? expected[i] : "<end of file>";
            String have = i < actual.length ? actual[i] : "<end of file>";
            if (!want.equals(have)) {
                return "line " + (i + 1) + " is\n      " + have + "\n    but the model generates\n      " + want;
            }
        }
        return "differs (line endings or encoding)";
    }
}
