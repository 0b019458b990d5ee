package org.cepkit.rules.pathway;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code mission-locale.age}: the Missions locales serve "les jeunes de seize à vingt-cinq ans révolus"
 * (Code du travail, art. L5314-2), and, for pathways starting on or after 1 March 2022, young people with a
 * disability recognition up to 29 under the contrat d'engagement jeune (décret n° 2022-199 du 18 février 2022).
 * Before that date the range is 16 to 25 for everyone. Ages are in completed years at entry: 25 is in, the day of
 * the 26th birthday is out.
 */
public final class MissionLocaleAge extends PathwayRule {

    public static final String ID = "mission-locale.age";
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 25;
    static final int MAX_AGE_WITH_DISABILITY_RECOGNITION = 29;
    /** The contrat d'engagement jeune, and with it the extension to 29 with an RQTH, from this day. */
    static final LocalDate CONTRAT_ENGAGEMENT_JEUNE = LocalDate.of(2022, 3, 1);

    public MissionLocaleAge() {
        super(List.of("/operator/family", "/beneficiary/birthDate", "/beneficiary/disabilityRecognition",
                "/startDate"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        if (pathway.getOperator().getFamily() != OperatorFamily.MISSION_LOCALE) {
            return;
        }
        Beneficiary beneficiary = pathway.getBeneficiary();
        LocalDate start = pathway.getStartDate();
        int age = beneficiary.ageAt(start);
        boolean extended = beneficiary.isDisabilityRecognition() && !start.isBefore(CONTRAT_ENGAGEMENT_JEUNE);
        int max = extended ? MAX_AGE_WITH_DISABILITY_RECOGNITION : MAX_AGE;
        if (age < MIN_AGE || age > max) {
            context.report(ID, "/beneficiary/birthDate");
        }
    }
}
