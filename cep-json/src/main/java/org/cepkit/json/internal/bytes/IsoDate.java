package org.cepkit.json.internal.bytes;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The wire format's dates, {@code YYYY-MM-DD}, read from their bytes: one reading for the record reader and the
 * plain-record reader, which reads them where they stand in a line, with no string made for them.
 */
public final class IsoDate {

    private IsoDate() {
    }

    /** The calendar date of {@code bytes[from, to)}, or null when it is not {@code YYYY-MM-DD} or not a day. */
    public static LocalDate parse(byte[] bytes, int from, int to) {
        if (to - from != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
            return null;
        }
        int year = digits(bytes, from, from + 4);
        int month = digits(bytes, from + 5, from + 7);
        int day = digits(bytes, from + 8, from + 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 2026-02-30
        }
    }

    private static int digits(byte[] bytes, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
