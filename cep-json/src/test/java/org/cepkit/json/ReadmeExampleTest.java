package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cepkit.json.jackson.CepModule;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.QualificationLevel;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Sex;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.Profile;
import org.cepkit.rules.Rule;
import org.cepkit.rules.RuleDefinition;
import org.cepkit.rules.territory.Referential;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The Java examples of README.md, as a newcomer would paste them: they compile and do what the README says. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmePathwayIsValid() {
        Beneficiary beneficiary = Beneficiary.builder()
                .id("b-7f3a")
                .birthDate(LocalDate.of(2001, 5, 14))
                .sex(Sex.FEMALE)
                .status(BeneficiaryStatus.JOBSEEKER)
                .qualificationLevel(QualificationLevel.LEVEL_4)
                .residence(CommuneCode.parse("2A004"))
                .build();

        Pathway pathway = Pathway.builder()
                .id("pw-2024-0001")
                .operator(OperatorRef.of("ml-ajaccio", OperatorFamily.MISSION_LOCALE))
                .beneficiary(beneficiary)
                .specification(Specification.CDC_2019)
                .startDate(LocalDate.of(2024, 3, 1))
                .addServices(Service.of(ServiceLevel.LEVEL_1, LocalDate.of(2024, 3, 1), DeliveryMode.IN_PERSON))
                .build();

        CepValidator validator = CepValidator.create();
        ValidationReport report = validator.validate(pathway);

        assertThat(report.isValid()).isTrue();
        assertThat(report.issues()).isEmpty();
        assertThat(report.rulesNotApplied()).contains("reference.unknown-operator");

        CepValidator tuned = CepValidator.create(Profile.builder()
                .severity("apec.public", Severity.ERROR)
                .disable("france-travail.public")
                .referenceDate(LocalDate.of(2025, 12, 31))
                .locale(Locale.ENGLISH)
                .operators(OperatorRegistry.of(List.of(CepExamples.operator().withId("ml-ajaccio"))))
                .build());
        CepJson json = CepJson.builder().validator(tuned).mode(ReadMode.LENIENT).build();
        String line = json.write(pathway);
        RecordResult result = json.validate(line);

        assertThat(result.record()).contains(pathway);
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void theReadmeFileValidationReadsAFile() throws Exception {
        CepJson json = CepJson.create();
        Path file = Files.writeString(dir.resolve("pathways.ndjson"), json.write(CepExamples.pathway()) + "\n");

        ValidationReport all = json.validate(file);

        assertThat(all.records()).isEqualTo(1);
    }

    @Test
    void theReadmeReferentialAnswersForTheEmbeddedCog() {
        assertThat(Referential.embedded().commune("97411")).isPresent();
        assertThat(Referential.embedded().former("01039")).isPresent();
    }

    @Test
    void theReadmeReportWriterWritesTheJsonReportOfAFileValidatedInParallel() throws Exception {
        CepValidator validator = CepValidator.create();
        Files.writeString(dir.resolve("pathways.ndjson"), CepJson.create().write(CepExamples.pathway()) + "\n");
        Path reportFile = dir.resolve("report.json");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CepJson parallel = CepJson.builder().validator(validator).executor(pool, 2).build();
        try (OutputStream out = Files.newOutputStream(reportFile);
                JsonReportWriter report = JsonReportWriter.to(out)) {
            parallel.validate(List.of(JsonInput.file(dir.resolve("pathways.ndjson"))), false, report);
        }
        pool.shutdown();

        assertThat(Files.readString(reportFile)).startsWith("{\"summary\": {\"records\": 1, \"valid\": 1,")
                .contains("\"rulesNotApplied\"");
    }

    @Test
    void theReadmeRuleOfOnesOwnRunsBesideTheBuiltInOnes() {
        RuleDefinition definition = RuleDefinition.builder("acme.referral-purpose")
                .severity(Severity.WARNING)
                .source("Acme network, referral policy of 2025")
                .description("Un parcours n'oriente vers France Travail que pour construire le projet.",
                        "A pathway refers to France Travail only to build the project.")
                .messages("Une orientation vers France Travail sert à construire le projet.",
                        "A referral to France Travail is for building the project.")
                .build();
        Rule<Pathway> rule = Rule.of(Pathway.class, definition, List.of("/referrals"), (p, context) -> {
            for (int i = 0; i < p.getReferrals().size(); i++) {
                if (p.getReferrals().get(i).getTo().getFamily() == OperatorFamily.FRANCE_TRAVAIL
                        && p.getReferrals().get(i).getPurpose() != CooperationPurpose.BUILD_PROJECT) {
                    context.report("acme.referral-purpose", "/referrals/" + i + "/purpose");
                }
            }
        });
        CepValidator withAcme = CepValidator.create(Profile.builder().addRule(rule).build());

        assertThat(withAcme.catalogue().find("acme.referral-purpose")).contains(definition);
        assertThat(withAcme.validate(CepExamples.pathway()).rulesNotApplied()).doesNotContain("acme.referral-purpose");
    }

    @Test
    void theReadmeMapperWritesTheBytesOfCepJson() throws Exception {
        CepJson json = CepJson.create();
        String line = json.write(CepExamples.pathway());

        JsonMapper mapper = JsonMapper.builder().addModule(new CepModule()).build();
        Pathway read = mapper.readValue(line, Pathway.class);
        String written = mapper.writeValueAsString(read);

        assertThat(written).isEqualTo(json.write(read)).isEqualTo(line);
    }
}
