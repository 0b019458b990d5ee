package org.cepkit.analysis.indicators;

import java.util.Arrays;

/**
 * The durations in days of a cell's ended pathways, for an exact median in bounded memory: the values themselves
 * up to {@value #SAMPLE_LIMIT}, then a count per day (a pathway of the CEP, which began in 2015, lasts a few
 * thousand days at most, so the array stays a few KiB).
 */
final class Durations {

    private static final int SAMPLE_LIMIT = 256;

    private int[] sample = new int[4];
    private int sampleSize;
    private int[] histogram;
    private long count;

    void add(long days) {
        add((int) Math.max(0, Math.min(days, Integer.MAX_VALUE - 1)), 1);
    }

    void merge(Durations other) {
        if (other.histogram == null) {
            for (int i = 0; i < other.sampleSize; i++) {
                add(other.sample[i], 1);
            }
            return;
        }
        for (int day = 0; day < other.histogram.length; day++) {
            if (other.histogram[day] != 0) {
                add(day, other.histogram[day]);
            }
        }
    }

    private void add(int day, int times) {
        count += times;
        if (histogram == null && sampleSize + times <= SAMPLE_LIMIT) {
            if (sampleSize + times > sample.length) {
                sample = Arrays.copyOf(sample, Math.max(sampleSize + times, sample.length * 2));
            }
            Arrays.fill(sample, sampleSize, sampleSize + times, day);
            sampleSize += times;
            return;
        }
        if (histogram == null) {
            histogram = new int[64];
            for (int i = 0; i < sampleSize; i++) {
                addToHistogram(sample[i], 1);
            }
            sample = null;
            sampleSize = 0;
        }
        addToHistogram(day, times);
    }

    long count() {
        return count;
    }

    /** The median, the mean of the two middle values for an even count; NaN when there is no value. */
    double median() {
        if (count == 0) {
            return Double.NaN;
        }
        long lower = (count - 1) / 2;
        long upper = count / 2;
        return (valueAt(lower) + valueAt(upper)) / 2.0;
    }

    private long valueAt(long rank) {
        if (histogram == null) {
            int[] sorted = Arrays.copyOf(sample, sampleSize);
            Arrays.sort(sorted);
            return sorted[(int) rank];
        }
        long seen = 0;
        for (int day = 0; day < histogram.length; day++) {
            seen += histogram[day];
            if (seen > rank) {
                return day;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + count + " durations");
    }

    private void addToHistogram(int day, int times) {
        if (day >= histogram.length) {
            histogram = Arrays.copyOf(histogram, Math.max(day + 1, histogram.length * 2));
        }
        histogram[day] += times;
    }
}
