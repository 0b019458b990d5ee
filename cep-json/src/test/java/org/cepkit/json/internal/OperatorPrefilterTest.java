package org.cepkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cepkit.json.CepJson;
import org.cepkit.json.InputLimits;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.internal.bytes.OperatorLines;
import org.cepkit.model.operator.ImmutableOperator;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.rules.CepValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte prefilter of the first pass never misses an operator, whatever its spacing or escapes. */
class OperatorPrefilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"operator\",\"id\":\"op-1\"}",
        "{\"id\":\"op-1\", \"type\" : \"operator\"}",
        "{\"id\":\"op-1\",\"type\"\t:\t\"operator\"}",
        "{\"id\":\"op-1\",\"type\":\"operator\" }",
        "{\"id\":\"op-1\",\"type\":\"operator\"",
        "{\"typ\\u0065\":\"operator\"}",
        "{\"type\":\"oper\\u0061tor\"}",
        "{\"operator\":{\"id\":\"x\"},\"type\":\"operator\"}",
    })
    void anOperatorLineIsACandidate(String line) {
        assertThat(OperatorLines.mayBeOperator(bytes(line), 0, bytes(line).length)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"pathway\",\"operator\":{\"id\":\"op-1\",\"family\":\"APEC\"}}",
        "{\"type\":\"pathway\",\"operator\" : {\"id\":\"operator-1\",\"family\":\"APEC\"}}",
        "{\"type\":\"cooperation\",\"operators\":[{\"id\":\"op-1\",\"family\":\"APEC\"}]}",
        "{\"type\":\"operators\"}",
        "",
    })
    void aLineWithoutTheValueOperatorIsSkipped(String line) {
        assertThat(OperatorLines.mayBeOperator(bytes(line), 0, bytes(line).length)).isFalse();
    }

    @Test
    void aCandidateThatIsNotAnOperatorIsLeftOutByTheFirstPass() throws IOException {
        String operator = CepJson.create().write(CepExamples.operator());
        String ndjson = String.join("\n",
                "{\"name\":\"type\",\"x\":\"operator\"}",
                "{\"type\":\"pathway\",\"id\":\"operator\"}",
                "{\"type\":\"pathway\",\"note\":\"a \\\"quoted\\\" word\"}",
                operator,
                operator.replace("\"type\":\"operator\"", "\"type\":\"oper\\u0061tor\""),
                "{\"type\":\"operator\",");
        DocumentReader reader = new DocumentReader(CepValidator.create(), ReadMode.STRICT, InputLimits.defaults());
        List<Operator> found = new ArrayList<>();
        reader.readOperators(new ByteArrayInputStream(bytes(ndjson)), JsonInput.Format.NDJSON, found::add);
        assertThat(found).containsExactly(CepExamples.operator(), CepExamples.operator());
    }

    /** Pieces of lines: values "operator" and keys "operator", escapes, spaces, ends of line, padding. */
    private static final String[] PIECES = {
        "{\"type\":\"operator\",\"id\":\"op-1\"}", "{\"type\":\"pathway\",\"operator\":{\"id\":\"op\"}}",
        "\"operator\"", "\"operator\" : ", "\"operator\"\t", "operator", "\"oper", "ator\"", "p", "\"o", "\\u0041",
        "\\", " ", "\r", "\n", "\r\n", "pppppppp", "\"type\":", "é", "{\"name\":\"x\"}",
    };

    @Test
    void theScanFindsTheLinesThatOneLineAtATimeWouldWhereverTheReadsEnd() {
        qt().withExamples(3_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 120),
                integers().between(1, 70), longs().all())
                .checkAssert((pieces, maxBytes, seed) -> {
                    String text = text(pieces);
                    List<String> found = new ArrayList<>();
                    try {
                        OperatorLines.scan(new ChoppedStream(bytes(text), new Random(seed)), maxBytes,
                                line -> found.add(new String(line, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    assertThat(found).as(text).isEqualTo(oneLineAtATime(text, maxBytes));
                });
    }

    @Test
    void theScanOnAnExecutorFindsTheSameLinesInTheSameOrderWhateverTheChunks() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            qt().withExamples(3_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 120),
                    integers().between(1, 70), integers().between(1, 40), integers().between(1, 4))
                    .checkAssert((pieces, maxBytes, chunkBytes, maxInFlight) -> {
                        String text = text(pieces);
                        List<String> found = new ArrayList<>();
                        Thread caller = Thread.currentThread();
                        try {
                            OperatorLines.scan(new ChoppedStream(bytes(text), new Random(chunkBytes)), maxBytes, pool,
                                    maxInFlight, chunkBytes, line -> {
                                        assertThat(Thread.currentThread()).isSameAs(caller);
                                        found.add(new String(line, StandardCharsets.UTF_8));
                                    });
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        assertThat(found).as(text + " in chunks of " + chunkBytes).isEqualTo(oneLineAtATime(text,
                                maxBytes));
                    });
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theFirstPassOnAnExecutorFindsTheOperatorsInFileOrder() throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        List<Operator> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            if (i % 97 == 0) {
                Operator operator = ImmutableOperator.copyOf(CepExamples.operator()).withId("op-" + i);
                expected.add(operator);
                lines.add(CepJson.create().write(operator));
            } else {
                lines.add(CepJson.create().write(CepExamples.pathway()));
            }
        }
        byte[] ndjson = bytes(String.join("\n", lines));
        DocumentReader reader = new DocumentReader(CepValidator.create(), ReadMode.STRICT, InputLimits.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Operator> found = new ArrayList<>();
            reader.readOperators(new ByteArrayInputStream(ndjson), JsonInput.Format.NDJSON, pool, 4, found::add);
            assertThat(found).containsExactlyElementsOf(expected);
            assertThat(ndjson.length).as("the file spans several chunks").isGreaterThan(3 * OperatorLines.CHUNK);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String text(List<Integer> pieces) {
        StringBuilder text = new StringBuilder();
        for (int piece : pieces) {
            text.append(PIECES[piece]);
        }
        return text.toString();
    }

    /** The lines of {@code text} that may be operators, judged one at a time. */
    private static List<String> oneLineAtATime(String text, int maxBytes) {
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            byte[] b = bytes(trimmed);
            if (b.length <= maxBytes && OperatorLines.mayBeOperator(b, 0, b.length)) {
                expected.add(trimmed);
            }
        }
        return expected;
    }

    /** Hands out its bytes in reads of random lengths, 1 to 100 bytes, or all that was asked. */
    private static final class ChoppedStream extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int position;

        ChoppedStream(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(bytes.length - position, random.nextInt(4) == 0 ? length : 1 + random.nextInt(100));
            System.arraycopy(bytes, position, into, offset, Math.min(n, length));
            position += Math.min(n, length);
            return Math.min(n, length);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
