package org.cepkit.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.PATHWAY_ID;
import static org.cepkit.rules.Fixtures.error;
import static org.cepkit.rules.Fixtures.findingsOf;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.withBeneficiary;

import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code privacy.identifier}: a beneficiary id is pseudonymous, never a NIR (13 characters, digits or 2A/2B at the
 * département, then a 2-digit key; often written with spaces). The id is refused whatever its key.
 */
class PrivacyIdentifierTest {

    private static Pathway identifiedBy(String beneficiaryId) {
        return withBeneficiary(pathway(OperatorFamily.FRANCE_TRAVAIL), b -> b.withId(beneficiaryId));
    }

    @Test
    void refusesANir() {
        assertThat(findingsOf(identifiedBy("185057800608436")))
                .containsExactly(error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
    }

    @Test
    void refusesANirWrittenWithSpacesWhichIsNoIdentifierEither() {
        assertThat(findingsOf(identifiedBy("1 85 05 78 006 084 36"))).containsExactlyInAnyOrder(
                error("format.identifier", "/beneficiary/id", PATHWAY_ID),
                error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"285052A00608436", "285052B00608436", "285052a00608436"})
    void refusesANirBornInCorsica(String nir) {
        assertThat(findingsOf(identifiedBy(nir)))
                .containsExactly(error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
    }

    @Test
    void refusesANirWithAWrongKey() {
        assertThat(findingsOf(identifiedBy("185057800608400")))
                .containsExactly(error("privacy.identifier", "/beneficiary/id", PATHWAY_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"b-7f3a", "18505780060843", "1850578006084361", "285052C00608436", "x185057800608436",
            "BEN-185057800608436"})
    void acceptsPseudonymousIds(String id) {
        assertThat(findingsOf(identifiedBy(id))).isEmpty();
    }

    @Test
    void theMessageDoesNotRepeatTheNir() {
        assertThat(validator().validate(identifiedBy("185057800608436")).issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).doesNotContain("185057800608436")
                        .contains("NIR"));
    }
}
