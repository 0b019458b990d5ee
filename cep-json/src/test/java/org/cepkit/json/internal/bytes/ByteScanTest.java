package org.cepkit.json.internal.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The eight-bytes search finds the first newline that a byte-by-byte search finds, wherever it lies. */
class ByteScanTest {

    /** Bytes around a newline that could fool the word arithmetic: 0x0B is one more, 0x8A has the high bit set. */
    private static final byte[] BYTES = {'\n', 0x0B, 0x09, 0x00, 0x01, (byte) 0x8A, (byte) 0xFF, 'a', '\\', 'p'};

    @Test
    void findsTheFirstNewlineOfAnyRange() {
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 40),
                integers().between(0, 40), integers().between(0, 40))
                .checkAssert((indexes, a, b) -> {
                    byte[] bytes = bytes(indexes);
                    int from = Math.min(Math.min(a, b), bytes.length);
                    int to = Math.min(Math.max(a, b), bytes.length);
                    assertThat(ByteScan.indexOfNewline(bytes, from, to)).isEqualTo(naive(bytes, from, to));
                });
    }

    @Test
    void theLowestFlagAlwaysMarksAnEqualByte() {
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSize(8))
                .checkAssert(indexes -> {
                    byte[] bytes = bytes(indexes);
                    long found = ByteScan.flags((long) ByteScan.LONGS.get(bytes, 0), ByteScan.NEWLINES);
                    assertThat(found == 0 ? -1 : Long.numberOfTrailingZeros(found) >>> 3)
                            .isEqualTo(naive(bytes, 0, 8));
                });
    }

    private static byte[] bytes(List<Integer> indexes) {
        byte[] bytes = new byte[indexes.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = BYTES[indexes.get(i)];
        }
        return bytes;
    }

    private static int naive(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
