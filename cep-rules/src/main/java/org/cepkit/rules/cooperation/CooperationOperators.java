package org.cepkit.rules.cooperation;

import java.util.List;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.rules.RuleContext;

/**
 * {@code cooperation.operators}: a cooperation brings together at least two distinct CEP operators; the same
 * operator listed twice counts once.
 */
public final class CooperationOperators extends CooperationRule {

    public static final String ID = "cooperation.operators";

    public CooperationOperators() {
        super(List.of("/operators/*/id"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        long distinct = cooperation.getOperators().stream().map(ref -> ref.getId()).distinct().count();
        if (distinct < 2) {
            context.report(ID, "/operators");
        }
    }
}
