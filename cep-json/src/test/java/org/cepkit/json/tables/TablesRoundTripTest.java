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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cepkit.json.JsonInput;
import org.cepkit.json.RecordResult;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.Dataset;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * NDJSON → tables → NDJSON: the same bytes for valid records (docs/tables.md: lossless for every valid record),
 * and, for a record with one value made wrong or one member removed, the same issues from its tables as from its JSON;
 * for records that share an id, the same issues, or those of the join the conversion's warnings tell.
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
     * Two records of one type made to share an id ({@code dataset.duplicate-id}), side by side or apart, the first
     * perhaps without one of its lists: from the tables, record after record, the issues of the JSON, except where
     * {@code toTables} warned that rows join another record; there, the issues of the JSON in which each record's
     * rows have moved to the record the tables join them to (docs/tables.md, "What a table cannot state").
     */
    @Test
    void recordsThatShareAnIdGetTheIssuesOfTheirJsonOrOfTheJoinTheWarningsTell() {
        // each example writes tables to disk: a falsified one is shrunk a little, not for minutes
        qt().withExamples(60).withShrinkCycles(20)
                .forAll(CepGenerators.datasets(), SourceDSL.integers().allPositive(),
                        SourceDSL.integers().allPositive(), SourceDSL.integers().between(0, 3))
                .assuming((dataset, whichRecords, whichList, how) -> noEmptyObject(dataset))
                .checkAssert((dataset, whichRecords, whichList, how) -> {
                    List<ObjectNode> records = sharingAnId(dataset, whichRecords, whichList, how);
                    Path folder = temporaryFolder();
                    try {
                        List<CepTables.Warning> warnings = new ArrayList<>();
                        CepTables.Conversion written = Tables.TABLES.toTables(Tables.ndjsonInput(ndjson(records)),
                                folder, warnings::add);
                        List<ObjectNode> joined = asTheTablesJoinThem(records);

                        assertThat(warnings).extracting(w -> w.line() + " " + w.table())
                                .containsExactlyElementsOf(moved(records));
                        assertThat(written.warnings()).isEqualTo(warnings.size());
                        assertThat(issuesByRecord(Tables.validate(folder).results()))
                                .isEqualTo(issuesByRecord(Tables.validate(Tables.ndjsonInput(ndjson(joined)))
                                        .results()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        delete(folder);
                    }
                });
    }

    /**
     * The dataset's records as JSON trees, the later of two records of one type given the id of the earlier; with
     * {@code how} 1 or 3 moved just after it, with 2 or 3 the earlier stripped of one of its lists.
     */
    private static List<ObjectNode> sharingAnId(Dataset dataset, int whichRecords, int whichList, int how) {
        List<ObjectNode> records = new ArrayList<>();
        for (CepRecord record : dataset.records()) {
            records.add((ObjectNode) MAPPER.readTree(Tables.JSON.write(record)));
        }
        List<List<Integer>> byType = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).path("type").asString().equals(type.wireName())) {
                    places.add(i);
                }
            }
            if (places.size() >= 2) {
                byType.add(places);
            }
        }
        List<Integer> places = byType.get(whichRecords % byType.size());
        int first = places.get(whichRecords / byType.size() % (places.size() - 1));
        int later = places.get(places.indexOf(first) + 1 + whichList % (places.size() - places.indexOf(first) - 1));
        ObjectNode earlier = records.get(first);
        records.get(later).put("id", earlier.get("id").asString());
        if (how == 1 || how == 3) {
            records.add(first + 1, records.remove(later));
        }
        if (how == 2 || how == 3) {
            List<Table> lists = TableLayout.of(recordType(earlier)).children();
            remove(earlier, lists.get(whichList % lists.size()).listPath());
        }
        return records;
    }

    /**
     * The lines and tables of the records whose rows the tables join to another record, as docs/tables.md says:
     * the rows of a record's list go to the first record of its type and id after the one that took the table's
     * rows before them.
     */
    private static List<String> moved(List<ObjectNode> records) {
        List<String> moved = new ArrayList<>();
        join(records, (writer, taker, table) -> {
            if (writer != taker) {
                moved.add((writer + 1) + " " + table.name());
            }
        });
        return moved;
    }

    /** The records as the tables give them back: each list on the record its rows are joined to. */
    private static List<ObjectNode> asTheTablesJoinThem(List<ObjectNode> records) {
        List<ObjectNode> joined = new ArrayList<>();
        List<Map.Entry<Integer, Map.Entry<Table, JsonNode>>> lists = new ArrayList<>();
        for (ObjectNode record : records) {
            joined.add(record.deepCopy());
        }
        join(records, (writer, taker, table) -> lists.add(Map.entry(taker,
                Map.entry(table, at(records.get(writer), table.listPath())))));
        for (ObjectNode record : joined) {
            for (Table table : TableLayout.of(recordType(record)).children()) {
                remove(record, table.listPath());
            }
        }
        for (Map.Entry<Integer, Map.Entry<Table, JsonNode>> list : lists) {
            List<Property> path = list.getValue().getKey().listPath();
            ObjectNode parent = joined.get(list.getKey());
            for (Property property : path.subList(0, path.size() - 1)) {
                parent = parent.has(property.name()) ? (ObjectNode) parent.get(property.name())
                        : parent.putObject(property.name());
            }
            parent.set(path.get(path.size() - 1).name(), list.getValue().getValue().deepCopy());
        }
        return joined;
    }

    /** What the join does with the rows a record writes in a table. */
    @FunctionalInterface
    private interface Joined {
        void rows(int writer, int taker, Table table);
    }

    /** The join of docs/tables.md, over the records in their order: who takes the rows of each record's lists. */
    private static void join(List<ObjectNode> records, Joined joined) {
        Map<Table, Integer> lastTaker = new HashMap<>();
        for (int writer = 0; writer < records.size(); writer++) {
            ObjectNode record = records.get(writer);
            for (Table table : TableLayout.of(recordType(record)).children()) {
                JsonNode list = at(record, table.listPath());
                if (!list.isArray() || list.isEmpty()) {
                    continue;
                }
                int taker = lastTaker.getOrDefault(table, -1) + 1;
                while (!sameRecordRow(records.get(taker), record)) {
                    taker++;
                }
                lastTaker.put(table, taker);
                joined.rows(writer, taker, table);
            }
        }
    }

    /** Whether two records are rows of one table with one id. */
    private static boolean sameRecordRow(JsonNode a, JsonNode b) {
        return a.path("type").equals(b.path("type")) && a.path("id").equals(b.path("id"));
    }

    private static RecordType recordType(JsonNode record) {
        return RecordType.fromWireName(record.path("type").asString()).orElseThrow();
    }

    private static JsonNode at(JsonNode record, List<Property> path) {
        JsonNode node = record;
        for (Property property : path) {
            node = node.path(property.name());
        }
        return node;
    }

    /** Removes the member at {@code path}, and the object that held it if nothing else is left in it. */
    private static void remove(ObjectNode record, List<Property> path) {
        JsonNode parent = at(record, path.subList(0, path.size() - 1));
        if (parent instanceof ObjectNode object) {
            object.remove(path.get(path.size() - 1).name());
            if (object.isEmpty() && path.size() > 1) {
                remove(record, path.subList(0, path.size() - 1));
            }
        }
    }

    private static byte[] ndjson(List<ObjectNode> records) {
        StringBuilder out = new StringBuilder();
        for (ObjectNode record : records) {
            out.append(MAPPER.writeValueAsString(record)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each record's type, id and issues (rule, severity, path, sorted), in the order of the records. */
    private static List<String> issuesByRecord(List<RecordResult> results) {
        List<String> all = new ArrayList<>();
        for (RecordResult result : results) {
            List<String> issues = new ArrayList<>();
            for (Issue issue : result.issues()) {
                issues.add(issue.rule() + " " + issue.severity() + " " + issue.path());
            }
            issues.sort(Comparator.naturalOrder());
            all.add(result.type().map(Enum::name).orElse("?") + " " + result.id().orElse("?") + " " + issues);
        }
        return all;
    }

    /**
     * Whether no record holds an optional object with nothing in it ({@code "context": {}}): its row has no cell
     * for it, so it reads back absent, one thing a table cannot tell (docs/tables.md, "What a table cannot state").
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
