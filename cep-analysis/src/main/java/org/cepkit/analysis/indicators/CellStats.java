package org.cepkit.analysis.indicators;

import java.util.List;

/** What one cell has counted so far: the additive counts, the distinct beneficiaries and the durations. */
final class CellStats {

    /** The additive measures, in the order of {@link #counts}. */
    static final List<Measure> ADDITIVE = List.of(Measure.PATHWAYS, Measure.REACHED_LEVEL_2, Measure.REMOTE,
            Measure.REFERRALS_REMOVE_BARRIERS, Measure.REFERRALS_BUILD_PROJECT, Measure.REFERRALS_IMPLEMENT_PROJECT);

    final long[] counts = new long[ADDITIVE.size()];
    final DistinctCounter beneficiaries = new DistinctCounter();
    final Durations durations = new Durations();

    void merge(CellStats other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        beneficiaries.merge(other.beneficiaries);
        durations.merge(other.durations);
    }

    static int indexOf(Measure measure) {
        return ADDITIVE.indexOf(measure);
    }
}
