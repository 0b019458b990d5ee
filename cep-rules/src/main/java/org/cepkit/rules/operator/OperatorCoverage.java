package org.cepkit.rules.operator;

import java.util.List;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.RuleContext;

/** {@code operator.coverage}: a regional operator lists the régions of its France compétences contract. */
public final class OperatorCoverage extends AbstractRule<Operator> {

    public static final String ID = "operator.coverage";

    public OperatorCoverage() {
        super(Operator.class, List.of("/family", "/coverage"), ID);
    }

    @Override
    public void check(Operator operator, RuleContext context) {
        if (operator.getFamily() == OperatorFamily.REGIONAL_OPERATOR && operator.getCoverage().isEmpty()) {
            context.report(ID, "/coverage");
        }
    }
}
