package org.example.consumer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cepkit.analysis.Exclusion;
import org.cepkit.analysis.indicators.*;
import org.cepkit.analysis.network.*;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.ReadMode;
import org.cepkit.json.RecordResult;
import org.cepkit.json.jackson.CepModule;
import org.cepkit.json.report.JsonReportWriter;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.*;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.Profile;
import org.cepkit.rules.Rule;
import org.cepkit.rules.RuleDefinition;
import org.cepkit.rules.Severity;
import org.cepkit.rules.ValidationReport;
import org.cepkit.rules.territory.Referential;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java examples of cepkit's README, each as the README writes it, in a project of one's own: run, each is
 * checked to do what the README says. Run in a folder where it may write {@code pathways.ndjson} and
 * {@code report.json}; exits 1, saying which check failed, when one does not hold.
 */
public final class ReadmeExamples {

    private ReadmeExamples() {
    }

    public static void main(String[] args) throws Exception {
        try {
            analysis(java());
        } catch (AssertionError failed) {
            System.err.println("cepkit README examples: " + failed.getMessage());
            System.exit(1);
        }
        System.out.println("cepkit README examples: every example does what the README says, on the "
                + (ReadmeExamples.class.getModule().isNamed() ? "module path" : "class path"));
    }

    /** "Build and validate a pathway in Java" and what follows it; the operator and the pathway built there. */
    static List<CepRecord> java() throws Exception {
        Beneficiary beneficiary = Beneficiary.builder()
                .id("b-7f3a")                              // pseudonymous, never a NIR
                .birthDate(LocalDate.of(2001, 5, 14))
                .sex(Sex.FEMALE)
                .status(BeneficiaryStatus.JOBSEEKER)
                .qualificationLevel(QualificationLevel.LEVEL_4)
                .residence(CommuneCode.parse("2A004"))     // Ajaccio
                .build();

        Pathway pathway = Pathway.builder()
                .id("pw-2024-0001")
                .operator(OperatorRef.of("ml-ajaccio", OperatorFamily.MISSION_LOCALE))
                .beneficiary(beneficiary)
                .specification(Specification.CDC_2019)
                .startDate(LocalDate.of(2024, 3, 1))
                .addServices(Service.of(ServiceLevel.LEVEL_1, LocalDate.of(2024, 3, 1), DeliveryMode.IN_PERSON))
                .build();

        CepValidator validator = CepValidator.create();   // immutable, thread-safe: build once, share
        ValidationReport report = validator.validate(pathway);
        report.isValid();                                 // true: no ERROR
        report.issues().forEach(issue -> System.out.println(issue.rule() + " " + issue.path() + " "
                + issue.message()));
        check(report.isValid() && report.issues().isEmpty(), "the README's pathway is valid");
        check(report.rulesNotApplied().contains("reference.unknown-operator"),
                "the rules that need an operator registry are not applied without one");
        check(Referential.embedded().commune("97411").isPresent() && Referential.embedded().former("01039")
                .orElseThrow().current().equals(CommuneCode.parse("01138")),
                "the embedded COG answers as the README says");

        Operator ajaccio = Operator.builder()                // the operators the records name, built or read
                .id("ml-ajaccio")
                .family(OperatorFamily.MISSION_LOCALE)
                .name("Mission locale d'Ajaccio")
                .addSites(Site.builder().id("ml-ajaccio-1").commune(CommuneCode.parse("2A004"))
                        .addModes(DeliveryMode.IN_PERSON).build())
                .build();
        CepValidator tuned = CepValidator.create(Profile.builder()
                .severity("apec.public", Severity.ERROR)
                .disable("france-travail.public")
                .referenceDate(LocalDate.of(2025, 12, 31))
                .locale(Locale.ENGLISH)
                .operators(OperatorRegistry.of(List.of(ajaccio)))
                .build());
        check(tuned.validate(pathway).isValid(), "the pathway is valid for the tuned profile, its operator known");
        check(tuned.validate(Pathway.builder().from(pathway).startDate(LocalDate.of(2026, 1, 5)).build())
                .issuesOf("pathway.future-date").get(0).message().startsWith("Date after"),
                "the tuned profile's reference date and English messages apply");

        Files.writeString(Path.of("pathways.ndjson"), CepJson.create().write(pathway) + "\n");
        CepJson json = CepJson.builder().validator(validator).mode(ReadMode.LENIENT).build();
        String line = json.write(pathway);                          // canonical JSON, the same bytes every time
        RecordResult result = json.validate(line);                  // read + validate one record
        ValidationReport all = json.validate(Path.of("pathways.ndjson"));
        check(line.startsWith("{\"type\":\"pathway\""), "json.write writes the record's type first");
        check(result.isValid() && result.record().orElseThrow().equals(pathway), "json.validate reads it back");
        check(all.records() == 1 && all.isValid(), "json.validate reads the file");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CepJson parallel = CepJson.builder().validator(validator).executor(pool, 2).build();
        try (OutputStream out = Files.newOutputStream(Path.of("report.json"));
                JsonReportWriter writer = JsonReportWriter.to(out)) {
            parallel.validate(List.of(JsonInput.file(Path.of("pathways.ndjson"))), false, writer);
        }
        pool.shutdown();
        check(Files.readString(Path.of("report.json")).startsWith("{\"summary\":"), "report.json is the JSON report");

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
        check(withAcme.catalogue().find("acme.referral-purpose").orElseThrow().equals(definition),
                "the rule of one's own joins the validator's catalogue");
        Pathway referred = Pathway.builder().from(pathway).addReferrals(Referral.builder()
                .to(OperatorRef.of("ft-ajaccio", OperatorFamily.FRANCE_TRAVAIL))
                .date(LocalDate.of(2024, 3, 8)).purpose(CooperationPurpose.REMOVE_BARRIERS).build()).build();
        check(withAcme.validate(referred).issuesOf("acme.referral-purpose").size() == 1
                && withAcme.validate(pathway).issuesOf("acme.referral-purpose").isEmpty(),
                "the rule of one's own reports a referral to France Travail for another purpose");

        JsonMapper mapper = JsonMapper.builder().addModule(new CepModule()).build();
        Pathway read = mapper.readValue(line, Pathway.class);
        String written = mapper.writeValueAsString(read);           // the same bytes as json.write(read)
        check(read.equals(pathway) && written.equals(json.write(read)),
                "CepModule reads the record and writes the same bytes as CepJson");
        return List.of(ajaccio, pathway);
    }

    /** "Indicators, under statistical disclosure control" and "Cooperation networks", on valid records. */
    static void analysis(List<CepRecord> records) {
        long invalid = 0;
        // records: a List<CepRecord> of the records free of ERROR; invalid: how many records had an ERROR
        Tabulation tabulation = Indicators.builder().dimensions(Dimension.FAMILY, Dimension.AGE_BAND).build()
                .tabulation();
        records.forEach(tabulation::add);           // the pathways are counted, the other records counted as left out
        tabulation.leaveOut(Exclusion.INVALID, invalid);
        IndicatorTable table = tabulation.table();  // memory grows with the cells, never with the records
        check(table.leftOut().total() == 1, "the operator is left out of the indicators");

        // records: a List<CepRecord> of the operators, cooperations and pathways free of ERROR
        NetworkReport networks = CooperationNetworks.builder().build().analyse(records.stream());
        networks.network(TerritoryKind.DEPARTEMENT, "2B")
                .ifPresent(network -> System.out.println(network.missingFamilies()));
        check(networks.network(TerritoryKind.DEPARTEMENT, "2A").isPresent(),
                "the network of Corse-du-Sud holds the Mission locale of Ajaccio");
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError("not so: " + what);
        }
    }
}
