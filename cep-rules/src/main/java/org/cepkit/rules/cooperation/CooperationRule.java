package org.cepkit.rules.cooperation;

import java.util.List;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.rules.Rule;

/** A rule of fixed catalogue ids that checks cooperations. */
abstract class CooperationRule implements Rule<Cooperation> {

    private final List<String> ids;

    CooperationRule(String... ids) {
        this.ids = List.of(ids);
    }

    @Override
    public final Class<Cooperation> recordType() {
        return Cooperation.class;
    }

    @Override
    public final List<String> ruleIds() {
        return ids;
    }
}
