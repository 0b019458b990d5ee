package org.cepkit.rules.pathway;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code pathway.future-date}: a record describes what happened; no date may come after the validator's
 * reference date (today by default, or the profile's clock).
 */
public final class PathwayFutureDate extends PathwayRule {

    public static final String ID = "pathway.future-date";

    public PathwayFutureDate() {
        super(ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        LocalDate today = context.referenceDate();
        check(pathway.getBeneficiary().getBirthDate(), "/beneficiary/birthDate", today, context);
        check(pathway.getStartDate(), "/startDate", today, context);
        pathway.getEndDate().ifPresent(end -> check(end, "/endDate", today, context));
        List<org.cepkit.model.pathway.Service> services = pathway.getServices();
        for (int i = 0; i < services.size(); i++) {
            check(services.get(i).getDate(), "/services/" + i + "/date", today, context);
        }
        for (int i = 0; i < pathway.getReferrals().size(); i++) {
            check(pathway.getReferrals().get(i).getDate(), "/referrals/" + i + "/date", today, context);
        }
        pathway.getActionPlan()
                .ifPresent(plan -> check(plan.getDeliveredOn(), "/actionPlan/deliveredOn", today, context));
    }

    private static void check(LocalDate date, String path, LocalDate today, RuleContext context) {
        if (date.isAfter(today)) {
            context.report(ID, path);
        }
    }
}
