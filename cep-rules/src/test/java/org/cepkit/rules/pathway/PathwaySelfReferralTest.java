package org.cepkit.rules.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Referral;
import org.junit.jupiter.api.Test;

/** {@code pathway.self-referral}: a referral (<i>aiguillage</i>) sends the beneficiary to another operator. */
class PathwaySelfReferralTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    private static ImmutablePathway referringTo(OperatorRef... targets) {
        ImmutablePathway pathway = pathway(OperatorFamily.MISSION_LOCALE, START);
        for (OperatorRef target : targets) {
            pathway = pathway.withReferrals(concat(pathway, Referral.builder().to(target).date(START.plusDays(10))
                    .purpose(CooperationPurpose.REMOVE_BARRIERS).build()));
        }
        return pathway;
    }

    private static List<Referral> concat(ImmutablePathway pathway, Referral referral) {
        List<Referral> referrals = new ArrayList<>(pathway.getReferrals());
        referrals.add(referral);
        return referrals;
    }

    @Test
    void aReferralToAnotherOperatorIsFine() {
        assertThat(findingsOf(referringTo(ref(OperatorFamily.CAP_EMPLOI)))).isEmpty();
    }

    @Test
    void aReferralToThePathwaysOwnOperatorIsRefused() {
        assertThat(findingsOf(referringTo(ref(OperatorFamily.CAP_EMPLOI), ref(OperatorFamily.MISSION_LOCALE))))
                .containsExactly(error("pathway.self-referral", "/referrals/1/to/id", PATHWAY_ID));
    }

    @Test
    void theOwnOperatorIsRecognisedByItsIdWhateverTheFamilyGiven() {
        OperatorRef sameIdOtherFamily = OperatorRef.of("ml-bastia", OperatorFamily.FRANCE_TRAVAIL);

        assertThat(findingsOf(referringTo(sameIdOtherFamily)))
                .containsExactly(error("pathway.self-referral", "/referrals/0/to/id", PATHWAY_ID));
    }
}
