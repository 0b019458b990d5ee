package org.cepkit.rules.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.COOPERATION_ID;
import static org.cepkit.rules.Fixtures.cooperation;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.operatorId;
import static org.cepkit.rules.Fixtures.ref;

import java.util.List;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code cooperation.operators} and {@code cooperation.relation}: a cooperation brings together at least two
 * distinct operators, and each relation links two distinct operators of the cooperation.
 */
class CooperationOperatorsTest {

    private static final OperatorRef MISSION_LOCALE = ref(OperatorFamily.MISSION_LOCALE);
    private static final OperatorRef FRANCE_TRAVAIL = ref(OperatorFamily.FRANCE_TRAVAIL);

    @Nested
    class Operators {

        @Test
        void twoDistinctOperatorsCooperate() {
            assertThat(findingsOf(cooperation().withOperators(MISSION_LOCALE, FRANCE_TRAVAIL))).isEmpty();
        }

        @Test
        void oneOperatorListedTwiceIsNoCooperation() {
            ImmutableCooperation alone = cooperation().withOperators(MISSION_LOCALE, MISSION_LOCALE)
                    .withRelations(List.of());

            assertThat(findingsOf(alone)).containsExactly(error("cooperation.operators", "/operators", COOPERATION_ID));
        }

        @Test
        void aRepeatedOperatorCountsOnce() {
            assertThat(findingsOf(cooperation().withOperators(MISSION_LOCALE, FRANCE_TRAVAIL, MISSION_LOCALE)))
                    .isEmpty();
        }

        @Test
        void oneOperatorIsTooShortAListAndNoCooperation() {
            ImmutableCooperation alone = cooperation().withOperators(MISSION_LOCALE).withRelations(List.of());

            assertThat(findingsOf(alone)).containsExactlyInAnyOrder(
                    error("format.length", "/operators", COOPERATION_ID),
                    error("cooperation.operators", "/operators", COOPERATION_ID));
        }
    }

    @Nested
    class Relations {

        private Relation between(String first, String second) {
            return Relation.builder().addBetween(first, second).form(RelationForm.OCCASIONAL)
                    .addPurposes(CooperationPurpose.BUILD_PROJECT).build();
        }

        @Test
        void aRelationLinksTwoOperatorsOfTheCooperation() {
            assertThat(findingsOf(cooperation().withRelations(between("ft-bastia", "ml-bastia")))).isEmpty();
        }

        @Test
        void aRelationCannotLinkAnOperatorToItself() {
            assertThat(findingsOf(cooperation().withRelations(between("ft-bastia", "ft-bastia"))))
                    .containsExactly(error("cooperation.relation", "/relations/0/between", COOPERATION_ID));
        }

        @Test
        void aRelationCannotLinkAnOperatorOutsideTheCooperation() {
            String capEmploi = operatorId(OperatorFamily.CAP_EMPLOI);

            assertThat(findingsOf(cooperation().withRelations(between("ml-bastia", "ft-bastia"),
                    between("ml-bastia", capEmploi))))
                    .containsExactly(error("cooperation.relation", "/relations/1/between", COOPERATION_ID));
        }

        @Test
        void aRelationWithOneEndIsAFormatErrorOnly() {
            Relation oneEnded = Relation.builder().addBetween("ml-bastia").form(RelationForm.OCCASIONAL)
                    .addPurposes(CooperationPurpose.BUILD_PROJECT).build();

            assertThat(findingsOf(cooperation().withRelations(oneEnded)))
                    .containsExactly(error("format.length", "/relations/0/between", COOPERATION_ID));
        }
    }
}
