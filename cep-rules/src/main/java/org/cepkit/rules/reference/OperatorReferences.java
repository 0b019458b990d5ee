package org.cepkit.rules.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.RuleContext;

/**
 * {@code reference.unknown-operator} and {@code reference.family-mismatch}: every operator reference (a
 * pathway's operator and referrals, a cooperation's operators) names a registered operator, with its family.
 * One look-up serves both ids. Silent when no registry is known.
 */
public final class OperatorReferences {

    public static final String UNKNOWN_OPERATOR = "reference.unknown-operator";
    public static final String FAMILY_MISMATCH = "reference.family-mismatch";

    private OperatorReferences() {
    }

    /** Checks the reference at {@code path}, a JSON Pointer built only when an issue is reported. */
    static void check(OperatorRef ref, Supplier<String> path, RuleContext context) {
        Optional<OperatorRegistry> registry = context.registry();
        if (registry.isEmpty()) {
            return;
        }
        Optional<Operator> registered = registry.get().find(ref.getId());
        if (registered.isEmpty()) {
            context.report(UNKNOWN_OPERATOR, path.get() + "/id", Map.of("operator", ref.getId()));
        } else if (registered.get().getFamily() != ref.getFamily()) {
            context.report(FAMILY_MISMATCH, path.get() + "/family", Map.of("operator", ref.getId(), "family",
                    ref.getFamily().code(), "registered", registered.get().getFamily().code()));
        }
    }

    /** A pathway's operator and the operators of its referrals. */
    public static final class InPathway extends AbstractRule<Pathway> {
        public InPathway() {
            super(Pathway.class, List.of("/operator", "/referrals/*/to"), UNKNOWN_OPERATOR, FAMILY_MISMATCH);
        }

        @Override
        public void check(Pathway pathway, RuleContext context) {
            OperatorReferences.check(pathway.getOperator(), () -> "/operator", context);
            for (int i = 0; i < pathway.getReferrals().size(); i++) {
                int index = i;
                OperatorReferences.check(pathway.getReferrals().get(i).getTo(), () -> "/referrals/" + index + "/to",
                        context);
            }
        }
    }

    /** A cooperation's operators. */
    public static final class InCooperation extends AbstractRule<Cooperation> {
        public InCooperation() {
            super(Cooperation.class, List.of("/operators"), UNKNOWN_OPERATOR, FAMILY_MISMATCH);
        }

        @Override
        public void check(Cooperation cooperation, RuleContext context) {
            for (int i = 0; i < cooperation.getOperators().size(); i++) {
                int index = i;
                OperatorReferences.check(cooperation.getOperators().get(i), () -> "/operators/" + index, context);
            }
        }
    }
}
