package org.cepkit.json.internal.bytes;

/**
 * Well-formed UTF-8, as the Unicode Standard defines it (chapter 3, table 3-7): no overlong form, no surrogate, no
 * code point beyond U+10FFFF. Java's UTF-8 decoder accepts exactly these sequences, and decodes them with no
 * replacement; Jackson reads every one of them to the same characters.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The length, 2 to 4, of the well-formed sequence of a character beyond ASCII that starts at {@code bytes[at]}
     * and ends before {@code end}; -1 when the bytes there are not one.
     */
    static int sequenceLength(byte[] bytes, int at, int end) {
        int lead = bytes[at] & 0xFF;
        int length;
        int low = 0x80; // the bounds of the second byte, which the lead byte narrows
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                low = 0xA0; // below, an overlong form
            } else if (lead == 0xED) {
                high = 0x9F; // above, a surrogate
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                low = 0x90; // below, an overlong form
            } else if (lead == 0xF4) {
                high = 0x8F; // above, beyond U+10FFFF
            }
        } else {
            return -1; // a continuation byte, an overlong lead (C0, C1), or a lead beyond U+10FFFF
        }
        if (end - at < length) {
            return -1;
        }
        int second = bytes[at + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int i = at + 2; i < at + length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }
}
