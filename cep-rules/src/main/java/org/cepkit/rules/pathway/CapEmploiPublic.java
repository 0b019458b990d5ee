package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/** {@code cap-emploi.public}: Cap emploi serves disabled people (Céreq Bref n° 383, box 1). */
public final class CapEmploiPublic extends PathwayRule {

    public static final String ID = "cap-emploi.public";

    public CapEmploiPublic() {
        super(List.of("/operator/family", "/beneficiary/disabilityRecognition"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getOperator().getFamily() == OperatorFamily.CAP_EMPLOI
                && !pathway.getBeneficiary().isDisabilityRecognition()) {
            context.report(ID, "/beneficiary/disabilityRecognition");
        }
    }
}
