package org.cepkit.rules.pathway;

import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code regional-operator.public}: the regional operators selected by France compétences serve the
 * <i>actifs occupés du secteur privé</i>: private employees, the self-employed, apprentices and paid trainees.
 */
public final class RegionalOperatorPublic extends PathwayRule {

    public static final String ID = "regional-operator.public";
    static final Set<BeneficiaryStatus> PUBLIC = EnumSet.of(BeneficiaryStatus.PRIVATE_EMPLOYEE,
            BeneficiaryStatus.SELF_EMPLOYED, BeneficiaryStatus.APPRENTICE_OR_PAID_TRAINEE);

    public RegionalOperatorPublic() {
        super(List.of("/operator/family", "/beneficiary/status"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getOperator().getFamily() == OperatorFamily.REGIONAL_OPERATOR
                && !PUBLIC.contains(pathway.getBeneficiary().getStatus())) {
            context.report(ID, "/beneficiary/status");
        }
    }
}
