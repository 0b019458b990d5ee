package org.cepkit.model.cooperation;

import jakarta.validation.Valid;
import java.util.Optional;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.wire.WireObject;
import org.cepkit.model.wire.WireProperty;
import org.immutables.value.Value;

/**
 * The dimensions the Céreq study uses to characterise a local configuration: the Region's engagement, the
 * actors' prior proximity, a federating local issue, and who animates the cooperation.
 */
@WireObject(description = "The dimensions the Céreq study uses to characterise a local configuration: the Region's "
        + "engagement, the actors' prior proximity, a federating local issue, and who animates the cooperation.")
@Value.Immutable
public abstract class Context {
    /** Built by its generated builder, {@code ImmutableContext}. */
    Context() {
    }

    @WireProperty(order = 1)
    public abstract Optional<RegionalEngagement> getRegionalEngagement();

    @WireProperty(order = 2)
    public abstract Optional<PriorProximity> getPriorProximity();

    @WireProperty(order = 3, description = "The problématique locale fédératrice, e.g. seasonal workers in a "
            + "mountain territory.")
    public abstract Optional<@TextLength(min = 1, max = 200) String> getFederatingIssue();

    @WireProperty(order = 4)
    public abstract Optional<@Valid Partner> getAnimator();

    public static ImmutableContext.Builder builder() {
        return ImmutableContext.builder();
    }
}
