package org.cepkit.analysis.indicators;

import org.cepkit.model.cooperation.CooperationPurpose;

/**
 * The measures of each cell. The counts are additive: a margin total is the sum of the cells it totals, and
 * disclosure control protects each of them. {@link #BENEFICIARIES} (distinct people) and {@link #MEDIAN_DAYS}
 * are not, and are suppressed wherever {@link #PATHWAYS} is.
 */
public enum Measure {
    /** The pathways counted in the cell. */
    PATHWAYS("pathways", true),
    /**
     * The distinct beneficiary ids, estimated in bounded memory (exact up to 512 ids; see {@link Indicators}), and
     * never more than the pathways.
     */
    BENEFICIARIES("beneficiaries", false),
    /** The pathways with a service of level 2 or above (<i>conseil</i> or <i>accompagnement personnalisé</i>). */
    REACHED_LEVEL_2("reachedLevel2", true),
    /** The pathways with at least one remote service. */
    REMOTE("remote", true),
    /** The median of the days from start date to end date of the ended pathways. */
    MEDIAN_DAYS("medianDays", false),
    /** The referrals made to remove peripheral barriers (<i>freins périphériques</i>). */
    REFERRALS_REMOVE_BARRIERS("referrals.REMOVE_BARRIERS", true),
    /** The referrals made to build the professional project. */
    REFERRALS_BUILD_PROJECT("referrals.BUILD_PROJECT", true),
    /** The referrals made to carry the project out. */
    REFERRALS_IMPLEMENT_PROJECT("referrals.IMPLEMENT_PROJECT", true);

    private final String key;
    private final boolean additive;

    Measure(String key, boolean additive) {
        this.key = key;
        this.additive = additive;
    }

    /** The column name in the outputs: {@code "reachedLevel2"}, {@code "referrals.BUILD_PROJECT"}. */
    public String key() {
        return key;
    }

    /** Whether a margin total of this measure is the sum of its cells. */
    public boolean isAdditive() {
        return additive;
    }

    /** The referral count of that purpose. */
    public static Measure referrals(CooperationPurpose purpose) {
        return switch (purpose) {
            case REMOVE_BARRIERS -> REFERRALS_REMOVE_BARRIERS;
            case BUILD_PROJECT -> REFERRALS_BUILD_PROJECT;
            case IMPLEMENT_PROJECT -> REFERRALS_IMPLEMENT_PROJECT;
        };
    }
}
