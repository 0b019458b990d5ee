package org.cepkit.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;
import org.cepkit.model.RecordId;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.pathway.CertificationCode;
import org.cepkit.model.pathway.Formacode;
import org.cepkit.model.pathway.RomeCode;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.Regexes;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The content of the checked-in schemas: the contract of SPEC §2–§4 and §8, keyword by keyword. */
class PublishedSchemaTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyPatternIsAnchoredInEachOfItsAlternatives() throws IOException {
        List<String> patterns = new ArrayList<>();
        for (JsonNode schema : schemas()) {
            collect(schema, "pattern", patterns);
        }
        assertThat(patterns).isNotEmpty();
        for (String pattern : patterns) {
            for (String branch : Regexes.topLevelAlternatives(pattern)) {
                assertThat(branch).as("branch of %s", pattern).startsWith("^").endsWith("$").doesNotEndWith("\\$");
            }
            Pattern.compile(pattern);
        }
    }

    @Test
    void codeValuesUseTheModelsOwnPatterns() throws IOException {
        JsonNode operator = schema(RecordType.OPERATOR);
        JsonNode pathway = schema(RecordType.PATHWAY);
        assertThat(operator.at("/$defs/CommuneCode/pattern").stringValue()).isEqualTo(CommuneCode.REGEX);
        assertThat(operator.at("/$defs/PostalCode/pattern").stringValue()).isEqualTo(PostalCode.REGEX);
        assertThat(operator.at("/$defs/RegionCode/pattern").stringValue()).isEqualTo(RegionCode.REGEX);
        assertThat(operator.at("/$defs/Siret/pattern").stringValue()).isEqualTo(Siret.REGEX);
        assertThat(operator.at("/$defs/RecordId/pattern").stringValue()).isEqualTo(RecordId.REGEX);
        assertThat(pathway.at("/$defs/RomeCode/pattern").stringValue()).isEqualTo(RomeCode.REGEX);
        assertThat(pathway.at("/$defs/Formacode/pattern").stringValue()).isEqualTo(Formacode.REGEX);
        assertThat(pathway.at("/$defs/CertificationCode/pattern").stringValue()).isEqualTo(CertificationCode.REGEX);
        assertThat(operator.at("/$defs/CommuneCode/description").stringValue())
                .contains(CommuneCode.FORMAT.expected());
    }

    @Test
    void theTerritoryCodePatternFollowsItsKind() throws IOException {
        JsonNode rules = schema(RecordType.COOPERATION).at("/$defs/Territory/allOf");
        assertThat(rules.size()).isEqualTo(TerritoryKind.values().length);
        for (int i = 0; i < rules.size(); i++) {
            TerritoryKind kind = TerritoryKind.values()[i];
            assertThat(rules.get(i).at("/if/properties/kind/const").stringValue()).isEqualTo(kind.code());
            assertThat(rules.get(i).at("/then/properties/code/pattern").stringValue())
                    .isEqualTo(kind.codeFormat().regex());
        }
        assertThat(rules.get(TerritoryKind.EPCI.ordinal()).at("/then/properties/code/description").stringValue())
                .contains("Luhn");
        JsonNode localArea = rules.get(TerritoryKind.LOCAL_AREA.ordinal()).get("then");
        assertThat(strings(localArea.get("required"))).containsExactly("communes");
        assertThat(localArea.at("/properties/communes/minItems").intValue()).isEqualTo(1);
    }

    @Test
    void requiredFieldsAreThoseOfSpec() throws IOException {
        JsonNode operator = schema(RecordType.OPERATOR);
        JsonNode pathway = schema(RecordType.PATHWAY);
        JsonNode cooperation = schema(RecordType.COOPERATION);
        assertThat(required(operator)).containsExactlyInAnyOrder("type", "id", "family", "name");
        assertThat(required(operator.at("/$defs/Site"))).containsExactlyInAnyOrder("id", "commune", "modes");
        assertThat(required(pathway)).containsExactlyInAnyOrder("type", "id", "operator", "beneficiary",
                "specification", "startDate", "services");
        assertThat(required(pathway.at("/$defs/OperatorRef"))).containsExactlyInAnyOrder("id", "family");
        assertThat(required(pathway.at("/$defs/Beneficiary"))).containsExactlyInAnyOrder("id", "birthDate", "sex",
                "status", "qualificationLevel", "residence");
        assertThat(required(pathway.at("/$defs/Service"))).containsExactlyInAnyOrder("level", "date", "mode");
        assertThat(required(pathway.at("/$defs/Referral"))).containsExactlyInAnyOrder("to", "date", "purpose");
        assertThat(required(pathway.at("/$defs/ActionPlan"))).containsExactlyInAnyOrder("deliveredOn", "goals");
        assertThat(required(pathway.at("/$defs/Goal"))).containsExactly("kind");
        assertThat(required(cooperation)).containsExactlyInAnyOrder("type", "id", "territory", "operators",
                "configuration", "startDate");
        assertThat(required(cooperation.at("/$defs/Territory"))).containsExactlyInAnyOrder("kind", "code");
        assertThat(required(cooperation.at("/$defs/Partner"))).containsExactlyInAnyOrder("name", "kind");
        assertThat(required(cooperation.at("/$defs/Context"))).isEmpty();
        assertThat(required(cooperation.at("/$defs/Relation"))).containsExactlyInAnyOrder("between", "form",
                "purposes");
    }

    @Test
    void listBoundsAndStringLengthsComeFromTheConstraints() throws IOException {
        JsonNode pathway = schema(RecordType.PATHWAY);
        JsonNode cooperation = schema(RecordType.COOPERATION);
        assertThat(pathway.at("/properties/services/minItems").intValue()).isEqualTo(1);
        assertThat(cooperation.at("/properties/operators/minItems").intValue()).isEqualTo(2);
        assertThat(cooperation.at("/$defs/Relation/properties/between/minItems").intValue()).isEqualTo(2);
        assertThat(cooperation.at("/$defs/Relation/properties/between/maxItems").intValue()).isEqualTo(2);
        assertThat(cooperation.at("/$defs/Relation/properties/purposes/minItems").intValue()).isEqualTo(1);
        JsonNode name = schema(RecordType.OPERATOR).at("/properties/name");
        assertThat(name.get("minLength").intValue()).isEqualTo(1);
        assertThat(name.get("maxLength").intValue()).isEqualTo(200);
        assertThat(cooperation.at("/$defs/Context/properties/federatingIssue/maxLength").intValue()).isEqualTo(200);
        assertThat(pathway.at("/$defs/Beneficiary/properties/executive/default").booleanValue()).isFalse();
        assertThat(pathway.at("/$defs/Beneficiary/properties/disabilityRecognition/default").booleanValue()).isFalse();
    }

    @Test
    void everyObjectForbidsAdditionalProperties() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode schema : schemas()) {
            collectObjectSchemas(schema, objects);
        }
        assertThat(objects).hasSizeGreaterThan(10);
        for (JsonNode object : objects) {
            assertThat(object.get("additionalProperties")).as(object.toString()).isNotNull();
            assertThat(object.get("additionalProperties").isBoolean()).isTrue();
            assertThat(object.get("additionalProperties").booleanValue()).as(object.toString()).isFalse();
        }
    }

    @Test
    void datesAreIsoCalendarDates() throws IOException {
        JsonNode date = schema(RecordType.PATHWAY).at("/$defs/Date");
        assertThat(date.get("type").stringValue()).isEqualTo("string");
        assertThat(date.get("format").stringValue()).isEqualTo("date");
        assertThat(date.get("pattern").stringValue()).isEqualTo("^\\d{4}-\\d{2}-\\d{2}$");
        assertThat(date.get("description").stringValue()).startsWith("ISO 8601 calendar date");
    }

    @Test
    void codeListsListTheirCodesAliasesAndLabels() throws IOException {
        JsonNode family = schema(RecordType.OPERATOR).at("/$defs/OperatorFamily");
        assertThat(strings(family.get("enum"))).containsExactly("FRANCE_TRAVAIL", "APEC", "CAP_EMPLOI",
                "MISSION_LOCALE", "REGIONAL_OPERATOR", "OPACIF_FONGECIF", "REGION_DESIGNATED_OPERATOR", "POLE_EMPLOI");
        assertThat(family.get("description").stringValue())
                .contains("MISSION_LOCALE: Mission locale / Mission locale (local youth mission)")
                .contains("POLE_EMPLOI: deprecated alias of FRANCE_TRAVAIL");

        JsonNode codeLists = MAPPER.readTree(checkedIn(CepSchemas.CODE_LISTS_FILE));
        Set<String> enumDefinitions = new LinkedHashSet<>();
        for (JsonNode schema : schemas()) {
            schema.path("$defs").forEachEntry((name, definition) -> {
                if (definition.has("enum")) {
                    enumDefinitions.add(name);
                }
            });
        }
        assertThat(enumDefinitions).isNotEmpty();
        assertThat(codeLists.propertyNames()).containsAll(enumDefinitions);
        for (Class<? extends CodeList> type : CodeLists.all()) {
            JsonNode list = codeLists.get(type.getSimpleName());
            CodeList[] constants = type.getEnumConstants();
            assertThat(list.get("codes").size()).as(type.getSimpleName()).isEqualTo(constants.length);
            for (int i = 0; i < constants.length; i++) {
                JsonNode code = list.get("codes").get(i);
                assertThat(code.get("code").stringValue()).isEqualTo(constants[i].code());
                assertThat(code.get("labelFr").stringValue()).isEqualTo(constants[i].labelFr());
                assertThat(code.get("labelEn").stringValue()).isEqualTo(constants[i].labelEn());
            }
        }
        assertThat(codeLists.at("/OperatorFamily/codes/" + OperatorFamily.FRANCE_TRAVAIL.ordinal() + "/aliases"))
                .hasSize(1);
    }

    @Test
    void everyAssertionNamesTheFormatRuleItStandsFor() throws IOException {
        Set<String> formatRules = new LinkedHashSet<>();
        RuleCatalogue.builtIn().all().stream().map(RuleDefinition::id).filter(id -> id.startsWith("format."))
                .forEach(formatRules::add);
        List<JsonNode> annotated = new ArrayList<>();
        for (JsonNode schema : schemasAndBundle()) {
            collectAssertingSchemas(schema, annotated);
        }
        assertThat(annotated).hasSizeGreaterThan(50);
        for (JsonNode object : annotated) {
            JsonNode rules = object.path(CepSchemas.RULE_KEYWORD);
            List<String> keywords = ASSERTIONS.stream().filter(object::has).toList();
            assertThat(rules.propertyNames()).as(object.toString()).containsExactlyElementsOf(keywords);
            rules.forEach(rule -> assertThat(formatRules).as(object.toString()).contains(rule.stringValue()));
        }
    }

    @Test
    void theSamePatternNamesTheRuleOfItsCode() throws IOException {
        JsonNode operator = schema(RecordType.OPERATOR);
        JsonNode pathway = schema(RecordType.PATHWAY);
        assertThat(operator.at("/$defs/PostalCode/pattern").stringValue())
                .isEqualTo(pathway.at("/$defs/Formacode/pattern").stringValue());
        assertThat(operator.at("/$defs/PostalCode/x-cepkit-rule/pattern").stringValue())
                .isEqualTo("format.postal-code");
        assertThat(pathway.at("/$defs/Formacode/x-cepkit-rule/pattern").stringValue()).isEqualTo("format.formacode");
        assertThat(pathway.at("/$defs/Date/x-cepkit-rule/format").stringValue()).isEqualTo("format.date");
        assertThat(pathway.at("/properties/schemaVersion/x-cepkit-rule/pattern").stringValue())
                .isEqualTo("format.schema-version");
        JsonNode rules = schema(RecordType.COOPERATION).at("/$defs/Territory/allOf");
        for (int i = 0; i < rules.size(); i++) {
            TerritoryKind kind = TerritoryKind.values()[i];
            assertThat(rules.get(i).at("/then/properties/code/x-cepkit-rule/pattern").stringValue())
                    .isEqualTo(kind.formatRule());
        }
    }

    @Test
    void theUnionSelectsTheSchemaOfTheRecordsTypeWithIfThen() throws IOException {
        JsonNode union = MAPPER.readTree(checkedIn(CepSchemas.recordFileName()));
        assertThat(union.has("oneOf")).isFalse();
        JsonNode selections = union.get("allOf");
        assertThat(selections).hasSize(RecordType.values().length);
        for (RecordType type : RecordType.values()) {
            JsonNode selection = selections.get(type.ordinal());
            assertThat(selection.at("/if/type").stringValue()).isEqualTo("object");
            assertThat(selection.at("/if/properties/type/const").stringValue()).isEqualTo(type.wireName());
            assertThat(strings(selection.at("/if/required"))).containsExactly("type");
            assertThat(selection.at("/then/$ref").stringValue()).isEqualTo(CepSchemas.schemaId(type));
        }
        assertThat(union.at("/properties/type/x-cepkit-rule/enum").stringValue()).isEqualTo("format.type");
    }

    @Test
    void theBundleIsTheUnionWithEachRecordSchemaEmbeddedAsPublished() throws IOException {
        ObjectNode bundle = (ObjectNode) MAPPER.readTree(checkedIn(CepSchemas.BUNDLE_FILE));
        assertThat(bundle.get("$id").stringValue()).isEqualTo(CepSchemas.BUNDLE_SCHEMA_ID);
        JsonNode defs = bundle.remove("$defs");
        assertThat(defs.propertyNames()).containsExactlyInAnyOrder("operator", "pathway", "cooperation");
        for (RecordType type : RecordType.values()) {
            assertThat(defs.get(type.wireName())).as(type.wireName()).isEqualTo(schema(type));
        }
        ObjectNode union = (ObjectNode) MAPPER.readTree(checkedIn(CepSchemas.recordFileName()));
        for (String differs : List.of("$id", "description")) {
            bundle.remove(differs);
            union.remove(differs);
        }
        assertThat(bundle).isEqualTo(union);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void topLevelAlternativesIgnoreGroupsAndClasses() {
        assertThat(Regexes.topLevelAlternatives("^(?:a|b)$|^[|]c$")).containsExactly("^(?:a|b)$", "^[|]c$");
        assertThat(Regexes.topLevelAlternatives("^a\\|b$")).containsExactly("^a\\|b$");
    }

    private static List<JsonNode> schemas() throws IOException {
        List<JsonNode> schemas = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            schemas.add(schema(type));
        }
        schemas.add(MAPPER.readTree(checkedIn(CepSchemas.recordFileName())));
        return schemas;
    }

    /** The assertion keywords of the schemas, in the order the generator writes them. */
    private static final List<String> ASSERTIONS = List.of("type", "const", "enum", "format", "pattern", "minLength",
            "maxLength", "minItems", "maxItems", "required", "additionalProperties");

    private static List<JsonNode> schemasAndBundle() throws IOException {
        List<JsonNode> schemas = schemas();
        schemas.add(MAPPER.readTree(checkedIn(CepSchemas.BUNDLE_FILE)));
        return schemas;
    }

    /**
     * Every schema object with an assertion keyword, at any depth, but the tests of an {@code if}, which report no
     * error of their own.
     */
    private static void collectAssertingSchemas(JsonNode schema, List<JsonNode> found) {
        if (!schema.isObject()) {
            return;
        }
        if (ASSERTIONS.stream().anyMatch(schema::has)) {
            found.add(schema);
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            switch (entry.getKey()) {
                case "properties", "$defs", "allOf" -> entry.getValue().forEach(sub -> collectAssertingSchemas(sub, found));
                case "items", "then", "else" -> collectAssertingSchemas(entry.getValue(), found);
                default -> {
                }
            }
        }
    }

    private static JsonNode schema(RecordType type) throws IOException {
        return MAPPER.readTree(checkedIn(CepSchemas.fileName(type)));
    }

    private static String checkedIn(String fileName) throws IOException {
        return Files.readString(SchemaUpToDateTest.schemaDirectory().resolve(fileName), StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, String keyword, List<String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().equals(keyword) && entry.getValue().isString()) {
                    values.add(entry.getValue().stringValue());
                } else if (!entry.getKey().equals(CepSchemas.RULE_KEYWORD)) {
                    collect(entry.getValue(), keyword, values);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, keyword, values));
        }
    }

    /**
     * Every schema of type object, at any depth, except the union (which delegates to the record schemas) and the
     * tests of its {@code if}s.
     */
    private static void collectObjectSchemas(JsonNode node, List<JsonNode> objects) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asString(""))
                    && !CepSchemas.RECORD_SCHEMA_ID.equals(node.path("$id").asString(""))) {
                objects.add(node);
            }
            node.properties().stream().filter(entry -> !entry.getKey().equals("if"))
                    .forEach(entry -> collectObjectSchemas(entry.getValue(), objects));
        } else if (node.isArray()) {
            node.forEach(child -> collectObjectSchemas(child, objects));
        }
    }

    private static List<String> required(JsonNode schema) {
        return strings(schema.path("required"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.stringValue()));
        return values;
    }
}
