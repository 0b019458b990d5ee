package org.cepkit.modulepath;

import java.time.LocalDate;
import java.util.List;
import org.cepkit.json.CepJson;
import org.cepkit.json.RecordResult;
import org.cepkit.json.jackson.CepModule;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.RecordType;
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
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import org.cepkit.rules.ValidationReport;
import org.cepkit.rules.territory.Referential;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a user does with cepkit, run on the module path with no flag: build a pathway (Immutables), validate
 * it (Hibernate Validator and the rules, its messages, the embedded COG), write and read JSON, use the Jackson module
 * and the published schema. Exits 1, saying why, when anything differs from what the class path gives.
 */
public final class Consumer {

    private Consumer() {
    }

    public static void main(String[] args) {
        Pathway pathway = Pathway.builder()
                .id("pw-2024-0001")
                .operator(OperatorRef.of("ml-ajaccio", OperatorFamily.MISSION_LOCALE))
                .beneficiary(Beneficiary.builder()
                        .id("b-7f3a")
                        .birthDate(LocalDate.of(2001, 5, 14))
                        .sex(Sex.FEMALE)
                        .status(BeneficiaryStatus.JOBSEEKER)
                        .qualificationLevel(QualificationLevel.LEVEL_4)
                        .residence(CommuneCode.parse("2A004"))
                        .build())
                .specification(Specification.CDC_2019)
                .startDate(LocalDate.of(2024, 3, 1))
                .addServices(Service.of(ServiceLevel.LEVEL_1, LocalDate.of(2024, 3, 1), DeliveryMode.IN_PERSON))
                .build();
        CepValidator validator = CepValidator.create(Profile.builder().referenceDate(LocalDate.of(2025, 1, 1)).build());
        check(validator.validate(pathway).isValid(), "the pathway is valid");

        Pathway tooLong = Pathway.builder().from(pathway).id("pw 2024").build();
        ValidationReport bad = validator.validate(tooLong);
        check(bad.issuesOf("format.identifier").size() == 1, "Hibernate Validator reports format.identifier");
        check(bad.issues().get(0).message().startsWith("Identifiant"), "the French message is found");

        CepJson json = CepJson.builder().validator(validator).build();
        String text = json.write(pathway);
        RecordResult read = json.validate(text);
        check(read.issues().isEmpty() && read.record().orElseThrow().equals(pathway), "JSON reads back");
        check(json.validate(text.replace("2A004", "2A999")).issues().get(0).rule().equals("territory.unknown"),
                "the COG is read");

        JsonMapper mapper = JsonMapper.builder().addModule(new CepModule()).build();
        check(mapper.writeValueAsString(pathway).equals(text), "the Jackson module writes the wire format");
        check(mapper.readValue(text, Pathway.class).equals(pathway), "the Jackson module reads it");

        check(CepSchemas.schema(RecordType.PATHWAY).contains("\"$id\": \"https://cepkit.org/schema/v1/pathway"),
                "the published schema is in the jar");
        check(Referential.embedded().edition().equals("COG 2026"), "the referential is embedded");
        check(List.of(Consumer.class.getModule().getName(), CepJson.class.getModule().getName())
                .equals(List.of("org.cepkit.modulepath", "org.cepkit.json")), "both run as named modules");
        System.out.println("cepkit on the module path: " + CepJson.class.getModule().getDescriptor().toNameAndVersion()
                + ", every check passed");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("cepkit on the module path: failed: " + what);
            System.exit(1);
        }
    }
}
