package org.cepkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        "\"Cité des métiers\"", "\"€\"", "\"\uFFFF\"", "\"ééééééééééééé\"",
    };
    private static final String[] NAMES = {"type", "id", "sites", "modes", "name", "a", "", "é", "a\\u0062", "x\ty",
        "abcdefghijklmnopqrstuvwxyz"};
    private static final String[] SPACES = {"", "", "", " ", "\t", "\r", "\n", " \r\n "};
    /** Bytes to put in a line: structure, letters, controls, and bytes of UTF-8 sequences, whole or not. */
    private static final byte[] EDITS = concat("{}[],:\" \\atrue0-1e.\u0001\u000b".getBytes(StandardCharsets.UTF_8),
            bytes(0xC3, 0xA9, 0x80, 0xBF, 0xE2, 0xED, 0xA0, 0xF0, 0xF4, 0x90, 0xC0, 0xFF));

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

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
        nonAscii = 0;
        CepJson json = CepJson.create();
        PlainLineParser parser = new PlainLineParser(Set.of("type", "id"), 64, 10_000);
        qt().withExamples(300).forAll(CepGenerators.datasets(), longs().all()).checkAssert((dataset, seed) -> {
            Random random = new Random(seed);
            for (CepRecord record : dataset.records()) {
                byte[] line = json.write(record).getBytes(StandardCharsets.UTF_8);
                if (!hasEscape(line)) {
                    assertThat(parser.parse(line, line.length)).as(new String(line, StandardCharsets.UTF_8))
                            .isNotNull();
                    nonAscii += hasNonAscii(line) ? 1 : 0;
                }
                check(parser, line);
                byte[] mutated = line.clone();
                String bytes = "{}[],:\" \\ax0t\u0001";
                mutated[random.nextInt(mutated.length)] = (byte) bytes.charAt(random.nextInt(bytes.length()));
                check(parser, mutated);
            }
        });
        assertThat(accepted).as("lines accepted").isGreaterThan(1000);
        assertThat(nonAscii).as("accented lines accepted").isGreaterThan(100);
    }

    @Test
    void aByteThatEndsThePlainSubsetIsFoundWhereverItStandsInAString() {
        // each such sequence at each place of strings of 1 to 23 bytes: an escape, controls, well-formed UTF-8 of
        // two to four bytes (é, €, U+FFFF, an emoji) and malformed UTF-8 (a lone continuation byte, a lead byte with
        // no continuation, overlong forms, a surrogate, beyond U+10FFFF, a byte that UTF-8 never has)
        byte[][] specials = {{'\\', 'n'}, {0x00}, {0x1f}, {0x7f}, {0x20}, bytes(0xC3, 0xA9), bytes(0xE2, 0x82, 0xAC),
            bytes(0xEF, 0xBF, 0xBF), bytes(0xF0, 0x9F, 0x98, 0x80), bytes(0x80), bytes(0xC3), bytes(0xC0, 0x80),
            bytes(0xE0, 0x80, 0x80), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF0, 0x80, 0x80),
            bytes(0xFF)};
        Set<Integer> wellFormed = Set.of(3, 4, 5, 6, 7, 8);
        for (int length = 1; length < 24; length++) {
            for (int at = 0; at < length; at++) {
                for (int k = 0; k < specials.length; k++) {
                    byte[] special = specials[k];
                    byte[] text = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
                    byte[] line = new byte[7 + length + special.length];
                    System.arraycopy("{\"a\":\"".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 6);
                    System.arraycopy(text, 0, line, 6, at);
                    System.arraycopy(special, 0, line, 6 + at, special.length);
                    System.arraycopy(text, at, line, 6 + at + special.length, length - at);
                    line[line.length - 2] = '"';
                    line[line.length - 1] = '}';
                    // the string: length - 1 bytes x (the closing quote takes the place of the last) and the sequence
                    boolean plain = wellFormed.contains(k) && length - 1 + special.length <= MAX_STRING_LENGTH;
                    assertThat(PARSER.parse(line, line.length) != null).as("%d bytes, at %d: %s", length, at,
                            special[0]).isEqualTo(plain);
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

    /** How many lines that cepkit wrote, accepted, held a character beyond ASCII. */
    private static int nonAscii;

    private static boolean hasEscape(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
