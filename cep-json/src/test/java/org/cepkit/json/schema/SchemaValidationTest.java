package org.cepkit.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cepkit.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checked-in schemas, loaded into an independent validator (networknt, draft 2020-12, format assertions
 * on), accept complete records in the style of SPEC §2 and reject each kind of malformed record. Every record is
 * checked against its own schema, against the union schema and against the bundled schema loaded alone, which
 * must agree; each error names its rule by the {@code x-cepkit-rule} of the keyword that failed.
 */
class SchemaValidationTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final String OPERATOR = """
            {
              "type": "operator",
              "id": "ml-ajaccio",
              "schemaVersion": "1.0",
              "family": "MISSION_LOCALE",
              "name": "Mission locale d'Ajaccio",
              "siret": "73282932000074",
              "sites": [
                {"id": "ajaccio-centre", "name": "Antenne du centre", "commune": "2A004", "postalCode": "20000",
                 "modes": ["IN_PERSON", "REMOTE"]}
              ],
              "activeFrom": "2015-01-01"
            }
            """;

    private static final String REGIONAL_OPERATOR = """
            {
              "type": "operator",
              "id": "or-corse",
              "family": "REGIONAL_OPERATOR",
              "name": "Opérateur régional du CEP en Corse",
              "coverage": ["94"],
              "activeFrom": "2020-01-01",
              "activeTo": "2023-12-31"
            }
            """;

    private static final String PATHWAY = """
            {
              "type": "pathway",
              "id": "pw-2024-0001",
              "operator": {"id": "ml-ajaccio", "family": "MISSION_LOCALE"},
              "beneficiary": {
                "id": "b-7f3a",
                "birthDate": "2001-05-14",
                "sex": "FEMALE",
                "status": "JOBSEEKER",
                "executive": false,
                "disabilityRecognition": false,
                "qualificationLevel": "LEVEL_4",
                "residence": "2A004"
              },
              "specification": "CDC_2019",
              "startDate": "2024-03-01",
              "endDate": "2024-06-28",
              "services": [
                {"level": "LEVEL_1", "date": "2024-03-01", "mode": "IN_PERSON"},
                {"level": "LEVEL_2", "date": "2024-04-02", "mode": "REMOTE"}
              ],
              "referrals": [
                {"to": {"id": "ft-ajaccio", "family": "FRANCE_TRAVAIL"}, "date": "2024-04-15",
                 "purpose": "REMOVE_BARRIERS"}
              ],
              "actionPlan": {
                "deliveredOn": "2024-06-28",
                "goals": [
                  {"kind": "SKILLS_OR_CERTIFICATION", "rome": "M1805", "formacode": "31054",
                   "certification": "RNCP34436"},
                  {"kind": "MOBILITY"}
                ]
              },
              "outcome": {"observedOn": "2024-09-30", "situation": "EMPLOYMENT"}
            }
            """;

    private static final String COOPERATION = """
            {
              "type": "cooperation",
              "id": "coop-balagne",
              "territory": {"kind": "LOCAL_AREA", "code": "bassin-balagne", "name": "Balagne",
                            "communes": ["2B050", "2B134"]},
              "operators": [
                {"id": "ml-bastia", "family": "MISSION_LOCALE"},
                {"id": "ft-bastia", "family": "FRANCE_TRAVAIL"}
              ],
              "partners": [{"name": "CIO de Bastia", "kind": "CIO"}],
              "configuration": "LOCAL_COMMON_CAUSE",
              "context": {
                "regionalEngagement": "MODERATE",
                "priorProximity": "LONG_STANDING",
                "federatingIssue": "Travailleurs saisonniers",
                "animator": {"name": "Cité des métiers de Bastia", "kind": "CITE_DES_METIERS"}
              },
              "relations": [
                {"between": ["ml-bastia", "ft-bastia"], "form": "CONTRACTUAL_PARTNERSHIP",
                 "purposes": ["REMOVE_BARRIERS", "BUILD_PROJECT"], "since": "2021-09-01"}
              ],
              "startDate": "2021-09-01"
            }
            """;

    private static final SchemaRegistry REGISTRY = registry(true);

    /** The bundled schema and nothing else: its references must resolve within it. */
    private static final SchemaRegistry BUNDLE_REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(CepSchemas.BUNDLE_SCHEMA_ID, checkedIn(CepSchemas.BUNDLE_FILE)))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** The four separate schemas as checked in, by {@code $id}. */
    private static final Map<String, String> CHECKED_IN_BY_ID = checkedInById();

    private static Map<String, String> checkedInById() {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            schemas.put(CepSchemas.schemaId(type), checkedIn(CepSchemas.fileName(type)));
        }
        schemas.put(CepSchemas.RECORD_SCHEMA_ID, checkedIn(CepSchemas.recordFileName()));
        return schemas;
    }

    /** The checked-in schemas, preloaded by {@code $id}: the validator fetches nothing. */
    static SchemaRegistry registry(boolean formatAssertions) {
        Map<String, String> schemas = checkedInById();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(formatAssertions).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas).schemaRegistryConfig(config));
    }

    private static String checkedIn(String fileName) {
        try {
            return Files.readString(SchemaUpToDateTest.schemaDirectory().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void completeOperatorPathwayAndCooperationAreValid() {
        assertValid(OPERATOR);
        assertValid(REGIONAL_OPERATOR);
        assertValid(PATHWAY);
        assertValid(COOPERATION);
    }

    static Stream<Arguments> validVariants() {
        return Stream.of(
                variant("POLE_EMPLOI, the deprecated alias of FRANCE_TRAVAIL, in a reference", PATHWAY,
                        r -> obj(r, "/operator").put("family", "POLE_EMPLOI")),
                variant("POLE_EMPLOI as an operator's family", OPERATOR, r -> r.put("family", "POLE_EMPLOI")),
                variant("a well-formed overseas collectivity commune 97501", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "97501")),
                variant("Saint-Martin, 97801, a commune of a collectivité d'outre-mer (1.1)", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "97801")),
                variant("Saint-Barthélemy, 97701, a commune of a collectivité d'outre-mer (1.1)", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "97701")),
                variant("a skill block of an RNCP certification (1.1)", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("certification", "RNCP34436BC01")),
                variant("a pathway without outcome", PATHWAY, r -> r.remove("outcome")),
                variant("a Paris arrondissement as a commune", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "75101")),
                variant("29 February of a leap year", PATHWAY, r -> r.put("startDate", "2024-02-29")),
                variant("schemaVersion 1.0", PATHWAY, r -> r.put("schemaVersion", "1.0")),
                variant("schemaVersion 1", PATHWAY, r -> r.put("schemaVersion", "1")),
                variant("schemaVersion 1.2.3", PATHWAY, r -> r.put("schemaVersion", "1.2.3")),
                variant("an id of 64 characters", PATHWAY, r -> r.put("id", "p".repeat(64))),
                variant("an id with . _ : -", PATHWAY, r -> r.put("id", "pw.2024_01:a-b")),
                variant("a name of 200 characters", OPERATOR, r -> r.put("name", "n".repeat(200))),
                variant("a name of 1 character", OPERATOR, r -> r.put("name", "n")),
                variant("no optional field", PATHWAY, r -> {
                    r.remove(List.of("endDate", "referrals", "actionPlan"));
                    obj(r, "/beneficiary").remove(List.of("executive", "disabilityRecognition"));
                }),
                variant("an employer SIRET", PATHWAY,
                        r -> obj(r, "/beneficiary").put("employerSiret", "73282932000074")),
                variant("a département 2A", COOPERATION, r -> territory(r, "DEPARTEMENT", "2A")),
                variant("an overseas département 976", COOPERATION, r -> territory(r, "DEPARTEMENT", "976")),
                variant("the région Corse 94", COOPERATION, r -> territory(r, "REGION", "94")),
                variant("a commune 2B033", COOPERATION, r -> territory(r, "COMMUNE", "2B033")),
                variant("an EPCI SIREN", COOPERATION, r -> territory(r, "EPCI", "200046977")),
                variant("an employment zone", COOPERATION, r -> territory(r, "EMPLOYMENT_ZONE", "9401")),
                variant("a relation between two ids, without since", COOPERATION,
                        r -> obj(r, "/relations/0").remove("since")));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("validVariants")
    void acceptsWellFormedVariants(String description, String record) {
        assertValid(record);
    }

    static Stream<Arguments> invalidVariants() {
        return Stream.of(
                rejected("an unknown field at top level", "", PATHWAY, r -> r.put("comment", "x")),
                rejected("an unknown field in the beneficiary", "/beneficiary", PATHWAY,
                        r -> obj(r, "/beneficiary").put("name", "Marie")),
                rejected("an unknown field in a site", "/sites/0", OPERATOR,
                        r -> obj(r, "/sites/0").put("address", "1 cours Napoléon")),
                rejected("an unknown field in the territory", "/territory", COOPERATION,
                        r -> obj(r, "/territory").put("population", 1)),
                rejected("a missing startDate", "", PATHWAY, r -> r.remove("startDate")),
                rejected("a missing beneficiary residence", "/beneficiary", PATHWAY,
                        r -> obj(r, "/beneficiary").remove("residence")),
                rejected("a missing operator family", "", OPERATOR, r -> r.remove("family")),
                rejected("a missing id", "", COOPERATION, r -> r.remove("id")),
                rejected("a missing type", "", PATHWAY, r -> r.remove("type")),
                rejected("a missing services", "", PATHWAY, r -> r.remove("services")),
                rejected("a missing site modes", "/sites/0", OPERATOR, r -> obj(r, "/sites/0").remove("modes")),
                rejected("a type that is not a record type", "/type", PATHWAY, r -> r.put("type", "person")),
                rejected("a boolean as a string", "/beneficiary/executive", PATHWAY,
                        r -> obj(r, "/beneficiary").put("executive", "yes")),
                rejected("a date as a number", "/startDate", PATHWAY, r -> r.put("startDate", 20240301)),
                rejected("an object instead of a list", "/services", PATHWAY, r -> r.putObject("services")),
                rejected("a number as a name", "/name", OPERATOR, r -> r.put("name", 42)),
                rejected("null for a required field", "/specification", PATHWAY, r -> r.putNull("specification")),
                rejected("null for an optional field", "/endDate", PATHWAY, r -> r.putNull("endDate")),
                rejected("an unknown family", "/family", OPERATOR, r -> r.put("family", "PE")),
                rejected("a code in lower case", "/beneficiary/sex", PATHWAY,
                        r -> obj(r, "/beneficiary").put("sex", "female")),
                rejected("an unknown specification", "/specification", PATHWAY,
                        r -> r.put("specification", "CDC_2024")),
                rejected("an impossible date 2024-02-30", "/startDate", PATHWAY, r -> r.put("startDate", "2024-02-30")),
                rejected("29 February of a common year", "/endDate", PATHWAY, r -> r.put("endDate", "2023-02-29")),
                rejected("a date without leading zeros 2024-3-1", "/startDate", PATHWAY,
                        r -> r.put("startDate", "2024-3-1")),
                rejected("a date with a time", "/startDate", PATHWAY, r -> r.put("startDate", "2024-03-01T10:00:00Z")),
                rejected("a French date", "/services/0/date", PATHWAY,
                        r -> obj(r, "/services/0").put("date", "01/03/2024")),
                rejected("an id starting with a dash", "/id", PATHWAY, r -> r.put("id", "-pw-1")),
                rejected("an id with a space", "/id", PATHWAY, r -> r.put("id", "pw 1")),
                rejected("an id of 65 characters", "/id", PATHWAY, r -> r.put("id", "p".repeat(65))),
                rejected("an empty id", "/id", OPERATOR, r -> r.put("id", "")),
                rejected("a bad beneficiary id", "/beneficiary/id", PATHWAY,
                        r -> obj(r, "/beneficiary").put("id", "b/7f3a")),
                rejected("a bad id in a relation", "/relations/0/between/1", COOPERATION,
                        r -> arr(r, "/relations/0/between").set(1, "ft bastia")),
                rejected("commune 20004 (no département 20)", "/beneficiary/residence", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "20004")),
                rejected("a commune with 4 digits", "/sites/0/commune", OPERATOR,
                        r -> obj(r, "/sites/0").put("commune", "2004")),
                rejected("commune 97901 (neither a département nor a collectivité)", "/beneficiary/residence", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "97901")),
                rejected("a postal code with 4 digits", "/sites/0/postalCode", OPERATOR,
                        r -> obj(r, "/sites/0").put("postalCode", "2000")),
                rejected("a SIRET with 13 digits", "/siret", OPERATOR, r -> r.put("siret", "7328293200007")),
                rejected("a ROME code with a letter after N", "/actionPlan/goals/0/rome", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("rome", "P1805")),
                rejected("a Formacode with 4 digits", "/actionPlan/goals/0/formacode", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("formacode", "3105")),
                rejected("a certification without its repertory", "/actionPlan/goals/0/certification", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("certification", "34436")),
                rejected("a skill block of one digit (1.1)", "/actionPlan/goals/0/certification", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("certification", "RNCP34436BC1")),
                rejected("an outcome situation outside its code list (1.1)", "/outcome/situation", PATHWAY,
                        r -> obj(r, "/outcome").put("situation", "RETIRED")),
                rejected("région 05 in a coverage", "/coverage/0", REGIONAL_OPERATOR,
                        r -> arr(r, "/coverage").set(0, "05")),
                rejected("département 20 for kind DEPARTEMENT", "/territory/code", COOPERATION,
                        r -> territory(r, "DEPARTEMENT", "20")),
                rejected("département 975 for kind DEPARTEMENT", "/territory/code", COOPERATION,
                        r -> territory(r, "DEPARTEMENT", "975")),
                rejected("région 05 for kind REGION", "/territory/code", COOPERATION,
                        r -> territory(r, "REGION", "05")),
                rejected("a département code for kind REGION", "/territory/code", COOPERATION,
                        r -> territory(r, "REGION", "2A")),
                rejected("commune 20004 for kind COMMUNE", "/territory/code", COOPERATION,
                        r -> territory(r, "COMMUNE", "20004")),
                rejected("an EPCI of 8 digits", "/territory/code", COOPERATION, r -> territory(r, "EPCI", "20004697")),
                rejected("an employment zone of 5 digits", "/territory/code", COOPERATION,
                        r -> territory(r, "EMPLOYMENT_ZONE", "94010")),
                rejected("a LOCAL_AREA whose code is not an identifier", "/territory/code", COOPERATION,
                        r -> obj(r, "/territory").put("code", "bassin de Balagne")),
                rejected("a LOCAL_AREA without communes", "/territory", COOPERATION,
                        r -> obj(r, "/territory").remove("communes")),
                rejected("a LOCAL_AREA with no commune", "/territory/communes", COOPERATION,
                        r -> obj(r, "/territory").putArray("communes")),
                rejected("a LOCAL_AREA with a bad commune", "/territory/communes/2", COOPERATION,
                        r -> arr(r, "/territory/communes").add("20004")),
                rejected("a territory without kind", "/territory", COOPERATION,
                        r -> obj(r, "/territory").remove("kind")),
                rejected("no service", "/services", PATHWAY, r -> r.putArray("services")),
                rejected("an action plan without goals", "/actionPlan/goals", PATHWAY,
                        r -> obj(r, "/actionPlan").putArray("goals")),
                rejected("a site without delivery mode", "/sites/0/modes", OPERATOR,
                        r -> obj(r, "/sites/0").putArray("modes")),
                rejected("a relation without purpose", "/relations/0/purposes", COOPERATION,
                        r -> obj(r, "/relations/0").putArray("purposes")),
                rejected("a cooperation of one operator", "/operators", COOPERATION,
                        r -> arr(r, "/operators").remove(1)),
                rejected("a cooperation without operators", "", COOPERATION, r -> r.remove("operators")),
                rejected("a relation between 3 ids", "/relations/0/between", COOPERATION,
                        r -> arr(r, "/relations/0/between").add("cio-bastia")),
                rejected("a relation with 1 id", "/relations/0/between", COOPERATION,
                        r -> arr(r, "/relations/0/between").remove(1)),
                rejected("a name of 201 characters", "/name", OPERATOR, r -> r.put("name", "n".repeat(201))),
                rejected("an empty name", "/name", OPERATOR, r -> r.put("name", "")),
                rejected("a site name of 201 characters", "/sites/0/name", OPERATOR,
                        r -> obj(r, "/sites/0").put("name", "n".repeat(201))),
                rejected("a partner name of 201 characters", "/partners/0/name", COOPERATION,
                        r -> obj(r, "/partners/0").put("name", "n".repeat(201))),
                rejected("a federating issue of 201 characters", "/context/federatingIssue", COOPERATION,
                        r -> obj(r, "/context").put("federatingIssue", "n".repeat(201))),
                rejected("schemaVersion 2.0", "/schemaVersion", PATHWAY, r -> r.put("schemaVersion", "2.0")),
                rejected("schemaVersion 10", "/schemaVersion", PATHWAY, r -> r.put("schemaVersion", "10")),
                rejected("schemaVersion as a number", "/schemaVersion", PATHWAY, r -> r.put("schemaVersion", 1)));
    }

    @ParameterizedTest(name = "rejects {0} at \"{1}\"")
    @MethodSource("invalidVariants")
    void rejectsMalformedVariantsAtTheFaultyValue(String description, String at, String record) {
        assertInvalid(record, at);
    }

    static Stream<Arguments> ruleVariants() {
        return Stream.of(
                ruled("format.commune", "commune 20004", PATHWAY,
                        r -> obj(r, "/beneficiary").put("residence", "20004")),
                ruled("format.postal-code", "postal code 2000, a pattern of 5 digits like a Formacode", OPERATOR,
                        r -> obj(r, "/sites/0").put("postalCode", "2000")),
                ruled("format.formacode", "Formacode 3105, a pattern of 5 digits like a postal code", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("formacode", "3105")),
                ruled("format.rome", "ROME code P1805", PATHWAY, r -> obj(r, "/actionPlan/goals/0").put("rome", "P1805")),
                ruled("format.certification", "certification 34436", PATHWAY,
                        r -> obj(r, "/actionPlan/goals/0").put("certification", "34436")),
                ruled("format.siret", "a SIRET of 13 digits", OPERATOR, r -> r.put("siret", "7328293200007")),
                ruled("format.region", "région 05 in a coverage", REGIONAL_OPERATOR,
                        r -> arr(r, "/coverage").set(0, "05")),
                ruled("format.departement", "département 20", COOPERATION, r -> territory(r, "DEPARTEMENT", "20")),
                ruled("format.epci", "an EPCI of 8 digits", COOPERATION, r -> territory(r, "EPCI", "20004697")),
                ruled("format.employment-zone", "an employment zone of 5 digits", COOPERATION,
                        r -> territory(r, "EMPLOYMENT_ZONE", "94010")),
                ruled("format.identifier", "an id starting with a hyphen", PATHWAY, r -> r.put("id", "-pw")),
                ruled("format.date", "30 February", PATHWAY, r -> r.put("startDate", "2024-02-30")),
                ruled("format.date", "a French date", PATHWAY, r -> r.put("startDate", "01/03/2024")),
                ruled("format.enum", "an unknown family", OPERATOR, r -> r.put("family", "LOCAL")),
                ruled("format.type", "a boolean as a string", PATHWAY,
                        r -> obj(r, "/beneficiary").put("executive", "yes")),
                ruled("format.type", "a type that is not a record type", PATHWAY, r -> r.put("type", "person")),
                ruled("format.required", "a missing startDate", PATHWAY, r -> r.remove("startDate")),
                ruled("format.required", "a LOCAL_AREA without communes", COOPERATION,
                        r -> obj(r, "/territory").remove("communes")),
                ruled("format.unknown-field", "an unknown field", PATHWAY, r -> r.put("comment", "none")),
                ruled("format.length", "an empty name", OPERATOR, r -> r.put("name", "")),
                ruled("format.length", "a cooperation of one operator", COOPERATION,
                        r -> arr(r, "/operators").remove(1)),
                ruled("format.schema-version", "schemaVersion 2.0", PATHWAY, r -> r.put("schemaVersion", "2.0")));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("ruleVariants")
    void eachErrorNamesTheRuleOfTheKeywordThatFailed(String rule, String description, String record) {
        List<com.networknt.schema.Error> errors = validate(REGISTRY, CepSchemas.RECORD_SCHEMA_ID, record);
        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(error -> assertThat(ruleOf(error)).as(error.toString()).isEqualTo(rule));
    }

    @Test
    void theTypeSelectsOneSchemaSoANonObjectHasOneError() {
        for (String notARecord : List.of("null", "[]", "\"pathway\"", "12")) {
            assertThat(errors(REGISTRY, CepSchemas.RECORD_SCHEMA_ID, notARecord)).as(notARecord).hasSize(1);
            assertThat(errors(BUNDLE_REGISTRY, CepSchemas.BUNDLE_SCHEMA_ID, notARecord)).as(notARecord).hasSize(1);
        }
    }

    @Test
    void theSchemaChecksTheSiretPatternButNotItsLuhnKeyAndSaysSo() {
        assertValid(mutate(OPERATOR, r -> r.put("siret", "73282932000075")));
        JsonNode siret = MAPPER.readTree(checkedIn("operator.schema.json")).at("/$defs/Siret");
        assertThat(siret.get("description").stringValue()).contains("Luhn").contains("La Poste");
    }

    @Test
    void formatDateIsOnlyAnAnnotationWhenTheValidatorDoesNotAssertFormats() {
        String feb30 = mutate(PATHWAY, r -> r.put("startDate", "2024-02-30"));
        assertThat(errors(registry(false), CepSchemas.PATHWAY_SCHEMA_ID, feb30)).isEmpty();
        assertThat(errors(REGISTRY, CepSchemas.PATHWAY_SCHEMA_ID, feb30)).isNotEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertValid(String record) {
        String schemaId = ownSchemaId(record);
        assertThat(errors(REGISTRY, schemaId, record)).as("against " + schemaId).isEmpty();
        assertThat(errors(REGISTRY, CepSchemas.RECORD_SCHEMA_ID, record)).as("against the union").isEmpty();
        assertThat(errors(BUNDLE_REGISTRY, CepSchemas.BUNDLE_SCHEMA_ID, record)).as("against the bundle").isEmpty();
    }

    /**
     * Invalid against its own schema, every error at {@code at}; invalid against the union, which gives the errors
     * of the record's type only, so at {@code at} too, each naming a format rule; and against the bundle, with the
     * same errors.
     */
    private static void assertInvalid(String record, String at) {
        String schemaId = ownSchemaId(record);
        List<com.networknt.schema.Error> errors = validate(REGISTRY, schemaId, record);
        assertThat(errors).as("against " + schemaId).isNotEmpty();
        assertThat(errors).allSatisfy(error ->
                assertThat(error.getInstanceLocation().toString()).as(error.toString()).isEqualTo(at));
        List<com.networknt.schema.Error> union = validate(REGISTRY, CepSchemas.RECORD_SCHEMA_ID, record);
        assertThat(union).as("against the union").isNotEmpty().allSatisfy(error -> {
            assertThat(error.getInstanceLocation().toString()).as(error.toString()).isEqualTo(at);
            assertThat(ruleOf(error)).as(error.toString()).startsWith("format.");
        });
        assertThat(keywordsAndLocations(validate(BUNDLE_REGISTRY, CepSchemas.BUNDLE_SCHEMA_ID, record)))
                .as("against the bundle").isEqualTo(keywordsAndLocations(union));
    }

    private static List<String> keywordsAndLocations(List<com.networknt.schema.Error> errors) {
        return errors.stream().map(error -> error.getKeyword() + " at " + error.getInstanceLocation()).toList();
    }

    /**
     * The rule that an error's keyword stands for: the {@code x-cepkit-rule} of the schema object that holds the
     * keyword, found by the error's schema location in the checked-in file of that {@code $id}.
     */
    private static String ruleOf(com.networknt.schema.Error error) {
        SchemaLocation location = error.getSchemaLocation();
        JsonNode node = MAPPER.readTree(CHECKED_IN_BY_ID.get(location.getAbsoluteIri().toString()));
        NodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node.path(CepSchemas.RULE_KEYWORD).path(error.getKeyword()).asString("none");
    }

    /** The schema of the record's own type; a record without a valid type is checked against the pathway's. */
    private static String ownSchemaId(String record) {
        String type = MAPPER.readTree(record).path("type").asString("");
        return RecordType.fromWireName(type).map(CepSchemas::schemaId).orElse(CepSchemas.PATHWAY_SCHEMA_ID);
    }

    private static List<String> errors(SchemaRegistry registry, String schemaId, String record) {
        return validate(registry, schemaId, record).stream().map(Object::toString).toList();
    }

    private static List<com.networknt.schema.Error> validate(SchemaRegistry registry, String schemaId, String record) {
        Schema schema = registry.getSchema(SchemaLocation.of(schemaId));
        return schema.validate(record, InputFormat.JSON);
    }

    private static Arguments ruled(String rule, String description, String record, Consumer<ObjectNode> change) {
        return Arguments.of(rule, description, mutate(record, change));
    }

    private static Arguments variant(String description, String record, Consumer<ObjectNode> change) {
        return Arguments.of(description, mutate(record, change));
    }

    /** A malformed variant of {@code record}, rejected at the JSON Pointer {@code at} (the parent, when missing). */
    private static Arguments rejected(String description, String at, String record, Consumer<ObjectNode> change) {
        return Arguments.of(description, at, mutate(record, change));
    }

    private static String mutate(String record, Consumer<ObjectNode> change) {
        ObjectNode copy = (ObjectNode) MAPPER.readTree(record);
        change.accept(copy);
        return MAPPER.writeValueAsString(copy);
    }

    private static ObjectNode obj(ObjectNode record, String pointer) {
        return (ObjectNode) record.at(pointer);
    }

    private static ArrayNode arr(ObjectNode record, String pointer) {
        return (ArrayNode) record.at(pointer);
    }

    private static void territory(ObjectNode cooperation, String kind, String code) {
        ObjectNode territory = obj(cooperation, "/territory");
        territory.put("kind", kind).put("code", code);
        if (!kind.equals("LOCAL_AREA")) {
            territory.remove("communes");
        }
    }
}
