package org.cepkit.analysis.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PriorProximity;
import org.cepkit.model.cooperation.RegionalEngagement;

/**
 * What one cooperation's records show, set beside the Céreq configuration it declares (Bref n° 383, 2019): its
 * context and the structure of the ties it declares, read as signals of each of the three configurations. Evidence,
 * never a verdict: the study describes six territories, and a configuration is the way actors take up a local
 * situation, which no count settles.
 *
 * <h2>The signals</h2>
 * <table>
 * <caption>Signals of each configuration</caption>
 * <tr><th>configuration</th><th>signal</th><th>observed when</th></tr>
 * <tr><td rowspan="3">{@code REGION_LED_LOCAL_SERVICE}</td><td>{@code spro-animator}</td><td>the animator is a Cité
 *     des métiers or the Région</td></tr>
 * <tr><td>{@code strong-regional-engagement}</td><td>the regional engagement is {@code STRONG}</td></tr>
 * <tr><td>{@code star}</td><td>the declared ties form a star: Freeman degree centralisation of at least 0.6
 *     (unknown under three operators)</td></tr>
 * <tr><td rowspan="4">{@code LOCAL_COMMON_CAUSE}</td><td>{@code federating-issue}</td><td>a federating issue is
 *     given</td></tr>
 * <tr><td>{@code long-standing-proximity}</td><td>the prior proximity is {@code LONG_STANDING}</td></tr>
 * <tr><td>{@code dense-ties}</td><td>the density of the declared ties is at least 0.6</td></tr>
 * <tr><td>{@code ties-predate-cooperation}</td><td>at least half the relations that say since when began before
 *     the cooperation (unknown when none says)</td></tr>
 * <tr><td rowspan="4">{@code REGION_WITHDRAWN}</td><td>{@code no-spro-animator}</td><td>no Cité des métiers or
 *     Région animates it</td></tr>
 * <tr><td>{@code weak-regional-engagement}</td><td>the regional engagement is {@code WEAK}</td></tr>
 * <tr><td>{@code bilateral-ties}</td><td>there are ties, and no operator has more than one (pairs, no
 *     hub)</td></tr>
 * <tr><td>{@code informal-ties}</td><td>fewer than half the declared ties are formal (a contractual partnership or
 *     a coordination body)</td></tr>
 * </table>
 * A context field the record does not give makes its signal unknown (empty), not false.
 *
 * @param cooperation the cooperation's id
 * @param declared the configuration it declares
 * @param context its context as the record gives it; empty when the record gives none
 * @param structure the structure of the ties it declares among its operators
 * @param signals every signal of the three configurations, in the order of the table above
 */
public record ConfigurationEvidence(String cooperation, Configuration declared, Optional<Context> context,
        Structure structure, List<Signal> signals) {

    public ConfigurationEvidence {
        Objects.requireNonNull(cooperation, "cooperation");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(structure, "structure");
        signals = List.copyOf(signals);
    }

    /** The Région's engagement, from the context; empty when the record does not give it. */
    public Optional<RegionalEngagement> regionalEngagement() {
        return context.flatMap(Context::getRegionalEngagement);
    }

    /** The actors' prior proximity, from the context; empty when the record does not give it. */
    public Optional<PriorProximity> priorProximity() {
        return context.flatMap(Context::getPriorProximity);
    }

    /** The federating local issue, from the context; empty when the record does not give one. */
    public Optional<String> federatingIssue() {
        return context.flatMap(Context::getFederatingIssue);
    }

    /** Who animates the cooperation, from the context; empty when the record does not say. */
    public Optional<Partner> animator() {
        return context.flatMap(Context::getAnimator);
    }

    /**
     * The structure of a cooperation's declared ties.
     *
     * @param operators its distinct operators
     * @param ties the pairs of them that a relation joins
     * @param density ties over the pairs there could be
     * @param degreeCentralization Freeman's, from 0 (every operator alike) to 1 (a star); empty under three operators
     * @param maxDegree the most ties one operator has
     * @param formalisation the share of ties that are formal; empty without ties
     * @param tiesPredatingCooperation the share of relations with a {@code since} before the cooperation's start,
     *     among those with a {@code since}; empty when none has one
     * @param tiesObserved the share of ties that pathways' referrals show, one way or the other; empty without ties
     */
    public record Structure(int operators, int ties, OptionalDouble density, OptionalDouble degreeCentralization,
            int maxDegree, OptionalDouble formalisation, OptionalDouble tiesPredatingCooperation,
            OptionalDouble tiesObserved) {
    }

    /**
     * One signal of a configuration.
     *
     * @param configuration the configuration it speaks for
     * @param name its name, as in the table of {@link ConfigurationEvidence}
     * @param observed whether the records show it; empty when they cannot tell
     */
    public record Signal(Configuration configuration, String name, Optional<Boolean> observed) {
    }

    /** The signals of one configuration. */
    public List<Signal> signalsOf(Configuration configuration) {
        return signals.stream().filter(signal -> signal.configuration() == configuration).toList();
    }

    /**
     * The share of a configuration's signals that the records show, among those they can tell; empty when they can
     * tell none (and for {@link Configuration#OTHER}, which has none).
     */
    public OptionalDouble support(Configuration configuration) {
        List<Signal> known = signalsOf(configuration).stream().filter(s -> s.observed().isPresent()).toList();
        if (known.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(known.stream().filter(s -> s.observed().get()).count() / (double) known.size());
    }
}
