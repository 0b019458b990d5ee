package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cepkit.json.JsonEdit.Member;
import org.cepkit.json.JsonEdit.Obj;
import org.cepkit.json.JsonEdit.Raw;
import org.cepkit.json.JsonEdit.Slot;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.json.report.TextReportWriter;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.model.testing.Dataset;
import org.cepkit.model.testing.PersonalValues;
import org.cepkit.model.testing.PersonalValues.Nir;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report never echoes what it cannot trust. Datasets of generated records, with personal values (a NIR as people
 * write it, names, birth dates, markup) put in place of any string of a record (ids, codes, dates, territory codes,
 * free text) and as the names of unknown fields, validated as NDJSON in French and English, strict and lenient: no
 * string of the JSON report, no line of the text report, no record, path or message of an issue holds any of them,
 * nor a NIR's digits without their separators. And whatever id of a record holds a NIR, with or without its key,
 * however written, {@code privacy.identifier} reports it there.
 */
class PersonalValuesInReportsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern ID_POINTER = Pattern.compile("(?:/.*)?/id|/relations/\\d+/between/\\d+");

    /** A dataset as NDJSON lines with personal values put in, and the texts no report may hold. */
    record Hostile(List<String> lines, List<String> secrets) {
        @Override
        public String toString() {
            return secrets + "\n  " + String.join("\n  ", lines);
        }
    }

    private static Gen<Hostile> hostileDatasets() {
        Gen<Dataset> datasets = CepGenerators.datasets();
        Gen<String> values = PersonalValues.values();
        Gen<Nir> nirs = PersonalValues.nirs();
        return in -> {
            Dataset dataset = datasets.generate(in);
            List<String> lines = new ArrayList<>();
            List<String> secrets = new ArrayList<>();
            for (CepRecord record : dataset.records()) {
                JsonEdit edit = JsonEdit.of(record);
                int changes = Generate.range(0, 3).generate(in);
                for (int i = 0; i < changes; i++) {
                    String value = Generate.booleans().generate(in) ? values.generate(in) : nir(nirs, in, secrets);
                    secrets.add(value);
                    putSomewhere(edit, value, in);
                }
                lines.add(edit.text());
            }
            return new Hostile(lines, secrets);
        };
    }

    /** A NIR's text; its digits without separators join the secrets too. */
    private static String nir(Gen<Nir> nirs, RandomnessSource in, List<String> secrets) {
        Nir nir = nirs.generate(in);
        secrets.add(nir.compact());
        return nir.text();
    }

    /** {@code value} in place of a string of the record, or as the name of an unknown field of one of its objects. */
    private static void putSomewhere(JsonEdit edit, String value, RandomnessSource in) {
        List<Slot> strings = edit.slots().stream()
                .filter(slot -> slot.get() instanceof Raw raw && raw.json().startsWith("\""))
                .filter(slot -> !slot.pointer().equals("/type"))
                .toList();
        if (Generate.range(1, 100).generate(in) <= 70) {
            strings.get(Generate.range(0, strings.size() - 1).generate(in)).set(new Raw(JsonEdit.quote(value)));
        } else {
            List<Obj> objects = edit.objects();
            objects.get(Generate.range(0, objects.size() - 1).generate(in)).members
                    .add(new Member(value, new Raw("true")));
        }
    }

    @Test
    void noReportRepeatsAPersonalValuePutAnywhereInARecord() {
        List<CepJson> readers = List.of(JsonFixtures.STRICT, JsonFixtures.LENIENT, JsonFixtures.ENGLISH);
        long[] issues = {0};
        qt().withFixedSeed(1_101L).withExamples(300).forAll(hostileDatasets()).checkAssert(hostile -> {
            for (CepJson json : readers) {
                ByteArrayOutputStream jsonReport = new ByteArrayOutputStream();
                StringWriter textReport = new StringWriter();
                List<Issue> found = new ArrayList<>();
                JsonInput input = JsonFixtures.ndjson("privacy.ndjson", hostile.lines().toArray(String[]::new));
                try (JsonReportWriter writer = JsonReportWriter.to(jsonReport)) {
                    json.validate(List.of(input), false, ReportSink.all(writer,
                            TextReportWriter.to(new PrintWriter(textReport), json.validator().profile().locale(),
                                    false),
                            new ReportSink() {
                                @Override
                                public void record(RecordResult result) {
                                    found.addAll(result.issues());
                                    result.reportedId().ifPresent(id ->
                                            assertThat(Issue.isReportableRecordId(id)).isTrue());
                                }
                            }));
                }
                issues[0] += found.size();
                List<String> texts = reportStrings(jsonReport.toString(StandardCharsets.UTF_8));
                texts.add(textReport.toString());
                for (Issue issue : found) {
                    texts.add(issue.path());
                    texts.add(issue.message());
                    issue.record().ifPresent(id -> {
                        texts.add(id);
                        assertThat(Issue.isReportableRecordId(id)).as("%s", issue).isTrue();
                    });
                }
                for (String text : texts) {
                    for (String secret : hostile.secrets()) {
                        assertThat(text).as("%s", hostile).doesNotContain(secret);
                    }
                }
            }
        });
        assertThat(issues[0]).as("issues reported in all").isGreaterThan(1_000);
    }

    /** Every string of a JSON report, names and values, unescaped. */
    private static List<String> reportStrings(String report) {
        List<String> strings = new ArrayList<>();
        collect(MAPPER.readTree(report), strings);
        return strings;
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isString()) {
            strings.add(node.stringValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                strings.add(property.getKey());
                collect(property.getValue(), strings);
            }
        } else if (node.isArray()) {
            node.values().forEach(item -> collect(item, strings));
        }
    }

    /** A generated record with a NIR put in one of its ids, and the pointer of that id. */
    record NirInRecord(String text, String pointer, Nir nir) {
        @Override
        public String toString() {
            return nir + " at " + pointer + " of " + text;
        }
    }

    private static Gen<NirInRecord> recordsWithANir() {
        Gen<CepRecord> records = Mutants.records();
        Gen<Nir> nirs = PersonalValues.nirs();
        return in -> {
            JsonEdit edit = JsonEdit.of(records.generate(in));
            List<Slot> ids = edit.slots().stream().filter(slot -> ID_POINTER.matcher(slot.pointer()).matches()
                    || slot.pointer().equals("/territory/code") && isLocalArea(edit)).toList();
            Slot slot = ids.get(Generate.range(0, ids.size() - 1).generate(in));
            Nir nir = nirs.generate(in);
            slot.set(new Raw(JsonEdit.quote(nir.text())));
            return new NirInRecord(edit.text(), slot.pointer(), nir);
        };
    }

    private static boolean isLocalArea(JsonEdit edit) {
        return edit.at("/territory/kind") instanceof Raw kind && kind.json().equals("\"LOCAL_AREA\"");
    }

    @Test
    void privacyIdentifierCatchesANirInEveryIdOfARecordWithOrWithoutItsKeyHoweverWritten() {
        qt().withFixedSeed(1_102L).withExamples(3_000).forAll(recordsWithANir()).checkAssert(nir -> {
            RecordResult result = JsonFixtures.STRICT.validate(nir.text());

            assertThat(result.issues()).as("%s", nir).anySatisfy(issue -> {
                assertThat(issue.rule()).isEqualTo("privacy.identifier");
                assertThat(issue.path()).isEqualTo(nir.pointer());
            });
            if (nir.pointer().equals("/id")) {
                assertThat(result.issues()).as("%s", nir).allSatisfy(issue -> assertThat(issue.record()).isEmpty());
                assertThat(result.reportedId()).isEmpty();
            }
        });
    }

    @Test
    void theEnglishTextReportOfARecordWithAnUntrustedIdShowsNoId() {
        StringWriter text = new StringWriter();
        String line = JsonEdit.of(CepExamples.pathway()).set("/id", "Jean Dupont 14/05/1985")
                .text();
        JsonFixtures.ENGLISH.validate(List.of(JsonFixtures.ndjson("a.ndjson", line)), false,
                TextReportWriter.to(new PrintWriter(text), Locale.ENGLISH, false));

        assertThat(text.toString()).contains("line 1  ?").contains("format.identifier").doesNotContain("Dupont");
    }
}
