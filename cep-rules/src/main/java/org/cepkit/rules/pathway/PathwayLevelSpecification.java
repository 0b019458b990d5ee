package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Specification;
import org.cepkit.rules.RuleContext;

/**
 * {@code pathway.level-specification}: the cahier des charges of 2019 has two levels; its level 2 covers the
 * former levels 2 and 3, so a level 3 service cannot be recorded under it.
 */
public final class PathwayLevelSpecification extends PathwayRule {

    public static final String ID = "pathway.level-specification";

    public PathwayLevelSpecification() {
        super(List.of("/specification", "/services/*/level"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getSpecification() != Specification.CDC_2019) {
            return;
        }
        List<Service> services = pathway.getServices();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).getLevel() == ServiceLevel.LEVEL_3) {
                context.report(ID, "/services/" + i + "/level");
            }
        }
    }
}
