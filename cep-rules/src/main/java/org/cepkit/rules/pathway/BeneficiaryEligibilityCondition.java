package org.cepkit.rules.pathway;

import java.util.List;
import java.util.Map;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Specification;
import org.cepkit.rules.RuleContext;

/**
 * {@code beneficiary.eligibility-condition}: students and retirees are eligible only on a condition that a record
 * cannot show; a warning asks to check it. The message follows the pathway's cahier des charges: the 2014 one took
 * the INSEE census definition of an <i>actif</i> and admitted students and retirees who hold a job; the 2019 one
 * admits those who hold or seek one.
 */
public final class BeneficiaryEligibilityCondition extends PathwayRule {

    public static final String ID = "beneficiary.eligibility-condition";

    public BeneficiaryEligibilityCondition() {
        super(List.of("/beneficiary/status", "/specification"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        BeneficiaryStatus status = pathway.getBeneficiary().getStatus();
        if (status == BeneficiaryStatus.STUDENT || status == BeneficiaryStatus.RETIREE) {
            boolean cdc2014 = pathway.getSpecification() == Specification.CDC_2014;
            String condition = context.english()
                    ? cdc2014 ? "while working" : "while working or seeking work"
                    : cdc2014 ? "s'il occupe un emploi" : "s'il occupe ou recherche un emploi";
            context.report(ID, "/beneficiary/status", Map.of("condition", condition,
                    "specification", pathway.getSpecification().code()));
        }
    }
}
