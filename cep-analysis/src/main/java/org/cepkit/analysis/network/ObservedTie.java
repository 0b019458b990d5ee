package org.cepkit.analysis.network;

import java.util.Map;
import java.util.Objects;
import org.cepkit.model.cooperation.CooperationPurpose;

/**
 * A tie that pathways show: the referrals from one operator to the other, and back, by purpose.
 *
 * @param first the smaller of the two operator ids
 * @param second the other
 * @param firstToSecond the referrals from {@code first} to {@code second}, by purpose (every purpose present)
 * @param secondToFirst the referrals back, by purpose
 */
public record ObservedTie(String first, String second, Map<CooperationPurpose, Long> firstToSecond,
        Map<CooperationPurpose, Long> secondToFirst) {

    public ObservedTie {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        firstToSecond = Map.copyOf(firstToSecond);
        secondToFirst = Map.copyOf(secondToFirst);
    }

    /** Every referral of the tie, both ways. */
    public long referrals() {
        return sum(firstToSecond) + sum(secondToFirst);
    }

    /** Whether referrals go both ways. */
    public boolean isReciprocal() {
        return sum(firstToSecond) > 0 && sum(secondToFirst) > 0;
    }

    private static long sum(Map<CooperationPurpose, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
