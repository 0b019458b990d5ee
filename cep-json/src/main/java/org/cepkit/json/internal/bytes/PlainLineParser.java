package org.cepkit.json.internal.bytes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cepkit.json.internal.JValue;
import org.cepkit.json.internal.Members;

/**
 * Parses the common NDJSON line straight from its bytes into a {@link JValue} tree: an object whose strings and names
 * are well-formed UTF-8 without escapes, with no number, no key given twice, within the depth and string bounds. Any
 * other line, valid or not, gives null, and the caller reads it with Jackson, which gives the same tree for every line
 * this parser accepts and the detailed message for a line that is not JSON. So this parser never decides that a line is
 * invalid, and it need not know every corner of JSON, only recognise its plainest subset exactly.
 *
 * <p>The strings a line repeats, the wire format's names and codes, are given once
 * ({@link #PlainLineParser(Collection, int, int)}) and found from the bytes: such a string costs no new string (and its
 * hash code is computed once, not once a line). Any other string is made from its bytes, with no decoding when it is
 * ASCII (ASCII is Latin-1), else decoded as UTF-8 once its bytes are known well-formed ({@link Utf8}). Measured:
 * Jackson's parser and the tree built from its tokens were a quarter of a million-pathway run's samples (JFR); with
 * this parser, 200,000 pathways took 2.84 s instead of 3.17 s (6 runs each, in turn, 2026-12-04; BENCHMARKS.md).
 * Immutable, thread-safe.
 */
public final class PlainLineParser {

    private final byte[][] knownBytes;
    private final String[] known;
    /** The tree's value of each known string: immutable, so one for every line that holds it. */
    private final JValue[] knownValues;
    private final int mask;
    private final int shift;
    private final int maxDepth;
    private final int maxStringLength;

    /**
     * @param knownStrings the strings the parser returns as these very instances when a line holds them (those that
     *     are ASCII; other strings are made as read)
     * @param maxDepth the most objects and arrays nested in one another; a deeper line gives null
     * @param maxStringLength the longest string or name; a longer one gives null
     */
    public PlainLineParser(Collection<String> knownStrings, int maxDepth, int maxStringLength) {
        int capacity = Integer.highestOneBit(Math.max(4, knownStrings.size() * 4 - 1)) << 1;
        knownBytes = new byte[capacity][];
        known = new String[capacity];
        knownValues = new JValue[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (String text : knownStrings) {
            if (!isAscii(text)) {
                continue;
            }
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            int slot = slot(sketch(bytes, 0, bytes.length));
            while (known[slot] != null && !known[slot].equals(text)) {
                slot = slot + 1 & mask;
            }
            known[slot] = text;
            knownValues[slot] = JValue.string(text);
            knownBytes[slot] = bytes;
        }
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
    }

    /**
     * The known string equal to {@code text}, the instance this parser gives for those characters; null when
     * {@code text} is not one of the known strings (or not ASCII).
     */
    public String canonical(String text) {
        int slot = slot(text);
        return slot < 0 ? null : known[slot];
    }

    /** The slot of a known string ({@link Cursor#lastKnown} for its characters), or -1 when it is not one. */
    int slot(String text) {
        if (!isAscii(text)) {
            return -1;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return known(bytes, 0, bytes.length);
    }

    /** The known string of {@code slot}, or null for a free slot. */
    String knownAt(int slot) {
        return known[slot];
    }

    /** How many slots there are: every slot is below. */
    int slots() {
        return known.length;
    }

    /** The tree of the object on {@code bytes[0, length)}, or null when the line is not of the plain kind. */
    public JValue parse(byte[] bytes, int length) {
        return new Scan(bytes, length).root();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length and the first, middle and last bytes of {@code bytes[from, to)}: enough to tell the known strings
     * apart nearly always, and read in four steps where a hash code reads every byte.
     */
    private static int sketch(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return 0;
        }
        return length ^ bytes[from] << 8 ^ bytes[from + (length >>> 1)] << 16 ^ bytes[to - 1] << 24;
    }

    /** A slot from a sketch: the top bits of its product by the golden ratio's (Fibonacci hashing). */
    private int slot(int sketch) {
        return (sketch * 0x9E3779B9) >>> shift;
    }

    /**
     * The slot of the known string of {@code bytes[from, to)}, or -1. The bytes are compared in a loop of this
     * method: with {@code Arrays.equals}, which the launcher's inlining bound leaves a call to its range checks and to
     * {@code ArraysSupport.mismatch}, the look-up was 30 % of the parser's samples ({@code perf}, BENCHMARKS.md).
     */
    private int known(byte[] bytes, int from, int to) {
        int length = to - from;
        for (int slot = slot(sketch(bytes, from, to)); ; slot = slot + 1 & mask) {
            byte[] candidate = knownBytes[slot];
            if (candidate == null) {
                return -1;
            }
            if (candidate.length == length && same(candidate, bytes, from)) {
                return slot;
            }
        }
    }

    /** Whether {@code candidate} is found at {@code bytes[from…]}, which holds at least as many bytes. */
    private static boolean same(byte[] candidate, byte[] bytes, int from) {
        for (int i = 0; i < candidate.length; i++) {
            if (candidate[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The reading of one line into a tree; every method gives null for a line not plain. */
    private final class Scan extends Cursor {

        Scan(byte[] bytes, int end) {
            super(PlainLineParser.this, bytes, end);
        }

        JValue root() {
            skipSpace();
            if (pos == end || bytes[pos] != '{') {
                return null;
            }
            JValue value = object();
            if (value == null) {
                return null;
            }
            skipSpace();
            return pos == end ? value : null;
        }

        /** The value that starts at {@code pos}, a non-space byte or the end. */
        private JValue value() {
            if (pos == end) {
                return null;
            }
            switch (bytes[pos]) {
                case '"': {
                    String text = string();
                    return text == null ? null : lastKnown >= 0 ? knownValues[lastKnown] : JValue.string(text);
                }
                case '{':
                    return object();
                case '[':
                    return array();
                case 't':
                    return literal("true") ? JValue.TRUE : null;
                case 'f':
                    return literal("false") ? JValue.FALSE : null;
                case 'n':
                    return literal("null") ? JValue.NULL : null;
                default:
                    return null; // a number, or not JSON: Jackson's
            }
        }

        private JValue object() {
            if (!enter()) {
                return null;
            }
            Members members = new Members();
            if (closes('}')) {
                return JValue.object(members);
            }
            while (true) {
                if (pos == end || bytes[pos] != '"') {
                    return null;
                }
                String name = string();
                if (name == null) {
                    return null;
                }
                boolean canonical = lastKnown >= 0;
                skipSpace();
                if (pos == end || bytes[pos] != ':') {
                    return null;
                }
                pos++;
                skipSpace();
                JValue value = value();
                // a key given twice: Jackson's reading notes where
                if (value == null || (canonical ? members.putCanonical(name, value) : members.put(name, value))) {
                    return null;
                }
                skipSpace();
                if (closes('}')) {
                    return JValue.object(members);
                }
                if (!comma()) {
                    return null;
                }
            }
        }

        private JValue array() {
            if (!enter()) {
                return null;
            }
            List<JValue> items = new ArrayList<>();
            if (closes(']')) {
                return JValue.array(items);
            }
            while (true) {
                JValue value = value();
                if (value == null) {
                    return null;
                }
                items.add(value);
                skipSpace();
                if (closes(']')) {
                    return JValue.array(items);
                }
                if (!comma()) {
                    return null;
                }
            }
        }

    }

    /**
     * A position in a line that moves forward, and what reading the plainest JSON needs: the parts that both readers
     * of a plain line share, this parser's tree ({@link Scan}) and {@link PlainRecordReader}'s records.
     */
    static class Cursor {
        private final PlainLineParser parser;
        final byte[] bytes;
        final int end;
        int pos;
        int depth;
        /**
         * The slot of the last string read when it was a known one, else -1: that instance is the only string of its
         * characters that this parser gives, so a key given twice is found by identity ({@link Members#putCanonical}).
         */
        int lastKnown;
        /** Where the bytes of the last string read start and end, and whether they are all ASCII. */
        int from;
        int to;
        boolean ascii;

        Cursor(PlainLineParser parser, byte[] bytes, int end) {
            this.parser = parser;
            this.bytes = bytes;
            this.end = end;
        }

        /** Past the opening byte of an object or array and the spaces after it; false when that is too deep. */
        boolean enter() {
            if (++depth > parser.maxDepth) {
                return false;
            }
            pos++;
            skipSpace();
            return true;
        }

        /** Whether the byte at {@code pos} is {@code close}, which ends the object or array: then past it. */
        boolean closes(char close) {
            if (pos < end && bytes[pos] == close) {
                pos++;
                depth--;
                return true;
            }
            return false;
        }

        /** Whether the byte at {@code pos} is a comma: then past it and the spaces after it. */
        boolean comma() {
            if (pos < end && bytes[pos] == ',') {
                pos++;
                skipSpace();
                return true;
            }
            return false;
        }

        /**
         * The string or name whose opening quote is at {@code pos}, of well-formed UTF-8 other than controls with
         * no escape: the known string when it is one.
         */
        String string() {
            return quoted() ? text() : null;
        }

        /**
         * Past the string or name whose opening quote is at {@code pos}, of well-formed UTF-8 other than controls
         * with no escape, noting where its bytes are, whether they are ASCII, and whether it is a known string; false
         * for any other string. The bound is on bytes, which are never fewer than characters: a string within it in
         * characters but not in bytes is left to Jackson.
         */
        boolean quoted() {
            from = pos + 1;
            to = closingQuote(from);
            if (to < 0 || to - from > parser.maxStringLength) {
                return false;
            }
            pos = to + 1;
            lastKnown = parser.known(bytes, from, to);
            return true;
        }

        /** The last string {@link #quoted}: the known string's instance when it is one. */
        String text() {
            if (lastKnown >= 0) {
                return parser.known[lastKnown];
            }
            return new String(bytes, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }

        /** How many code points {@code text}, the last string {@link #quoted}, has: its length when it is ASCII. */
        int codePoints(String text) {
            return ascii ? text.length() : text.codePointCount(0, text.length());
        }

        /**
         * The index of the quote that closes a string starting at {@code from}, or -1 when a byte before it is a
         * backslash, a control or a byte of a malformed UTF-8 sequence, or there is none; notes whether every byte
         * before it is ASCII.
         */
        private int closingQuote(int from) {
            ascii = true;
            for (int i = from; i < end; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    return i;
                }
                if (b < 0x20 || b == '\\') { // a control, an escape, or (negative) a byte beyond ASCII
                    return b < 0 ? closingQuoteBeyondAscii(i) : -1;
                }
            }
            return -1;
        }

        /**
         * As {@link #closingQuote}, from {@code at}, the first byte of a character beyond ASCII. Apart, so that the
         * loop over ASCII, every string of a pathway, stays as small as it was (the launcher bounds inlining by the
         * size of a method): reading pathway lines on one thread is as fast as before (BENCHMARKS.md).
         */
        private int closingQuoteBeyondAscii(int at) {
            ascii = false;
            for (int i = at; i < end; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    return i;
                }
                if (b < 0) {
                    int length = Utf8.sequenceLength(bytes, i, end);
                    if (length < 0) {
                        return -1;
                    }
                    i += length - 1;
                } else if (b < 0x20 || b == '\\') { // a control or an escape
                    return -1;
                }
            }
            return -1;
        }

        boolean literal(String word) {
            int length = word.length();
            if (end - pos < length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (bytes[pos + i] != word.charAt(i)) {
                    return false;
                }
            }
            pos += length;
            // "truex" or "true1": what follows is not a comma or a closing byte, which the caller then refuses
            return true;
        }

        void skipSpace() {
            while (pos < end) {
                byte b = bytes[pos];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return;
                }
                pos++;
            }
        }
    }
}
