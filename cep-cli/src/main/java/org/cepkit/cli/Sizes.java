package org.cepkit.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** The sizes ({@code 256MiB}) and durations ({@code 5m}) of the command line's options. */
final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(B|KiB|MiB|GiB)?");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h)");

    private Sizes() {
    }

    /** Bytes: {@code 512}, {@code 512B}, {@code 8KiB}, {@code 256MiB}, {@code 1GiB}. */
    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a size: expected a number of bytes, or a number with B, KiB, MiB or GiB (256MiB)");
        }
        long value = Long.parseLong(m.group(1));
        int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            default -> 0;
        };
        if (value > Long.MAX_VALUE >> shift) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large a size");
        }
        return value << shift;
    }

    /** A duration: {@code 500ms}, {@code 30s}, {@code 5m} (or {@code 5min}), {@code 1h}. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a duration: expected a number with ms, s, m or h (30s, 5m)");
        }
        long value = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(value);
            case "s" -> Duration.ofSeconds(value);
            case "h" -> Duration.ofHours(value);
            default -> Duration.ofMinutes(value);
        };
    }

    /** Picocli's converter of a size. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return bytes(value);
        }
    }

    /** Picocli's converter of a duration. */
    static final class Time implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return duration(value);
        }
    }
}
