package org.cepkit.rules.pathway;

import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Specification;
import org.cepkit.rules.RuleContext;

/**
 * {@code pathway.specification-period}: the cahier des charges of 16 July 2014 applies to pathways starting from
 * 1 January 2015 to 31 December 2019; that of 29 March 2019 from 1 January 2020.
 */
public final class PathwaySpecificationPeriod extends PathwayRule {

    public static final String ID = "pathway.specification-period";
    static final LocalDate CDC_2014_FROM = LocalDate.of(2015, 1, 1);
    static final LocalDate CDC_2019_FROM = LocalDate.of(2020, 1, 1);

    public PathwaySpecificationPeriod() {
        super(List.of("/specification", "/startDate"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        LocalDate start = pathway.getStartDate();
        Specification specification = pathway.getSpecification();
        boolean inForce = switch (specification) {
            case CDC_2014 -> !start.isBefore(CDC_2014_FROM) && start.isBefore(CDC_2019_FROM);
            case CDC_2019 -> !start.isBefore(CDC_2019_FROM);
        };
        if (!inForce) {
            String period = specification == Specification.CDC_2014 ? "2015-01-01 – 2019-12-31" : "2020-01-01 –";
            context.report(ID, "/specification", Map.of("specification", specification.code(), "period", period));
        }
    }
}
