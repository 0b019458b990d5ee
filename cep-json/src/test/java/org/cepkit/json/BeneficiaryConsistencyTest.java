package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.json.Found.error;
import static org.cepkit.json.Found.warning;
import static org.cepkit.json.JsonFixtures.STRICT;
import static org.cepkit.json.JsonFixtures.ndjson;
import static org.cepkit.json.JsonFixtures.stdin;
import static org.cepkit.json.JsonFixtures.text;
import static org.cepkit.json.JsonFixtures.validateAll;

import java.util.List;
import org.cepkit.model.pathway.ImmutableBeneficiary;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.Test;

/**
 * {@code dataset.beneficiary-inconsistent} on the JSON path: checked in input order across the records and the
 * inputs of one validation, whether a file or standard input, and never on a value that could not be read.
 */
class BeneficiaryConsistencyTest {

    private static final ImmutablePathway FIRST = CepExamples.pathway();

    private static String again(String id, ImmutableBeneficiary beneficiary) {
        return text(FIRST.withId(id).withBeneficiary(beneficiary));
    }

    private static ImmutableBeneficiary beneficiary() {
        return ImmutableBeneficiary.copyOf(FIRST.getBeneficiary());
    }

    private static List<Found> foundIn(List<RecordResult> results, int index) {
        return Found.of(results.get(index).issues());
    }

    @Test
    void aLaterPathwayWithAnotherSexIsWarnedAcrossTwoFiles() {
        List<RecordResult> results = validateAll(STRICT, ndjson("a.ndjson", text(FIRST)),
                ndjson("b.ndjson", again("pw-2", beneficiary().withSex(Sex.UNDISCLOSED))));

        assertThat(foundIn(results, 0)).isEmpty();
        assertThat(foundIn(results, 1))
                .containsExactly(warning("dataset.beneficiary-inconsistent", "/beneficiary/sex"));
        assertThat(results.get(1).issues().get(0).record()).contains("pw-2");
    }

    @Test
    void standardInputIsCheckedInOrderToo() {
        List<RecordResult> results = validateAll(STRICT, stdin(text(FIRST),
                again("pw-2", beneficiary().withBirthDate(FIRST.getBeneficiary().getBirthDate().minusDays(1)))));

        assertThat(foundIn(results, 1))
                .containsExactly(warning("dataset.beneficiary-inconsistent", "/beneficiary/birthDate"));
    }

    @Test
    void anUnreadableBirthDateIsNeitherComparedNorRemembered() {
        String unreadable = again("pw-2", beneficiary()).replace(FIRST.getBeneficiary().getBirthDate().toString(),
                "2001-02-30");
        String third = again("pw-3", beneficiary().withBirthDate(FIRST.getBeneficiary().getBirthDate().plusDays(1)));

        List<RecordResult> results = validateAll(STRICT, ndjson("a.ndjson", unreadable, third));

        assertThat(foundIn(results, 0)).containsExactly(error("format.date", "/beneficiary/birthDate"));
        assertThat(foundIn(results, 1)).isEmpty();
    }
}
