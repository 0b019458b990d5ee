package org.cepkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.rules.Fixtures.bornOn;
import static org.cepkit.rules.Fixtures.operator;
import static org.cepkit.rules.Fixtures.pathway;
import static org.cepkit.rules.Fixtures.validator;
import static org.cepkit.rules.Fixtures.withStatus;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.rules.internal.DatasetValidation;
import org.cepkit.rules.internal.ReportAccumulator;
import org.junit.jupiter.api.Test;

/** One report for every layer: the issues, the summary counts, and what could not be checked. */
class ValidationReportTest {

    private static final ImmutablePathway VALID = pathway(OperatorFamily.FRANCE_TRAVAIL).withId("pw-valid");
    private static final ImmutablePathway WITH_INFO = withStatus(pathway(OperatorFamily.FRANCE_TRAVAIL),
            BeneficiaryStatus.PRIVATE_EMPLOYEE).withId("pw-info");
    private static final ImmutablePathway WITH_TWO_ERRORS = withStatus(bornOn(pathway(OperatorFamily.MISSION_LOCALE),
            LocalDate.of(1990, 1, 1)), BeneficiaryStatus.INACTIVE).withId("pw-errors");
    private static final ImmutablePathway WITH_WARNING = withStatus(pathway(OperatorFamily.APEC), BeneficiaryStatus.STUDENT)
            .withId("pw-warning");

    @Test
    void countsRecordsIssuesAndSeverities() {
        List<CepRecord> records = List.of(VALID, WITH_INFO, WITH_TWO_ERRORS, WITH_WARNING,
                operator(OperatorFamily.MISSION_LOCALE), operator(OperatorFamily.FRANCE_TRAVAIL),
                operator(OperatorFamily.APEC));

        ValidationReport report = validator().validate(records);

        assertThat(report.records()).isEqualTo(7);
        assertThat(report.invalid()).isEqualTo(1);
        assertThat(report.valid()).isEqualTo(6);
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.infos()).isEqualTo(1);
        assertThat(report.isValid()).isFalse();
        assertThat(report.issues()).hasSize(4);
    }

    @Test
    void recordsAreAlwaysValidPlusInvalid() {
        ValidationReport report = validator().validate(List.of(WITH_TWO_ERRORS, WITH_TWO_ERRORS.withId("pw-2")));

        assertThat(report.records()).isEqualTo(report.valid() + report.invalid()).isEqualTo(2);
        assertThat(report.invalid()).isEqualTo(2);
        assertThat(report.errors()).isEqualTo(4);
    }

    @Test
    void everyIssueNamesItsRecord() {
        ValidationReport report = validator().validate(List.of(WITH_INFO, WITH_TWO_ERRORS, WITH_WARNING));

        assertThat(report.issues()).extracting(issue -> issue.record().orElseThrow())
                .containsExactly("pw-info", "pw-errors", "pw-errors", "pw-warning");
    }

    @Test
    void everyIssueOfARecordIsReportedInOnePassInRuleOrder() {
        ValidationReport report = validator().validate(WITH_TWO_ERRORS);

        assertThat(report.issuesOf("beneficiary.not-eligible")).hasSize(1);
        assertThat(report.issuesOf("mission-locale.age")).hasSize(1);
        assertThat(report.issues()).extracting(Issue::rule)
                .containsExactly("beneficiary.not-eligible", "mission-locale.age");
    }

    @Test
    void warningsAndInformationLeaveARecordValid() {
        assertThat(validator().validate(List.of(WITH_INFO, WITH_WARNING)).isValid()).isTrue();
    }

    @Test
    void anEmptyDatasetIsValidAndEmpty() {
        ValidationReport report = validator().validate(List.of());

        assertThat(report.records()).isZero();
        assertThat(report.isValid()).isTrue();
        assertThat(report.issues()).isEmpty();
    }

    @Test
    void aStreamingReportCanKeepTheCountsOnly() {
        DatasetValidation dataset = DatasetValidation.start(validator(), List.of());
        ReportAccumulator builder = new ReportAccumulator(false);
        builder.addRecord(dataset.validate(WITH_TWO_ERRORS)).addRecord(dataset.validate(VALID));

        ValidationReport report = builder.build();

        assertThat(report.issues()).isEmpty();
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.invalid()).isEqualTo(1);
        assertThat(report.errors()).isEqualTo(2);
    }

    @Test
    void anIssueCarriesItsLocationWhenTheReaderKnowsIt() {
        Issue issue = validator().validate(WITH_INFO).issues().get(0).withLocation("a.ndjson", 3);

        assertThat(issue.file()).contains("a.ndjson");
        assertThat(issue.line()).isEqualTo(3);
        assertThat(issue.record()).contains("pw-info");
        assertThat(issue).hasToString("a.ndjson:3 [pw-info] INFO france-travail.public /beneficiary/status: "
                + issue.message());
    }

    @Test
    void anIssueOfTheWholeRecordShowsTheRootPointer() {
        Issue issue = Issue.of("format.syntax", Severity.ERROR, "", "JSON mal formé : fin inattendue.");

        assertThat(issue.record()).isEmpty();
        assertThat(issue.file()).isEmpty();
        assertThat(issue.line()).isZero();
        assertThat(issue).hasToString("ERROR format.syntax /: JSON mal formé : fin inattendue.");
    }
}
