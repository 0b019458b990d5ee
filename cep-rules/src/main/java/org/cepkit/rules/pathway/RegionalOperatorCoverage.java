package org.cepkit.rules.pathway;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.rules.RuleContext;

/**
 * {@code regional-operator.coverage}: a regional operator holds its France compétences contract for given
 * régions; a beneficiary living elsewhere is unexpected. Needs the registry; silent for an operator the
 * registry lacks ({@code reference.unknown-operator} says so) and for a residence without a région (a commune of
 * Saint-Pierre-et-Miquelon, Saint-Barthélemy or Saint-Martin, collectivités d'outre-mer): no coverage can name it.
 */
public final class RegionalOperatorCoverage extends PathwayRule {

    public static final String ID = "regional-operator.coverage";

    public RegionalOperatorCoverage() {
        super(List.of("/operator", "/beneficiary/residence"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getOperator().getFamily() != OperatorFamily.REGIONAL_OPERATOR) {
            return;
        }
        Optional<Operator> operator = context.registry().flatMap(r -> r.find(pathway.getOperator().getId()));
        Optional<RegionCode> region = pathway.getBeneficiary().getResidence().region();
        if (operator.isEmpty() || region.isEmpty() || operator.get().getCoverage().isEmpty()) {
            return;
        }
        if (!operator.get().getCoverage().contains(region.get())) {
            context.report(ID, "/beneficiary/residence", Map.of("operator", operator.get().getId()));
        }
    }
}
