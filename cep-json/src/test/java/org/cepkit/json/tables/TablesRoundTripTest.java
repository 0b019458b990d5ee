package org.cepkit.json.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cepkit.json.JsonInput;
import org.cepkit.json.RecordResult;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.Dataset;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * NDJSON → tables → NDJSON: the same bytes for valid records (SPEC §12, "losslessly for every valid record"), and,
 * for a record with one value made wrong or one member removed, the same issues from its tables as from its JSON.
 */
class TablesRoundTripTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Wrong values a cell can hold as they are (no empty text, no {@code |}). */
    private static final List<String> BAD = List.of("2024-02-30", "2024-3-1", "2C004", "20004", "LEVEL_9",
            "in_person", "POLE_EMPLOI", "99", "77567101900022", "RNCP1234567", "Z1805", "0".repeat(15), "é", " ",
            "p".repeat(201), "1 85 05 78 006 084 36");
    /** Instead of a bad value: the member removed. */
    private static final String REMOVE = "<remove>";

    @Test
    void everyGeneratedDatasetConvertedToTablesAndBackWritesTheSameBytes() {
        qt().withExamples(25).forAll(CepGenerators.datasets()).assuming(TablesRoundTripTest::noEmptyObject)
                .checkAssert(dataset -> {
            byte[] ndjson = Tables.ndjson(dataset.records());
            Path folder = temporaryFolder();
            try {
                CepTables.Conversion written = Tables.TABLES.toTables(Tables.ndjsonInput(ndjson), folder);
                ByteArrayOutputStream back = new ByteArrayOutputStream();
                CepTables.Conversion read = Tables.TABLES.toNdjson(folder, back);

                assertThat(new String(back.toByteArray(), StandardCharsets.UTF_8))
                        .isEqualTo(new String(ndjson, StandardCharsets.UTF_8));
                assertThat(written.records()).isEqualTo(read.records()).isEqualTo(dataset.records().size());
                assertThat(written.lostValues()).isZero();
                Tables.Run run = Tables.validate(folder);
                assertThat(run.issues()).isEmpty();
                assertThat(run.summary().valid()).isEqualTo(dataset.records().size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(folder);
            }
        });
    }

    @Test
    void aMutatedRecordGetsTheSameIssuesFromItsTablesAsFromItsJson() {
        List<String> choices = new ArrayList<>(BAD);
        choices.add(REMOVE);
        qt().withExamples(40)
                .forAll(CepGenerators.datasets(), SourceDSL.integers().allPositive(),
                        SourceDSL.integers().allPositive(), SourceDSL.integers().between(0, choices.size() - 1))
                .checkAssert((dataset, whichRecord, whichValue, whichBad) -> {
                    byte[] ndjson = mutated(dataset, whichRecord, whichValue, choices.get(whichBad));
                    Path folder = temporaryFolder();
                    try {
                        Tables.TABLES.toTables(Tables.ndjsonInput(ndjson), folder);
                        List<String> fromJson = issues(Tables.validate(Tables.ndjsonInput(ndjson)).results());
                        List<String> fromTables = issues(Tables.validate(folder).results());

                        assertThat(fromTables).isEqualTo(fromJson);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        delete(folder);
                    }
                });
    }

    /**
     * Whether no record holds an optional object with nothing in it ({@code "context": {}}): its row has no cell
     * for it, so it reads back absent, the one thing a table cannot tell (README, "Records in a spreadsheet").
     */
    private static boolean noEmptyObject(Dataset dataset) {
        return !new String(Tables.ndjson(dataset.records()), StandardCharsets.UTF_8).contains("{}");
    }

    /** The NDJSON of {@code dataset} with one record changed: one value made {@code bad}, or one member removed. */
    private static byte[] mutated(Dataset dataset, int whichRecord, int whichValue, String bad) {
        List<CepRecord> records = dataset.records();
        int target = whichRecord % records.size();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            String line = Tables.JSON.write(records.get(i));
            if (i == target) {
                ObjectNode tree = (ObjectNode) MAPPER.readTree(line);
                List<Slot> slots = new ArrayList<>();
                slots(tree, null, null, -1, bad.equals(REMOVE), true, slots);
                Slot slot = slots.get(whichValue % slots.size());
                if (bad.equals(REMOVE)) {
                    ((ObjectNode) slot.parent).remove(slot.name);
                } else if (slot.name != null) {
                    ((ObjectNode) slot.parent).put(slot.name, bad);
                } else {
                    ((tools.jackson.databind.node.ArrayNode) slot.parent).set(slot.index, bad);
                }
                line = MAPPER.writeValueAsString(tree);
            }
            out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A place of a value: a member of an object, or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
    }

    /**
     * The string values of a record (for a bad value), or its members (for a removal); never the record's own id or
     * type, which join its rows.
     */
    private static void slots(JsonNode node, JsonNode parent, String name, int index, boolean members, boolean root,
            List<Slot> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                boolean envelope = root && (member.getKey().equals("id") || member.getKey().equals("type"));
                if (!envelope) {
                    if (members) {
                        into.add(new Slot(node, member.getKey(), -1));
                    }
                    slots(member.getValue(), node, member.getKey(), -1, members, false, into);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots(node.get(i), node, null, i, members, false, into);
            }
        } else if (node.isString() && !members) {
            into.add(new Slot(parent, name, index));
        }
    }

    /** Each issue as its record, rule, severity and path, sorted: the two forms list records in their own order. */
    private static List<String> issues(List<RecordResult> results) {
        List<String> all = new ArrayList<>();
        for (RecordResult result : results) {
            for (Issue issue : result.issues()) {
                all.add(result.type().map(Enum::name).orElse("?") + " " + result.id().orElse("?") + " "
                        + issue.rule() + " " + issue.severity() + " " + issue.path());
            }
        }
        all.sort(Comparator.naturalOrder());
        return all;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("cepkit-tables-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
