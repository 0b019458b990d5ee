package org.cepkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.cepkit.json.CepJson;
import org.cepkit.json.InputLimits;
import org.cepkit.json.Mutants;
import org.cepkit.json.ReadMode;
import org.cepkit.json.internal.bytes.PlainRecordReader;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.CepValidator;
import org.junit.jupiter.api.Test;

/**
 * The plain-record reader reads a record only when the tree's reading (Jackson's tree, then the record reader) would
 * report nothing in it, and then gives the very record that reading gives; and it reads every record as cepkit
 * writes it, so that most lines take it.
 */
class PlainRecordReaderTest {

    private static final DocumentReader READER = new DocumentReader(CepValidator.create(), ReadMode.STRICT,
            InputLimits.defaults());
    private static final PlainRecordReader PLAIN = READER.plainRecords();
    private static final CepJson JSON = CepJson.create();

    @Test
    void recordsAsCepkitWritesThemAreReadAsTheTreeReadsThem() {
        int[] read = {0};
        qt().withExamples(200).forAll(CepGenerators.datasets(), longs().all()).checkAssert((dataset, seed) -> {
            Random random = new Random(seed);
            for (CepRecord record : dataset.records()) {
                byte[] line = JSON.write(record).getBytes(StandardCharsets.UTF_8);
                RecordReader.Outcome tree = throughTheTree(line);
                if (isAscii(line) && tree.issues().isEmpty()) {
                    assertThat(PLAIN.read(line, line.length)).as(new String(line, StandardCharsets.UTF_8))
                            .isNotNull();
                    read[0]++;
                }
                check(line);
                check(nearlyValid(line, random));
            }
        });
        assertThat(read[0]).as("records read without a tree").isGreaterThan(1_000);
    }

    @Test
    void whatItReadsOfHostileLinesTheTreeReadsToTheSameRecordWithNoIssue() {
        int[] read = {0};
        qt().withExamples(20_000).forAll(Mutants.mutants()).checkAssert(mutant -> {
            if (check(mutant.bytes())) {
                read[0]++;
            }
        });
        // a mutation that leaves a record valid (a space, a member moved, another valid code) is read here too
        assertThat(read[0]).as("mutants read without a tree").isGreaterThan(20);
    }

    @Test
    void aRecordWhoseTypeIsNotItsFirstMemberIsLeftToTheTreeWhichReadsItAlike() {
        qt().withExamples(100).forAll(CepGenerators.pathways()).checkAssert(pathway -> {
            String line = JSON.write(pathway);
            String moved = line.replaceFirst("^\\{\"type\":\"pathway\",(\"id\":\"[^\"]*\"),", "{$1,\"type\":\"pathway\",");
            assertThat(moved).isNotEqualTo(line);
            byte[] bytes = moved.getBytes(StandardCharsets.UTF_8);
            assertThat(PLAIN.read(bytes, bytes.length)).isNull();
            assertThat(READER.readOne(bytes)).isEqualTo(READER.readOne(line.getBytes(StandardCharsets.UTF_8)));
        });
    }

    /** Edits that make a valid line slightly wrong, or keep it right in another spelling. */
    private static byte[] nearlyValid(byte[] line, Random random) {
        String text = new String(line, StandardCharsets.UTF_8);
        List<String> variants = List.of(
                text.replaceFirst("\"(\\d{4})-(\\d{2})-\\d{2}\"", "\"$1-02-30\""), // a day that does not exist
                text.replaceFirst("\"(\\d{4})-", "\"$1/"),
                text.replaceFirst(":\"[A-Z][A-Z_0-9]+\"", ":\"UNKNOWN\""),
                text.replaceFirst(":\"FRANCE_TRAVAIL\"", ":\"POLE_EMPLOI\""), // an alias
                text.replaceFirst(":(true|false)", ":null"),
                text.replaceFirst(":(true|false)", ":\"$1\""),
                text.replaceFirst(",\"[a-zA-Z]+\":\"[^\"]*\"", ""), // a member removed: perhaps a required one
                text.replaceFirst(":\\[[^\\[\\]{}]*\\]", ":[]"), // a list emptied
                text.replaceFirst("\\{\"type\":\"([a-z]+)\"", "{\"type\":\"$1\",\"schemaVersion\":\"1.0\""),
                text.replaceFirst("\\{\"type\":\"([a-z]+)\"", "{\"type\":\"$1\",\"schemaVersion\":\"2\""),
                text.replaceFirst("\\{\"type\":\"([a-z]+)\",\"id\":\"([^\"]*)\"", "{\"type\":\"$1\",\"id\":\"$2\",\"id\":\"$2\""),
                text.replaceFirst(",\"([a-zA-Z]+)\":", " , \"$1\" :\t"),
                text.replaceFirst("\"[0-9AB]{5}\"", "\"00000\""), // a commune that does not exist, or a postcode
                text.replaceFirst("\"[0-9]{14}\"", "\"12345678901234\""), // a SIRET whose key is wrong
                text.replaceFirst(":\"([^\"]{2,})\"", ":\"\""), // a string emptied
                text.replaceFirst(":\"([^\"]{2,})\"", ":\"" + "x".repeat(300) + "\""));
        return variants.get(random.nextInt(variants.size())).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * When the plain-record reader reads {@code line}, the tree's reading of it gives no issue and the same record,
     * type and id; returns whether it read it.
     */
    private static boolean check(byte[] line) {
        PlainRecordReader.Read read = PLAIN.read(line, line.length);
        if (read == null) {
            return false;
        }
        String text = new String(line, StandardCharsets.UTF_8);
        RecordReader.Outcome tree = throughTheTree(line);
        assertThat(tree.issues()).as(text).isEmpty();
        assertThat(tree.unreadable()).as(text).isEmpty();
        assertThat(tree.type()).as(text).contains(read.type());
        assertThat(tree.id()).as(text).contains(read.id());
        assertThat(tree.record()).as(text).contains(read.record());
        assertThat(READER.readOne(line)).as(text).isEqualTo(tree);
        return true;
    }

    /**
     * The line read through Jackson's tree and the record reader: the same line with its first {@code "type"}
     * spelled with an escape, which neither plain reader reads.
     */
    private static RecordReader.Outcome throughTheTree(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        String escaped = text.replaceFirst("\"type\"", "\"typ\\\\u0065\"");
        assertThat(escaped).as(text).isNotEqualTo(text);
        byte[] bytes = escaped.getBytes(StandardCharsets.UTF_8);
        assertThat(PLAIN.read(bytes, bytes.length)).isNull();
        return READER.readOne(bytes);
    }

    private static boolean isAscii(byte[] line) {
        for (byte b : line) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
