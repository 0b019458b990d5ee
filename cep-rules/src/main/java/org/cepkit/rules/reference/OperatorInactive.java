package org.cepkit.rules.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.internal.AbstractRule;

/**
 * {@code reference.operator-inactive}: a pathway starts within the period its registered operator declares
 * ({@code activeFrom} to {@code activeTo}, both days included, either end open when absent). A warning: the
 * operator's dates may be those of its record rather than of its activity. Silent when no registry is known or the
 * operator is not registered ({@code reference.unknown-operator} says so).
 */
public final class OperatorInactive extends AbstractRule<Pathway> {

    public static final String ID = "reference.operator-inactive";

    public OperatorInactive() {
        super(Pathway.class, List.of("/operator/id", "/startDate"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        Optional<Operator> registered = context.registry().flatMap(r -> r.find(pathway.getOperator().getId()));
        if (registered.isEmpty()) {
            return;
        }
        Optional<LocalDate> from = registered.get().getActiveFrom();
        Optional<LocalDate> to = registered.get().getActiveTo();
        LocalDate start = pathway.getStartDate();
        if (from.filter(start::isBefore).isPresent() || to.filter(start::isAfter).isPresent()) {
            String period = (from.map(LocalDate::toString).orElse("") + " – " + to.map(LocalDate::toString).orElse(""))
                    .strip();
            context.report(ID, "/startDate", Map.of("period", period));
        }
    }
}
