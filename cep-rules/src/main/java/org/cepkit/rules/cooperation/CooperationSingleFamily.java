package org.cepkit.rules.cooperation;

import java.util.List;
import java.util.Map;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.rules.RuleContext;

/**
 * {@code cooperation.single-family}: the cooperations of the Céreq study are between CEP operators of different
 * networks; agencies of one network working together are that network's organisation, not a cooperation between
 * CEP operators. Silent for a cooperation of fewer than two distinct operators ({@code cooperation.operators} says
 * so).
 */
public final class CooperationSingleFamily extends CooperationRule {

    public static final String ID = "cooperation.single-family";

    public CooperationSingleFamily() {
        super(List.of("/operators/*/id", "/operators/*/family"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        List<OperatorRef> operators = cooperation.getOperators();
        if (operators.stream().map(OperatorRef::getId).distinct().count() < 2) {
            return;
        }
        OperatorFamily first = operators.get(0).getFamily();
        if (operators.stream().allMatch(ref -> ref.getFamily() == first)) {
            context.report(ID, "/operators", Map.of("family", first.code()));
        }
    }
}
