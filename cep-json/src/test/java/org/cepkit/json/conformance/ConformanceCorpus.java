package org.cepkit.json.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cepkit.json.conformance.ConformanceCase.ExpectedIssue;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the conformance corpus, {@code conformance/} at the root of the repository (or the directory named by the
 * system property {@code cepkit.conformance.dir}), and checks the shape of every case as it goes: a malformed case
 * fails loudly rather than passing for nothing.
 */
final class ConformanceCorpus {

    /** Reads the corpus files: a duplicate key is an error, and no number loses a digit. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> CASE_KEYS = Set.of("description", "rules", "input", "inputText", "inputBase64",
            "inputTables", "expect");
    private static final Set<String> INPUT_KEYS = Set.of("input", "inputText", "inputBase64", "inputTables");
    private static final Set<String> EXPECT_KEYS = Set.of("valid", "issues");
    private static final Set<String> ISSUE_KEYS = Set.of("rule", "path", "record");
    /** The folders of the corpus that hold the runners of other languages, not cases. */
    private static final Set<String> RUNNER_DIRECTORIES = Set.of("js");

    private static List<ConformanceCase> cases;

    private ConformanceCorpus() {
    }

    /** The corpus directory: {@code -Dcepkit.conformance.dir}, or {@code ../conformance} from the cep-json module. */
    static Path directory() {
        String configured = System.getProperty("cepkit.conformance.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolve("..").resolve("conformance").toAbsolutePath().normalize();
    }

    /** Every case of every {@code .json} file under the corpus directory, files in path order. */
    static synchronized List<ConformanceCase> cases() {
        if (cases == null) {
            cases = List.copyOf(load(directory()));
        }
        return cases;
    }

    static List<ConformanceCase> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("No conformance corpus at " + directory);
        }
        List<ConformanceCase> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !RUNNER_DIRECTORIES.contains(directory.relativize(f).getName(0).toString()))
                    .sorted().toList()) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                all.addAll(parseFile(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static List<ConformanceCase> parseFile(String file, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": not a valid corpus file: " + e.getMessage(), e);
        }
        require(root.isArray(), file, "a corpus file is an array of cases");
        List<ConformanceCase> out = new ArrayList<>();
        Set<String> descriptions = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.values()) {
            String where = file + " #" + index;
            ConformanceCase parsed = parseCase(file, index, node, where);
            require(descriptions.add(parsed.description()), where, "duplicate description in the file");
            out.add(parsed);
            index++;
        }
        return out;
    }

    private static ConformanceCase parseCase(String file, int index, JsonNode node, String where) {
        require(node.isObject(), where, "a case is an object");
        onlyKeys(node, CASE_KEYS, where);
        require(node.path("description").isString() && !node.get("description").stringValue().isBlank(), where,
                "description: a non-empty string");
        String description = node.get("description").stringValue();
        where = where + " (" + description + ")";

        Set<String> rules = new LinkedHashSet<>();
        if (node.has("rules")) {
            require(node.get("rules").isArray(), where, "rules: an array of rule ids");
            for (JsonNode rule : node.get("rules").values()) {
                require(rule.isString(), where, "rules: an array of rule ids");
                rules.add(rule.stringValue());
            }
        }

        List<String> inputs = INPUT_KEYS.stream().filter(node::has).toList();
        require(inputs.size() == 1, where, "exactly one of input, inputText, inputBase64, inputTables");
        ConformanceCase.Input input = switch (inputs.get(0)) {
            case "input" -> new ConformanceCase.Records(node.get("input"));
            case "inputText" -> {
                require(node.get("inputText").isString(), where, "inputText: a string");
                yield new ConformanceCase.Raw(node.get("inputText").stringValue().getBytes(StandardCharsets.UTF_8),
                        true);
            }
            case "inputTables" -> {
                JsonNode tables = node.get("inputTables");
                require(tables.isObject() && !tables.isEmpty(), where, "inputTables: an object of files");
                Map<String, String> files = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> table : tables.properties()) {
                    require(table.getKey().matches("[a-z_]+\\.csv") && table.getValue().isString(), where,
                            "inputTables: each member a table's file name (pathways.csv) and its text");
                    files.put(table.getKey(), table.getValue().stringValue());
                }
                yield new ConformanceCase.Tables(files);
            }
            default -> {
                require(node.get("inputBase64").isString(), where, "inputBase64: a string");
                yield new ConformanceCase.Raw(Base64.getDecoder().decode(node.get("inputBase64").stringValue()), false);
            }
        };

        JsonNode expect = node.path("expect");
        require(expect.isObject(), where, "expect: an object");
        onlyKeys(expect, EXPECT_KEYS, where + " expect");
        require(expect.path("valid").isBoolean(), where, "expect.valid: a boolean");
        require(expect.path("issues").isArray(), where, "expect.issues: an array");
        List<ExpectedIssue> issues = new ArrayList<>();
        for (JsonNode issue : expect.get("issues").values()) {
            require(issue.isObject(), where, "an issue is an object");
            onlyKeys(issue, ISSUE_KEYS, where + " issue");
            require(issue.path("rule").isString(), where, "issue.rule: a string");
            require(issue.path("path").isString(), where, "issue.path: a string (a JSON Pointer)");
            String path = issue.get("path").stringValue();
            require(path.isEmpty() || path.startsWith("/"), where, "issue.path: a JSON Pointer, \"\" or /…");
            Optional<String> record = Optional.empty();
            boolean anonymous = false;
            if (issue.has("record")) {
                anonymous = issue.get("record").isNull();
                require(anonymous || issue.get("record").isString(), where, "issue.record: a string or null");
                record = anonymous ? Optional.empty() : Optional.of(issue.get("record").stringValue());
            }
            issues.add(new ExpectedIssue(issue.get("rule").stringValue(), path, record, anonymous));
        }
        return new ConformanceCase(file, index, description, Set.copyOf(rules), input,
                expect.get("valid").booleanValue(), List.copyOf(issues));
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            require(allowed.contains(member.getKey()), where, "unknown key \"" + member.getKey() + "\"");
        }
    }

    private static void require(boolean condition, String where, String what) {
        if (!condition) {
            throw new IllegalStateException(where + ": " + what);
        }
    }
}
