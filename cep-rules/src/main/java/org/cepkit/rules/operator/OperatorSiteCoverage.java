package org.cepkit.rules.operator;

import java.util.List;
import java.util.Optional;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.RuleContext;

/**
 * {@code operator.site-coverage}: an operator that declares a coverage receives the public in the régions it
 * covers. Silent for operators without coverage and for communes without a région: those of the collectivités
 * d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin), which no régional lot covers.
 */
public final class OperatorSiteCoverage extends AbstractRule<Operator> {

    public static final String ID = "operator.site-coverage";

    public OperatorSiteCoverage() {
        super(Operator.class, List.of("/coverage", "/sites/*/commune"), ID);
    }

    @Override
    public void check(Operator operator, RuleContext context) {
        List<RegionCode> coverage = operator.getCoverage();
        if (coverage.isEmpty()) {
            return;
        }
        List<Site> sites = operator.getSites();
        for (int i = 0; i < sites.size(); i++) {
            Optional<RegionCode> region = sites.get(i).getCommune().region();
            if (region.isPresent() && !coverage.contains(region.get())) {
                context.report(ID, "/sites/" + i + "/commune");
            }
        }
    }
}
