package org.cepkit.rules.operator;

import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.RuleContext;

/**
 * {@code operator.family-period}: the Opacif/Fongecif delivered the CEP until the end of 2019, and the regional
 * operators selected by France compétences from 1 January 2020 (Céreq Bref n° 383). Checked on a pathway's
 * start date and on an operator's {@code activeFrom}. {@link ForPathway} and {@link ForOperator} share it.
 */
public final class OperatorFamilyPeriod {

    public static final String ID = "operator.family-period";

    private OperatorFamilyPeriod() {
    }

    static void check(OperatorFamily family, LocalDate date, String path, RuleContext context) {
        if (!family.isActiveOn(date)) {
            String period = family.activeFrom().map(from -> from + " –").orElse("")
                    + family.activeUntil().map(until -> "– " + until).orElse("");
            context.report(ID, path, Map.of("family", family.code(), "period", period));
        }
    }

    /** The pathway's start date against its operator's family. */
    public static final class ForPathway extends AbstractRule<Pathway> {
        public ForPathway() {
            super(Pathway.class, List.of("/operator/family", "/startDate"), ID);
        }

        @Override
        public void check(Pathway pathway, RuleContext context) {
            OperatorFamilyPeriod.check(pathway.getOperator().getFamily(), pathway.getStartDate(), "/operator/family",
                    context);
        }
    }

    /** The operator's {@code activeFrom} against its family. */
    public static final class ForOperator extends AbstractRule<Operator> {
        public ForOperator() {
            super(Operator.class, List.of("/family", "/activeFrom"), ID);
        }

        @Override
        public void check(Operator operator, RuleContext context) {
            Optional<LocalDate> from = operator.getActiveFrom();
            from.ifPresent(date -> OperatorFamilyPeriod.check(operator.getFamily(), date, "/activeFrom", context));
        }
    }
}
