package org.cepkit.json.internal.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Utf8} accepts a sequence exactly when Java's strict UTF-8 decoder decodes it as one character. */
class Utf8Test {

    private static final CharsetDecoder STRICT = StandardCharsets.UTF_8.newDecoder();
    /** Bytes for the third and fourth places: the bounds of a continuation byte and their neighbours. */
    private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};

    @Test
    void everyLeadAndSecondByteAndTheEdgesOfTheOthers() {
        int checked = 0;
        int wellFormed = 0;
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third : EDGES) {
                    for (int fourth : EDGES) {
                        byte[] bytes = {(byte) lead, (byte) second, (byte) third, (byte) fourth};
                        for (int end = 1; end <= 4; end++) {
                            int length = Utf8.sequenceLength(bytes, 0, end);
                            assertThat(length).as("%02X %02X %02X %02X, %d bytes", lead, second, third, fourth, end)
                                    .isEqualTo(javaLength(bytes, end));
                            checked++;
                            wellFormed += length > 0 ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(128 * 256 * EDGES.length * EDGES.length * 4);
        assertThat(wellFormed).isPositive();
    }

    @Test
    void everyThreeByteSequence() {
        for (int lead = 0xE0; lead <= 0xEF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third = 0; third <= 0xFF; third++) {
                    byte[] bytes = {(byte) lead, (byte) second, (byte) third};
                    assertThat(Utf8.sequenceLength(bytes, 0, 3)).as("%02X %02X %02X", lead, second, third)
                            .isEqualTo(javaLength(bytes, 3));
                }
            }
        }
    }

    @Test
    void aSequenceIsJudgedWhereItStands() {
        byte[] bytes = {'x', (byte) 0xC3, (byte) 0xA9, 'y'};
        assertThat(Utf8.sequenceLength(bytes, 1, 4)).isEqualTo(2);
        assertThat(Utf8.sequenceLength(bytes, 1, 2)).isEqualTo(-1);
        assertThat(Utf8.sequenceLength(bytes, 2, 4)).isEqualTo(-1);
    }

    /**
     * The length of the character that Java's strict decoder reads first from {@code bytes[0, end)} when it is
     * beyond ASCII and whole, else -1.
     */
    private static int javaLength(byte[] bytes, int end) {
        for (int length = 2; length <= Math.min(4, end); length++) {
            try {
                String text = STRICT.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
                if (text.codePointCount(0, text.length()) == 1 && text.codePointAt(0) >= 0x80) {
                    return length;
                }
            } catch (CharacterCodingException e) {
                // not this length
            }
        }
        return -1;
    }
}
