package org.cepkit.rules.operator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.internal.AbstractRule;

/**
 * {@code operator.family-period}: the Opacif/Fongecif delivered the CEP until the end of 2019, and the regional
 * operators selected by France compétences from 1 January 2020 (Céreq Bref n° 383); the regional operators a Région
 * designated under the law of 2014 from 1 January 2015, when the first cahier des charges came into force, to the
 * end of 2019. Checked on a pathway's start date, on an operator's {@code activeFrom} and {@code activeTo}, and on
 * a cooperation's start date for each of its operators' families. {@link ForPathway}, {@link ForOperator} and
 * {@link ForCooperation} share it.
 */
public final class OperatorFamilyPeriod {

    public static final String ID = "operator.family-period";

    private OperatorFamilyPeriod() {
    }

    static void check(OperatorFamily family, LocalDate date, String path, RuleContext context) {
        if (!family.isActiveOn(date)) {
            context.report(ID, path, Map.of("family", family.code(), "period", period(family)));
        }
    }

    /** The family's period as the message shows it: {@code 2020-01-01 –}, {@code – 2019-12-31}, or both ends. */
    static String period(OperatorFamily family) {
        String from = family.activeFrom().map(LocalDate::toString).orElse("");
        String until = family.activeUntil().map(LocalDate::toString).orElse("");
        return (from + " – " + until).strip();
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

    /** The operator's {@code activeFrom} and {@code activeTo} against its family. */
    public static final class ForOperator extends AbstractRule<Operator> {
        public ForOperator() {
            super(Operator.class, List.of("/family", "/activeFrom", "/activeTo"), ID);
        }

        @Override
        public void check(Operator operator, RuleContext context) {
            OperatorFamily family = operator.getFamily();
            operator.getActiveFrom().ifPresent(date -> OperatorFamilyPeriod.check(family, date, "/activeFrom",
                    context));
            operator.getActiveTo().ifPresent(date -> OperatorFamilyPeriod.check(family, date, "/activeTo", context));
        }
    }

    /** The cooperation's start date against the family of each of its operators. */
    public static final class ForCooperation extends AbstractRule<Cooperation> {
        public ForCooperation() {
            super(Cooperation.class, List.of("/operators/*/family", "/startDate"), ID);
        }

        @Override
        public void check(Cooperation cooperation, RuleContext context) {
            LocalDate start = cooperation.getStartDate();
            for (int i = 0; i < cooperation.getOperators().size(); i++) {
                OperatorFamily family = cooperation.getOperators().get(i).getFamily();
                if (!family.isActiveOn(start)) { // the pointer is built only for an issue
                    OperatorFamilyPeriod.check(family, start, "/operators/" + i + "/family", context);
                }
            }
        }
    }
}
