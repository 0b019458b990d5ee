package org.cepkit.analysis.network;

import java.util.Objects;
import java.util.stream.Stream;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.territory.Referential;

/**
 * The cooperation networks of CEP operators, territory by territory (the subject of the Céreq's Bref n° 383,
 * "Coopérer pour mieux orienter", 2019): for each territory a cooperation names, and each département and région
 * where operators have sites, who is present, the ties cooperations declare, the ties referrals show, and what
 * their structure says. Immutable and thread-safe; each {@link #survey()} gathers one set of records.
 *
 * <pre>{@code
 * CooperationNetworks networks = CooperationNetworks.builder().referential(profile.referential()).build();
 * NetworkSurvey survey = networks.survey();
 * for (RecordResult result : results) {
 *     if (result.isValid()) survey.add(result.record().orElseThrow());
 *     else survey.leaveOut(Exclusion.INVALID);
 * }
 * NetworkReport report = survey.report();
 * }</pre>
 *
 * Memory grows with the operators, the cooperations and the pairs of operators with a referral between them, never
 * with the pathways, which bring only their referral counts. Presence follows {@code TerritoryArea}'s rule: a site
 * in the territory through the referential, or coverage of one of its régions (see the project's docs).
 */
public final class CooperationNetworks {

    private final Referential referential;

    private CooperationNetworks(Referential referential) {
        this.referential = referential;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Referential referential() {
        return referential;
    }

    /** A new, empty survey to feed. */
    public NetworkSurvey survey() {
        return new NetworkSurvey(referential);
    }

    /** The networks of a stream of records, all of which the caller takes as free of ERROR. */
    public NetworkReport analyse(Stream<? extends CepRecord> records) {
        NetworkSurvey survey = survey();
        records.forEach(survey::add);
        return survey.report();
    }

    /** Builds {@link CooperationNetworks}; by default on the embedded COG. */
    public static final class Builder {
        private Referential referential;

        private Builder() {
        }

        /** The referential that places sites and territories. */
        public Builder referential(Referential value) {
            this.referential = Objects.requireNonNull(value, "referential");
            return this;
        }

        public CooperationNetworks build() {
            return new CooperationNetworks(referential == null ? Referential.embedded() : referential);
        }
    }
}
