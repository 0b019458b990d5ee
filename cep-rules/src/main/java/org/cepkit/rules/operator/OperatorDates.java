package org.cepkit.rules.operator;

import java.util.List;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.internal.AbstractRule;

/** {@code operator.dates}: an operator's {@code activeTo} is not before its {@code activeFrom} (the same day is a day). */
public final class OperatorDates extends AbstractRule<Operator> {

    public static final String ID = "operator.dates";

    public OperatorDates() {
        super(Operator.class, List.of("/activeFrom", "/activeTo"), ID);
    }

    @Override
    public void check(Operator operator, RuleContext context) {
        if (operator.getActiveFrom().isPresent() && operator.getActiveTo().isPresent()
                && operator.getActiveTo().get().isBefore(operator.getActiveFrom().get())) {
            context.report(ID, "/activeTo");
        }
    }
}
