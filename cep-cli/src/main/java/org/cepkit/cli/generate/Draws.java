package org.cepkit.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random draws from a {@link SplittableRandom}: the only source of randomness of the generator. */
final class Draws {

    private Draws() {
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T one(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of {@code values}, each with the weight of the same index. */
    static <T> T weighted(SplittableRandom random, List<T> values, double... weights) {
        if (values.size() != weights.length) {
            throw new IllegalArgumentException(values.size() + " values but " + weights.length + " weights");
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** A day between {@code from} and {@code to}, both included; {@code from} when {@code to} is before it. */
    static LocalDate date(SplittableRandom random, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
    }

    /** An integer between {@code min} and {@code max} included, most often near the middle (the mean of two draws). */
    static int peaked(SplittableRandom random, int min, int max) {
        double u = (random.nextDouble() + random.nextDouble()) / 2;
        return Math.min(max, min + (int) (u * (max - min + 1)));
    }

    /** {@code count} distinct elements of {@code values} (all of them when there are fewer), in drawn order. */
    static <T> List<T> distinct(SplittableRandom random, List<T> values, int count) {
        List<T> pool = new ArrayList<>(values);
        List<T> drawn = new ArrayList<>();
        while (drawn.size() < count && !pool.isEmpty()) {
            drawn.add(pool.remove(random.nextInt(pool.size())));
        }
        return drawn;
    }
}
