package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code beneficiary.eligibility-condition}: students and retirees are eligible only while they hold or seek a
 * job, which a record cannot show; a warning asks to check it.
 */
public final class BeneficiaryEligibilityCondition extends PathwayRule {

    public static final String ID = "beneficiary.eligibility-condition";

    public BeneficiaryEligibilityCondition() {
        super(List.of("/beneficiary/status"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        BeneficiaryStatus status = pathway.getBeneficiary().getStatus();
        if (status == BeneficiaryStatus.STUDENT || status == BeneficiaryStatus.RETIREE) {
            context.report(ID, "/beneficiary/status");
        }
    }
}
