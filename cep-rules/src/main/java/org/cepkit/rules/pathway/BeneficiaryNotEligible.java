package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code beneficiary.not-eligible}: an inactive person is not an <i>actif</i>, and the CEP serves actifs
 * (Code du travail, art. L6111-6; cahiers des charges 2014 and 2019).
 */
public final class BeneficiaryNotEligible extends PathwayRule {

    public static final String ID = "beneficiary.not-eligible";

    public BeneficiaryNotEligible() {
        super(List.of("/beneficiary/status"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getBeneficiary().getStatus() == BeneficiaryStatus.INACTIVE) {
            context.report(ID, "/beneficiary/status");
        }
    }
}
