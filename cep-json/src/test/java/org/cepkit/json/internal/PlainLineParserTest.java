package org.cepkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cepkit.json.CepJson;
import org.cepkit.json.InputLimits;
import org.cepkit.json.ReadMode;
import org.cepkit.json.internal.bytes.PlainLineParser;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.CepValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The plain-line parser accepts only lines that Jackson reads to the very same tree, never one that Jackson would
 * refuse or read otherwise, and it accepts the lines that cepkit writes.
 */
class PlainLineParserTest {

    private static final int MAX_DEPTH = 6;
    private static final int MAX_STRING_LENGTH = 24;
    private static final PlainLineParser PARSER = new PlainLineParser(Set.of("type", "id", "sites", "modes"),
            MAX_DEPTH, MAX_STRING_LENGTH);
    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void whatItAcceptsJacksonReadsToTheSameTree() {
        accepted = 0;
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            StringBuilder line = new StringBuilder();
            object(random, line, 1 + random.nextInt(MAX_DEPTH + 1));
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            check(bytes);
            // and the same line with a byte or two changed, often into one that is not JSON
            for (int edits = 1 + random.nextInt(2); edits > 0 && bytes.length > 0; edits--) {
                bytes[random.nextInt(bytes.length)] = EDITS[random.nextInt(EDITS.length)];
            }
            check(bytes);
        });
        assertThat(accepted).as("lines accepted").isGreaterThan(5_000);
    }

    /** Pieces of lines: structure, plain and escaped strings, literals, numbers, spaces, other bytes. */
    private static final String[] SCALARS = {
        "\"a\"", "\"\"", "\"x y-z_1\"", "\"\\u0041\"", "\"\\\"\"", "\"é\"", "\"\t\"", "\"\u007f\"",
        "\"abcdefghijklmnopqrstuvwxyz\"", "\"2026-01-01\"", "true", "false", "null", "0", "-1", "1.5e3", "\"\uD83D\uDE00\"",
    };
    private static final String[] NAMES = {"type", "id", "sites", "modes", "name", "a", "", "é", "a\\u0062", "x\ty",
        "abcdefghijklmnopqrstuvwxyz"};
    private static final String[] SPACES = {"", "", "", " ", "\t", "\r", "\n", " \r\n "};
    private static final byte[] EDITS = "{}[],:\" \\atrue0-1e.\u0001\u000b".getBytes(StandardCharsets.UTF_8);

    /** A random object of at most {@code depth} levels, with random spacing. */
    private static void object(Random random, StringBuilder out, int depth) {
        out.append('{').append(space(random));
        int members = random.nextInt(5);
        for (int i = 0; i < members; i++) {
            if (i > 0) {
                out.append(',').append(space(random));
            }
            out.append('"').append(NAMES[random.nextInt(NAMES.length)]).append('"').append(space(random)).append(':')
                    .append(space(random));
            value(random, out, depth - 1);
            out.append(space(random));
        }
        out.append('}');
    }

    private static void value(Random random, StringBuilder out, int depth) {
        int kind = random.nextInt(depth > 0 ? 4 : 2);
        if (kind >= 2 && random.nextBoolean()) {
            object(random, out, depth);
        } else if (kind >= 2) {
            out.append('[').append(space(random));
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
                if (i > 0) {
                    out.append(',').append(space(random));
                }
                value(random, out, depth - 1);
                out.append(space(random));
            }
            out.append(']');
        } else {
            out.append(SCALARS[random.nextInt(SCALARS.length)]);
        }
    }

    private static String space(Random random) {
        return SPACES[random.nextInt(SPACES.length)];
    }

    @Test
    void recordsAsCepkitWritesThemAreAcceptedAndMutationsOfThemJudgedAsJacksonDoes() {
        accepted = 0;
        CepJson json = CepJson.create();
        PlainLineParser parser = new PlainLineParser(Set.of("type", "id"), 64, 10_000);
        qt().withExamples(300).forAll(CepGenerators.datasets(), longs().all()).checkAssert((dataset, seed) -> {
            Random random = new Random(seed);
            for (CepRecord record : dataset.records()) {
                byte[] line = json.write(record).getBytes(StandardCharsets.UTF_8);
                if (isAscii(line)) {
                    assertThat(parser.parse(line, line.length)).as(new String(line, StandardCharsets.UTF_8))
                            .isNotNull();
                }
                check(parser, line);
                byte[] mutated = line.clone();
                String bytes = "{}[],:\" \\ax0t\u0001";
                mutated[random.nextInt(mutated.length)] = (byte) bytes.charAt(random.nextInt(bytes.length()));
                check(parser, mutated);
            }
        });
        assertThat(accepted).as("lines accepted").isGreaterThan(1000);
    }

    @Test
    void aByteThatEndsThePlainSubsetIsFoundWhereverItStandsInAString() {
        // the parser reads eight bytes at a time: each such byte at each place of strings of 0 to 23 bytes
        byte[][] specials = {{'\\', 'n'}, {0x00}, {0x1f}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xFF}, {0x7f}, {0x20}};
        for (int length = 1; length < 24; length++) {
            for (int at = 0; at < length; at++) {
                for (byte[] special : specials) {
                    byte[] text = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
                    byte[] line = new byte[7 + length + special.length];
                    System.arraycopy("{\"a\":\"".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 6);
                    System.arraycopy(text, 0, line, 6, at);
                    System.arraycopy(special, 0, line, 6 + at, special.length);
                    System.arraycopy(text, at, line, 6 + at + special.length, length - at);
                    line[line.length - 2] = '"';
                    line[line.length - 1] = '}';
                    boolean plain = special[0] == 0x7f || special[0] == 0x20;
                    assertThat(PARSER.parse(line, line.length) != null).as("%d bytes, at %d: %s", length, at,
                            special[0]).isEqualTo(plain && length + 1 <= MAX_STRING_LENGTH);
                    check(line);
                }
            }
        }
    }

    @Test
    void aRecordReadWithoutJacksonGivesWhatJacksonsReadingGives() {
        // the same record twice, once plain and once with a name escaped, which only Jackson reads: the same outcome
        CepJson json = CepJson.create();
        DocumentReader reader = new DocumentReader(CepValidator.create(), ReadMode.STRICT, InputLimits.defaults());
        qt().withExamples(100).forAll(CepGenerators.datasets(), longs().all()).checkAssert((dataset, seed) -> {
            Random random = new Random(seed);
            for (CepRecord record : dataset.records()) {
                String line = json.write(record);
                // and the record made invalid in one of a few ways, so that issues are compared too
                String[] variants = {line, line.replaceFirst("\\{", "{\"note\":\"x\","),
                    line.replaceFirst("\"(\\d{4})-", "\"$1/"), line.replaceFirst(":\"[A-Z_0-9]+\"", ":\"UNKNOWN\""),
                    line.replaceFirst(":(true|false)", ":null")};
                String variant = variants[random.nextInt(variants.length)];
                RecordReader.Outcome plain = reader.readOne(variant.getBytes(StandardCharsets.UTF_8));
                String escaped = variant.replaceFirst("\"type\"", "\"typ\\\\u0065\"");
                assertThat(escaped).isNotEqualTo(variant);
                RecordReader.Outcome jackson = reader.readOne(escaped.getBytes(StandardCharsets.UTF_8));
                assertThat(plain).as(variant).isEqualTo(jackson);
            }
        });
    }

    @Test
    void knownStringsAreTheGivenInstances() {
        String type = new String("type".toCharArray());
        String pathway = new String("pathway".toCharArray());
        PlainLineParser parser = new PlainLineParser(List.of(type, pathway, "é"), MAX_DEPTH, MAX_STRING_LENGTH);
        byte[] line = "{\"type\":\"pathway\",\"other\":\"type\",\"x\":\"pathways\"}".getBytes(StandardCharsets.US_ASCII);
        JValue tree = parser.parse(line, line.length);
        assertThat(tree.members.name(0)).isSameAs(type);
        assertThat(tree.members.value(0).text).isSameAs(pathway);
        assertThat(tree.members.name(1)).isEqualTo("other");
        assertThat(tree.members.value(1).text).isSameAs(type);
        assertThat(tree.members.value(2).text).isEqualTo("pathways");
    }

    @Test
    void aLineBeyondTheBoundsOrWithAKeyTwiceIsLeftToJackson() {
        assertThat(parse("{\"a\":" + "[".repeat(MAX_DEPTH - 1) + "]".repeat(MAX_DEPTH - 1) + "}")).isNotNull();
        assertThat(parse("{\"a\":" + "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH) + "}")).isNull();
        assertThat(parse("{\"a\":\"" + "x".repeat(MAX_STRING_LENGTH) + "\"}")).isNotNull();
        assertThat(parse("{\"a\":\"" + "x".repeat(MAX_STRING_LENGTH + 1) + "\"}")).isNull();
        assertThat(parse("{\"" + "x".repeat(MAX_STRING_LENGTH + 1) + "\":1}")).isNull();
        assertThat(parse("{\"a\":true,\"a\":false}")).isNull();
        assertThat(parse("{\"a\":1}")).isNull();
        assertThat(parse("[{\"a\":true}]")).isNull();
        assertThat(parse(" {\"a\" : [ true , null ] }\r")).isNotNull();
    }

    /** How many lines {@link #check} saw accepted: a theory whose lines are all left to Jackson proves nothing. */
    private static int accepted;

    private static JValue parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return PARSER.parse(bytes, bytes.length);
    }

    private static void check(byte[] line) {
        check(PARSER, line);
    }

    /** When {@code parser} accepts {@code line}, Jackson reads it whole, to the same tree, with no key twice. */
    private static void check(PlainLineParser parser, byte[] line) {
        JValue plain = parser.parse(line, line.length);
        if (plain == null) {
            return;
        }
        accepted++;
        String text = new String(line, StandardCharsets.UTF_8);
        try (JsonParser jackson = JACKSON.createParser(ObjectReadContext.empty(), line, 0, line.length)) {
            JsonToken first = jackson.nextToken();
            assertThat(first).as(text).isEqualTo(JsonToken.START_OBJECT);
            TreeReader tree = new TreeReader(jackson, Long.MAX_VALUE, 1000, Integer.MAX_VALUE);
            JValue read = tree.read();
            assertThat(jackson.nextToken()).as(text).isNull();
            assertThat(tree.duplicateKeys()).as(text).isEmpty();
            assertSame(plain, read, text);
        } catch (JacksonException e) {
            throw new AssertionError("the plain parser accepted what Jackson refuses: " + text, e);
        }
    }

    private static void assertSame(JValue plain, JValue jackson, String line) {
        assertThat(plain.kind).as(line).isEqualTo(jackson.kind);
        assertThat(plain.text).as(line).isEqualTo(jackson.text);
        assertThat(plain.bool).as(line).isEqualTo(jackson.bool);
        if (plain.kind == JValue.Kind.OBJECT) {
            assertThat(plain.members.size()).as(line).isEqualTo(jackson.members.size());
            for (int i = 0; i < plain.members.size(); i++) {
                assertThat(plain.members.name(i)).as(line).isEqualTo(jackson.members.name(i));
                assertSame(plain.members.value(i), jackson.members.value(i), line);
            }
        }
        if (plain.kind == JValue.Kind.ARRAY) {
            assertThat(plain.items).as(line).hasSameSizeAs(jackson.items);
            for (int i = 0; i < plain.items.size(); i++) {
                assertSame(plain.items.get(i), jackson.items.get(i), line);
            }
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
