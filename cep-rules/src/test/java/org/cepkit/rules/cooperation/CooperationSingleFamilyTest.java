package org.cepkit.rules.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.warning;

import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.junit.jupiter.api.Test;

/**
 * {@code cooperation.single-family}: a cooperation between CEP operators joins more than one network; agencies of
 * one family alone get a warning.
 */
class CooperationSingleFamilyTest {

    private static final OperatorRef FT_BASTIA = OperatorRef.of("ft-bastia", OperatorFamily.FRANCE_TRAVAIL);
    private static final OperatorRef FT_CORTE = OperatorRef.of("ft-corte", OperatorFamily.FRANCE_TRAVAIL);
    private static final OperatorRef ML_BASTIA = OperatorRef.of("ml-bastia", OperatorFamily.MISSION_LOCALE);

    @Test
    void twoAgenciesOfOneNetworkAreNotACooperationBetweenOperators() {
        assertThat(findingsOf(cooperation().withOperators(FT_BASTIA, FT_CORTE).withRelations(List.of())))
                .containsExactly(warning("cooperation.single-family", "/operators", COOPERATION_ID));
    }

    @Test
    void twoAgenciesOfOneNetworkWithAnOperatorOfAnotherAreOne() {
        assertThat(findingsOf(cooperation().withOperators(FT_BASTIA, FT_CORTE, ML_BASTIA).withRelations(List.of())))
                .isEmpty();
    }

    @Test
    void oneOperatorListedTwiceIsLeftToCooperationOperators() {
        assertThat(findingsOf(cooperation().withOperators(FT_BASTIA, FT_BASTIA).withRelations(List.of())))
                .containsExactly(error("cooperation.operators", "/operators", COOPERATION_ID));
    }
}
