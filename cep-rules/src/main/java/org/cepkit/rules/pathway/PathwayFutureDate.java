package org.cepkit.rules.pathway;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.rules.RuleContext;

/**
 * {@code pathway.future-date}: a record describes what happened; no date may come after the validator's
 * reference date (today by default, or the profile's clock).
 */
public final class PathwayFutureDate extends PathwayRule {

    public static final String ID = "pathway.future-date";

    public PathwayFutureDate() {
        super(List.of("/beneficiary/birthDate", "/startDate", "/endDate", "/services/*/date", "/referrals/*/date",
                "/actionPlan/deliveredOn", "/outcome/observedOn"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        LocalDate today = context.referenceDate();
        if (pathway.getBeneficiary().getBirthDate().isAfter(today)) {
            context.report(ID, "/beneficiary/birthDate");
        }
        if (pathway.getStartDate().isAfter(today)) {
            context.report(ID, "/startDate");
        }
        if (pathway.getEndDate().filter(end -> end.isAfter(today)).isPresent()) {
            context.report(ID, "/endDate");
        }
        // the pointers of list elements are built only for an issue
        List<Service> services = pathway.getServices();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).getDate().isAfter(today)) {
                context.report(ID, "/services/" + i + "/date");
            }
        }
        List<Referral> referrals = pathway.getReferrals();
        for (int i = 0; i < referrals.size(); i++) {
            if (referrals.get(i).getDate().isAfter(today)) {
                context.report(ID, "/referrals/" + i + "/date");
            }
        }
        if (pathway.getActionPlan().filter(plan -> plan.getDeliveredOn().isAfter(today)).isPresent()) {
            context.report(ID, "/actionPlan/deliveredOn");
        }
        if (pathway.getOutcome().filter(outcome -> outcome.getObservedOn().isAfter(today)).isPresent()) {
            context.report(ID, "/outcome/observedOn");
        }
    }
}
