package org.cepkit.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cepkit.json.RecordResult;
import org.cepkit.json.conformance.FormatMutations.Kind;
import org.cepkit.json.conformance.FormatMutations.Mutant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * SPEC §8: the published JSON Schema and cepkit agree on the {@code format.*} rules. A record in which cepkit finds
 * no {@code format.*} issue is accepted by an independent validator (networknt, format assertions on) with
 * {@code cep-record.schema.json}, and one that cepkit rejects for {@code format.*} is rejected by it, except
 * {@code format.syntax}, {@code format.limit} and the check keys of SIRET and EPCI codes ({@link SchemaOracle}).
 *
 * <p>Checked on every record of every corpus case, and on 14,200 generated records: 1,000 valid records of
 * {@code CepGenerators} as {@code CepJson.write} writes them, then such records broken by {@link FormatMutations},
 * 800 for each of its 14 kinds of mutation and 2,000 with one to three mutations of any kind. cepkit's reader runs
 * the rules only on records whose every field could be read, so a broken record may miss {@code format.length} or
 * {@code format.identifier} issues behind a {@code format.type} one; the agreement is about the presence of some
 * {@code format.*} issue, which is complete on every record. The seed is fixed
 * ({@code -Dcepkit.schemaAgreement.seed} changes it).
 *
 * @see org.cepkit.model.testing.CepGenerators
 */
class SchemaAgreementTest {

    private static final long SEED = Long.getLong("cepkit.schemaAgreement.seed", 20_260_630L);
    private static final int EXAMPLES_PER_KIND = 800;
    private static final int MIXED_EXAMPLES = 2_000;
    private static final int UNCHANGED_EXAMPLES = 1_000;

    // ------------------------------------------------------------------------------------------ the corpus

    @TestFactory
    Stream<DynamicNode> everyCorpusRecordAgrees() {
        Map<String, List<ConformanceCase>> byFile = new LinkedHashMap<>();
        ConformanceCorpus.cases().forEach(c -> byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(c -> DynamicTest.dynamicTest(c.description(), () -> checkCase(c)))));
    }

    private static void checkCase(ConformanceCase c) {
        List<CaseRecord> records = records(c);
        Assumptions.assumeFalse(records.isEmpty(), "no JSON record to give a schema: the input is not JSON text");
        List<String> disagreements = new ArrayList<>();
        for (CaseRecord record : records) {
            SchemaOracle.disagreement(record.text(), record.tree(), record.result().issues())
                    .ifPresent(d -> disagreements.add(d + "\n  record: " + record.text()));
        }
        assertThat(disagreements).as(c.name()).isEmpty();
    }

    /** A record of a case, with what cepkit found in it. */
    private record CaseRecord(String text, JsonNode tree, RecordResult result) {
    }

    /**
     * The records of a case that are JSON text, each with cepkit's result for it: a single record by
     * {@code validate(String)}, a dataset's records by its NDJSON run (one result a line), and a raw document's by
     * its {@code .json} run, when it is well-formed UTF-8 JSON without duplicate keys.
     */
    private static List<CaseRecord> records(ConformanceCase c) {
        List<JsonNode> trees = new ArrayList<>();
        List<RecordResult> results;
        if (c.input() instanceof ConformanceCase.Records records) {
            if (records.isDataset()) {
                records.value().values().forEach(trees::add);
                results = CorpusRunner.ndjson("NDJSON", CorpusRunner.ndjsonLines(records.value())).results();
            } else {
                trees.add(records.value());
                results = List.of(CorpusRunner.CEPKIT.validate(
                        ConformanceCorpus.MAPPER.writeValueAsString(records.value())));
            }
        } else if (c.input() instanceof ConformanceCase.Tables) {
            // tables are checked against their Table Schemas (scripts/check-tables.sh), not the JSON Schema
            return List.of();
        } else {
            ConformanceCase.Raw raw = (ConformanceCase.Raw) c.input();
            Optional<JsonNode> parsed = CorpusRunner.utf8(raw.bytes()).flatMap(SchemaAgreementTest::parse);
            if (parsed.isEmpty()) {
                return List.of();
            }
            if (parsed.get().isArray()) {
                parsed.get().values().forEach(trees::add);
            } else {
                trees.add(parsed.get());
            }
            results = CorpusRunner.document("document", raw.bytes()).results();
        }
        assertThat(results).as("one cepkit result a record of " + c.name()).hasSize(trees.size());
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            out.add(new CaseRecord(ConformanceCorpus.MAPPER.writeValueAsString(trees.get(i)), trees.get(i),
                    results.get(i)));
        }
        return out;
    }

    /** The text as JSON (a leading byte order mark ignored), unless it is not JSON or has a duplicate key. */
    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(ConformanceCorpus.MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------ generated records

    @Test
    void generatedRecordsAreValidForBoth() {
        qt().withFixedSeed(SEED).withExamples(UNCHANGED_EXAMPLES).forAll(FormatMutations.records())
                .checkAssert(text -> {
                    assertThat(CorpusRunner.CEPKIT.validate(text).issues()).as(text).isEmpty();
                    assertThat(SchemaOracle.validate(text)).as(text).isEmpty();
                });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void eachKindOfFormatMutationAgrees(Kind kind) {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES_PER_KIND).forAll(FormatMutations.mutants(List.of(kind), 1))
                .checkAssert(SchemaAgreementTest::assertAgreement);
    }

    /** Up to three mutations of any kind but {@link Kind#OUTSIDE_BMP}, which has its own property above. */
    @Test
    void mixedFormatMutationsAgree() {
        List<Kind> kinds = Stream.of(Kind.values()).filter(kind -> kind != Kind.OUTSIDE_BMP).toList();
        qt().withFixedSeed(SEED).withExamples(MIXED_EXAMPLES).forAll(FormatMutations.mutants(kinds, 3))
                .checkAssert(SchemaAgreementTest::assertAgreement);
    }

    private static void assertAgreement(Mutant mutant) {
        RecordResult result = CorpusRunner.CEPKIT.validate(mutant.text());
        JsonNode tree = ConformanceCorpus.MAPPER.readTree(mutant.text());
        Optional<String> disagreement = SchemaOracle.disagreement(mutant.text(), tree, result.issues());
        if (disagreement.isPresent()) {
            throw new AssertionError(disagreement.get() + "\n  mutant: " + mutant);
        }
    }
}
