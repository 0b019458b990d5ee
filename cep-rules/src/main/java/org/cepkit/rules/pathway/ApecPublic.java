package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.rules.RuleContext;

/**
 * {@code apec.public}: the Apec serves executives (<i>cadres</i>), and in practice young graduates of level 6
 * (bac+3) and above (Céreq Bref n° 383, box 1).
 */
public final class ApecPublic extends PathwayRule {

    public static final String ID = "apec.public";

    public ApecPublic() {
        super(List.of("/operator/family", "/beneficiary/executive", "/beneficiary/qualificationLevel"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getOperator().getFamily() != OperatorFamily.APEC) {
            return;
        }
        Beneficiary beneficiary = pathway.getBeneficiary();
        if (!beneficiary.isExecutive()
                && beneficiary.getQualificationLevel().compareTo(QualificationLevel.LEVEL_6) < 0) {
            context.report(ID, "/beneficiary/executive");
        }
    }
}
