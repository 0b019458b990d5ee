package org.cepkit.rules.internal;

import java.time.LocalDate;
import org.cepkit.model.pathway.Sex;

/**
 * The first birth date and sex seen for each beneficiary id, for {@code dataset.beneficiary-inconsistent}, in one
 * {@code long} an id: 52 bits of a 64-bit hash of the id's characters, the sex (2 bits) and 10 bits of a hash of the
 * birth date, in an open-addressing table ({@link TableSizes}). A million beneficiaries take 12.1 MB (20.2 MB while
 * the table grows), where the ids themselves would take 15 MB more: a million pathways validate within
 * {@code -Xmx64m} beside the id set of {@code dataset.duplicate-id} (see BENCHMARKS.md).
 *
 * <p>What the compactness costs, and why it is acceptable for a WARNING: two ids share their 52 bits with a
 * probability of about n²/2<sup>53</sup> (one in 9,000 for a million distinct ids), and a differing birth date goes
 * unnoticed one time in 1,024. A differing sex is always noticed. Not thread-safe.
 */
final class BeneficiaryFingerprints {

    /** What {@link #putIfAbsent} says of a first sighting. */
    static final long FIRST = 0;

    private static final int SEX_SHIFT = 10;
    private static final long DATE_MASK = (1L << SEX_SHIFT) - 1;
    private static final long SEX_MASK = 3L << SEX_SHIFT;
    private static final int ID_SHIFT = 12;

    private long[] slots = new long[TableSizes.INITIAL];
    private int size;

    /**
     * Records the beneficiary when its id is new and returns {@link #FIRST}; otherwise returns the fingerprint it was
     * first recorded with, unchanged. Compare with {@link #sameBirthDate} and {@link #sameSex}.
     */
    long putIfAbsent(String id, LocalDate birthDate, Sex sex) {
        return putIfAbsent(entry(id, birthDate, sex));
    }

    /** As {@link #putIfAbsent(String, LocalDate, Sex)}, for the {@link #entry} of a beneficiary. */
    long putIfAbsent(long entry) {
        long key = entry >>> ID_SHIFT;
        int capacity = slots.length;
        int i = TableSizes.slot((int) key, capacity);
        for (long found = slots[i]; found != 0; found = slots[i]) {
            if (found >>> ID_SHIFT == key) {
                return found;
            }
            i = TableSizes.next(i, capacity);
        }
        slots[i] = entry;
        if (TableSizes.full(++size, capacity)) {
            grow();
        }
        return FIRST;
    }

    int size() {
        return size;
    }

    /** Whether {@code first}, as {@link #putIfAbsent} returned it, has this birth date (up to its 10-bit hash). */
    static boolean sameBirthDate(long first, LocalDate birthDate) {
        return (first & DATE_MASK) == dateBits(birthDate);
    }

    /** Whether {@code first}, as {@link #putIfAbsent} returned it, has this sex. */
    static boolean sameSex(long first, Sex sex) {
        return (first & SEX_MASK) >>> SEX_SHIFT == sex.ordinal();
    }

    /**
     * Whether {@code first}, as {@link #putIfAbsent} returned it, has the birth date of {@code entry} (up to its
     * 10-bit hash).
     */
    static boolean sameBirthDate(long first, long entry) {
        return (first & DATE_MASK) == (entry & DATE_MASK);
    }

    /** Whether {@code first}, as {@link #putIfAbsent} returned it, has the sex of {@code entry}. */
    static boolean sameSex(long first, long entry) {
        return (first & SEX_MASK) == (entry & SEX_MASK);
    }

    /** What the table keeps of a beneficiary: never {@link #FIRST}. A pure function, for any thread. */
    static long entry(String id, LocalDate birthDate, Sex sex) {
        long key = hash(id) >>> ID_SHIFT;
        if (key == 0) { // 0 marks a free slot
            key = 1;
        }
        return key << ID_SHIFT | (long) sex.ordinal() << SEX_SHIFT | dateBits(birthDate);
    }

    private static long dateBits(LocalDate birthDate) {
        return mix(birthDate.toEpochDay()) & DATE_MASK;
    }

    /**
     * FNV-1a over the characters, then a 64-bit finaliser so that every bit depends on every character. Over the
     * characters rather than the UTF-8 bytes that the id set stores: no copy of the id a record, on the thread
     * that finishes records in order (the fingerprints were 13 % of its samples on a million pathways, JFR).
     */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3 (fmix64). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    private void grow() {
        long[] old = slots;
        int capacity = TableSizes.grown(old.length);
        slots = new long[capacity];
        for (long entry : old) {
            if (entry != 0) {
                int i = TableSizes.slot((int) (entry >>> ID_SHIFT), capacity);
                while (slots[i] != 0) {
                    i = TableSizes.next(i, capacity);
                }
                slots[i] = entry;
            }
        }
    }
}
