package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/** {@code pathway.self-referral}: a referral (<i>aiguillage</i>) sends the beneficiary to another operator. */
public final class PathwaySelfReferral extends PathwayRule {

    public static final String ID = "pathway.self-referral";

    public PathwaySelfReferral() {
        super(List.of("/operator/id", "/referrals/*/to/id"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        String own = pathway.getOperator().getId();
        for (int i = 0; i < pathway.getReferrals().size(); i++) {
            if (pathway.getReferrals().get(i).getTo().getId().equals(own)) {
                context.report(ID, "/referrals/" + i + "/to/id");
            }
        }
    }
}
