package org.cepkit.rules.cooperation;

import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.rules.AbstractRule;

/** A rule of fixed catalogue ids that checks cooperations. */
abstract class CooperationRule extends AbstractRule<Cooperation> {

    CooperationRule(String... ids) {
        super(Cooperation.class, ids);
    }
}
