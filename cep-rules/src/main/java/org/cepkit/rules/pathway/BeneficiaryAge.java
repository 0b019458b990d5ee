package org.cepkit.rules.pathway;

import java.util.List;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code beneficiary.age}: the birth date must come before the start date, and the age at entry, in completed
 * years, lie between 15 and 100 (a plausibility bound for working people).
 */
public final class BeneficiaryAge extends PathwayRule {

    public static final String ID = "beneficiary.age";
    static final int MIN_AGE = 15;
    static final int MAX_AGE = 100;

    public BeneficiaryAge() {
        super(List.of("/beneficiary/birthDate", "/startDate"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        Beneficiary beneficiary = pathway.getBeneficiary();
        if (!beneficiary.getBirthDate().isBefore(pathway.getStartDate())) {
            context.report(ID, "/beneficiary/birthDate");
            return;
        }
        int age = beneficiary.ageAt(pathway.getStartDate());
        if (age < MIN_AGE || age > MAX_AGE) {
            context.report(ID, "/beneficiary/birthDate");
        }
    }
}
