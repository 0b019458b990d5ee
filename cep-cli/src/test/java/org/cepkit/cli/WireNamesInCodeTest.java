package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire format is described once, in cep-model: the main code of cep-json and cep-cli names a record's field in
 * a string literal only for the envelope ({@code type}, {@code id}, {@code schemaVersion}). A literal that is also
 * a field's name elsewhere is one of the words below, each another format's own: checked one by one, each with its
 * reason, so that a new one fails here until it is read.
 */
class WireNamesInCodeTest {

    private static final Set<String> ENVELOPE = Set.of("type", "id", "schemaVersion");

    /** Per file: the literals that are a field's name too, and why they are not that field. */
    private static final Map<String, Set<String>> OTHER_FORMATS = Map.of(
            // the network report's own fields (docs/networks.md): a territory, its operators, ties, measures, and the
            // "context" of an evidence, which holds the cooperation's as the wire format writes it
            "NetworkJson.java", Set.of("kind", "code", "name", "operators", "family", "between", "purposes", "since",
                    "partners", "animators", "context"),
            // the columns of the network tables (docs/networks.md)
            "NetworkCsv.java", Set.of("kind", "code", "name", "operators", "purposes", "since", "partners"),
            // the indicators report's own field (docs/disclosure-control.md)
            "IndicatorsJson.java", Set.of("referrals"),
            // Frictionless Data Package and Table Schema keys and types (the descriptor's "name", type "date")
            "DataPackageGenerator.java", Set.of("name", "date"),
            "TableSet.java", Set.of("name"),
            // JSON Schema's format "date"; code-lists.json's "code" of each constant
            "SchemaGenerator.java", Set.of("date", "code"),
            // the arguments of the message of code.alias
            "RecordReader.java", Set.of("code"),
            // the keys of options' descriptions in the command line's messages
            "NetworkCommand.java", Set.of("territory"),
            "RecordSource.java", Set.of("operators"));

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void mainCodeNamesNoFieldOfARecordButTheEnvelope() throws IOException {
        Set<String> fields = fields();
        assertThat(fields).contains("beneficiary", "birthDate", "operator", "sites", "context")
                .doesNotContainAnyElementsOf(ENVELOPE);

        List<Path> roots = List.of(Path.of("..", "cep-json", "src", "main", "java"), Path.of("src", "main", "java"));

        assertThat(sources(roots)).hasSizeGreaterThan(90);
        assertThat(offending(roots, fields)).as("field names written out of the wire format's description").isEmpty();
    }

    /** The check finds a field's name in a literal, and not in documentation. */
    @Test
    void aFieldNameInALiteralIsFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Writer.java"), String.join("\n",
                "/** Writes \"regionalEngagement\". */",
                "class Writer {",
                "    // \"birthDate\"",
                "    void write(Generator g) { g.writeStringProperty(\"regionalEngagement\", \"x\"); }",
                "}"));

        assertThat(offending(List.of(dir), fields())).containsExactly("Writer.java:4 \"regionalEngagement\"");
    }

    private static Set<String> fields() {
        Set<String> fields = new TreeSet<>();
        for (ObjectType type : WireFormat.objects()) {
            for (Property property : type.properties()) {
                fields.add(property.name());
            }
        }
        fields.removeAll(ENVELOPE);
        return fields;
    }

    private static List<Path> sources(List<Path> roots) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        return sources;
    }

    /** Each literal of the sources under {@code roots} that is a field's name, as "file:line \"literal\"". */
    private static List<String> offending(List<Path> roots, Set<String> fields) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            for (Path source : sources(List.of(root))) {
                Set<String> allowed = OTHER_FORMATS.getOrDefault(source.getFileName().toString(), Set.of());
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue; // documentation
                    }
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (fields.contains(text) && !allowed.contains(text)) {
                            found.add(root.relativize(source) + ":" + (i + 1) + " \"" + text + "\"");
                        }
                    }
                }
            }
        }
        return found;
    }
}
