package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;

import java.util.List;
import org.cepkit.model.operator.OperatorFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An issue names its record only by an id a report may repeat: one of the id pattern that is not shaped like a NIR.
 * Anything else in an id field may be a name, a birth date, markup or a social security number typed in.
 */
class IssueTest {

    private static final Issue ISSUE = Issue.of("format.required", Severity.ERROR, "/name",
            "Champ obligatoire absent.");

    @ParameterizedTest
    @ValueSource(strings = {"pw-1", "0", "pw-2024-0001", "a.b_c:d-e", "18505780060843", "1850578006084361"})
    void anIdOfThePatternNotShapedLikeANirNamesTheRecord(String id) {
        assertThat(Issue.isReportableRecordId(id)).isTrue();
        assertThat(ISSUE.withRecord(id).record()).contains(id);
        assertThat(ISSUE.withRecord(id).toString()).contains("[" + id + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Jean Dupont 1985-05-14", "<script>alert(1)</script>", "-pw-1", "pw 1", "agence-é",
            "185057800608436", "1850578006084", "1.85.05.78.006.084.36", "285052A00608436"})
    void anyOtherIdIsLeftOut(String id) {
        assertThat(Issue.isReportableRecordId(id)).isFalse();
        assertThat(ISSUE.withRecord(id).record()).isEmpty();
        assertThat(ISSUE.withRecord(id).toString()).doesNotContain("[");
    }

    @Test
    void anIdOf64CharactersNamesTheRecordButOneOf65DoesNot() {
        assertThat(ISSUE.withRecord("p".repeat(64)).record()).contains("p".repeat(64));
        assertThat(ISSUE.withRecord("p".repeat(65)).record()).isEmpty();
    }

    @Test
    void aNullIdNamesNoRecord() {
        assertThat(ISSUE.withRecord(null).record()).isEmpty();
    }

    @Test
    void theValidatorNamesARecordBuiltInJavaOnlyByAReportableId() {
        ValidationReport report = validator().validate(List.of(
                operator(OperatorFamily.FRANCE_TRAVAIL).withId("ft <i>bastia</i>").withName(""),
                pathway(OperatorFamily.FRANCE_TRAVAIL).withId("1 85 05 78 006 084 36"),
                pathway(OperatorFamily.FRANCE_TRAVAIL).withId("pw-2").withStartDate(Fixtures.TODAY.plusDays(1))));

        assertThat(report.issues()).filteredOn(issue -> issue.record().isPresent())
                .allSatisfy(issue -> assertThat(issue.record()).contains("pw-2"))
                .isNotEmpty();
        assertThat(report.issues()).filteredOn(issue -> issue.record().isEmpty())
                .extracting(Issue::rule)
                .contains("format.identifier", "format.length", "privacy.identifier");
    }
}
