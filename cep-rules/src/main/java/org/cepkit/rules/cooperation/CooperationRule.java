package org.cepkit.rules.cooperation;

import java.util.List;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.rules.internal.AbstractRule;

/** A rule of fixed catalogue ids that checks cooperations. */
abstract class CooperationRule extends AbstractRule<Cooperation> {

    CooperationRule(List<String> inputs, String... ids) {
        super(Cooperation.class, inputs, ids);
    }
}
