package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/** {@code france-travail.public}: France Travail serves job seekers first (Céreq Bref n° 383, box 1). */
public final class FranceTravailPublic extends PathwayRule {

    public static final String ID = "france-travail.public";

    public FranceTravailPublic() {
        super(List.of("/operator/family", "/beneficiary/status"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getOperator().getFamily() == OperatorFamily.FRANCE_TRAVAIL
                && pathway.getBeneficiary().getStatus() != BeneficiaryStatus.JOBSEEKER) {
            context.report(ID, "/beneficiary/status");
        }
    }
}
