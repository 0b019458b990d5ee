package org.cepkit.json.internal.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cepkit.json.internal.GeneratedFiles;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.ValueTypeSelector;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.RuleCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published files of the wire format from the model's description ({@link WireFormat}): the JSON
 * Schema (draft 2020-12) of each record type, of their union, and of the union bundled with the three (one
 * self-contained file), the code lists and the rule catalogue. The files
 * are checked in under {@code schema/v1/} and shipped in the cep-json jar; the build fails when they differ from
 * what this generates ({@code SchemaUpToDateTest}), and {@link #main} rewrites them.
 *
 * <p>Every property of the description becomes a property of its object's schema: its JSON type, code list
 * ({@code enum}), format ({@code pattern}), bounds, default, description, and whether it is required. Objects are
 * closed ({@code additionalProperties: false}); code lists, code values, dates and nested objects are shared
 * {@code $defs}. Every assertion keyword names the cepkit rule it stands for in {@code x-cepkit-rule}.
 */
public final class SchemaGenerator {

    /** The dialect of every schema. */
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The files' directory relative to cep-json's base directory (the repository's {@code schema/v1/}). */
    public static final Path DIRECTORY_FROM_MODULE = Path.of("..", "schema", "v1");

    /** The syntax of a calendar date; {@code format: date} adds that the day exists. */
    static final String DATE_REGEX = "^\\d{4}-\\d{2}-\\d{2}$";

    private static final String DATE = "Date";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * The annotation keyword that names, for each assertion keyword of a schema object, the cepkit rule it stands
     * for. A validator reports the keyword that failed and the schema object that holds it, so an integrator maps
     * any schema error to a rule id.
     */
    static final String RULE_KEYWORD = CepSchemas.RULE_KEYWORD;

    /**
     * Each assertion keyword the schemas use, with the rule it stands for unless the schema object says otherwise
     * ({@code pattern} has no default: every pattern names its own rule, {@code format.commune},
     * {@code format.date}…).
     */
    private static final Map<String, String> DEFAULT_RULES = defaultRules();

    /** The order of the keywords in every schema object of the published files. */
    private static final List<String> KEYWORD_ORDER = List.of("$schema", "$id", "$ref", "title", "description",
            "type", "const", "enum", "format", "pattern", "minLength", "maxLength", "default", "items", "minItems",
            "maxItems", "properties", "required", "additionalProperties", RULE_KEYWORD, "allOf", "if", "then",
            "else", "oneOf", "$defs");

    /** The keywords whose value is one schema, and those whose value is an array or a map of schemas. */
    private static final List<String> SCHEMA_KEYWORDS = List.of("items", "additionalProperties", "if", "then",
            "else");
    private static final List<String> SCHEMA_ARRAY_KEYWORDS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> SCHEMA_MAP_KEYWORDS = List.of("properties", "$defs");

    private SchemaGenerator() {
    }

    private static Map<String, String> defaultRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("type", "format.type");
        rules.put("const", "format.type");
        rules.put("enum", "format.enum");
        rules.put("format", "format.date");
        rules.put("pattern", null);
        rules.put("minLength", "format.length");
        rules.put("maxLength", "format.length");
        rules.put("minItems", "format.length");
        rules.put("maxItems", "format.length");
        rules.put("required", "format.required");
        rules.put("additionalProperties", "format.unknown-field");
        return Collections.unmodifiableMap(rules);
    }

    /**
     * Writes every generated file into {@code args[0]}, or into {@code ../schema/v1} from cep-json's directory.
     * {@code mvn -pl cep-json test -Dtest=SchemaUpToDateTest -Dcepkit.schema.update=true} does the same.
     */
    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : DIRECTORY_FROM_MODULE);
    }

    /** Writes every generated file into {@code directory}, creating it if needed. */
    public static void write(Path directory) throws IOException {
        GeneratedFiles.write(directory, generateAll());
    }

    /** Every published file, by file name, in {@link CepSchemas#fileNames()} order. */
    public static Map<String, String> generateAll() {
        Map<String, String> files = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            files.put(CepSchemas.fileName(type), JsonText.write(recordSchema(type)));
        }
        files.put(CepSchemas.recordFileName(), JsonText.write(unionSchema()));
        files.put(CepSchemas.BUNDLE_FILE, JsonText.write(bundleSchema()));
        files.put(CepSchemas.CODE_LISTS_FILE, JsonText.write(codeLists()));
        files.put(CepSchemas.RULES_FILE, RuleCatalogue.builtIn().toJson());
        if (!List.copyOf(files.keySet()).equals(CepSchemas.fileNames())) {
            throw new IllegalStateException("Generated " + files.keySet() + " but CepSchemas ships "
                    + CepSchemas.fileNames());
        }
        return files;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Record schemas

    /** The schema of one record type: its object's schema with the envelope, and every type it uses in $defs. */
    static ObjectNode recordSchema(RecordType type) {
        ObjectType record = WireFormat.of(type);
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", CepSchemas.schemaId(type));
        schema.put("title", record.title().orElseThrow());
        ObjectNode body = objectSchema(record, defs);
        ObjectNode properties = MAPPER.createObjectNode();
        properties.set("type", MAPPER.createObjectNode()
                .put("description", "The kind of record.")
                .put("const", type.wireName()));
        properties.set("id", body.withObject("properties").remove("id"));
        properties.set("schemaVersion", MAPPER.createObjectNode()
                .put("description", "The version of the wire format the record follows, optional: its major must"
                        + " be 1 (\"1\", \"1.0\", \"1.2.3\"), or the record is rejected (rule format.schema-version).")
                .put("type", "string")
                .put("pattern", WireFormat.SCHEMA_VERSION_REGEX)
                .set(RULE_KEYWORD, rules("pattern", "format.schema-version")));
        properties.setAll(body.withObject("properties"));
        body.set("properties", properties);
        ArrayNode required = MAPPER.createArrayNode().add("type");
        body.withArray("required").forEach(required::add);
        body.set("required", required);
        schema.setAll(body);
        ObjectNode defsNode = schema.putObject("$defs");
        defs.forEach(defsNode::set);
        return canonical(annotated(schema));
    }

    /**
     * The union of the three record schemas, which it references by their {@code $id}: the record's {@code type}
     * selects one of them ({@code if}/{@code then}), so that a bad field gives the errors of that type's schema
     * only, where {@code oneOf} would give those of all three. Each {@code if} asks for an object, or a value that
     * is not one would pass the three tests and fail the three schemas.
     */
    static ObjectNode unionSchema() {
        return union(CepSchemas.RECORD_SCHEMA_ID, "A validator resolves the three $ref by their $id: preload the four"
                + " schema files, or use the bundled schema " + CepSchemas.BUNDLE_FILE + ", which embeds them.");
    }

    /**
     * The union with the three record schemas embedded as resources of their own {@code $id} in its {@code $defs}
     * (JSON Schema 2020-12 bundling): one self-contained file, whose references resolve without preloading.
     */
    static ObjectNode bundleSchema() {
        ObjectNode schema = union(CepSchemas.BUNDLE_SCHEMA_ID, "Self-contained: the three record schemas are"
                + " embedded in $defs, each as the resource of its own $id, as published beside this file.");
        ObjectNode defs = schema.putObject("$defs");
        for (RecordType type : RecordType.values()) {
            defs.set(type.wireName(), recordSchema(type));
        }
        return canonical(schema);
    }

    private static ObjectNode union(String id, String resolution) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", id);
        schema.put("title", "CEP record (v1)");
        schema.put("description", "Any top-level record of the CEP wire format v1: an operator, a pathway or a"
                + " cooperation, checked against the schema of its \"type\" only. " + resolution);
        schema.put("type", "object");
        ArrayNode wireNames = MAPPER.createArrayNode();
        ArrayNode byType = MAPPER.createArrayNode();
        for (RecordType type : RecordType.values()) {
            wireNames.add(type.wireName());
            ObjectNode selection = byType.addObject();
            ObjectNode test = selection.putObject("if").put("type", "object");
            test.putObject("properties").putObject("type").put("const", type.wireName());
            test.putArray("required").add("type");
            selection.putObject("then").put("$ref", CepSchemas.schemaId(type));
        }
        schema.withObject("properties").putObject("type")
                .put("description", "The kind of record, which decides its schema.")
                .put("type", "string")
                .<ObjectNode>set("enum", wireNames)
                .set(RULE_KEYWORD, rules("enum", "format.type"));
        schema.putArray("required").add("type");
        schema.set("allOf", byType);
        return canonical(annotated(schema));
    }

    /**
     * The schema of an object: its properties ({@code id} first, then by name), those required, closed; the types
     * it uses are added to {@code defs}.
     */
    private static ObjectNode objectSchema(ObjectType type, Map<String, ObjectNode> defs) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("description", type.description());
        schema.put("type", "object");
        List<Property> sorted = new ArrayList<>(type.properties());
        sorted.sort(Comparator.comparing((Property p) -> !p.name().equals("id")).thenComparing(Property::name));
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (Property property : sorted) {
            properties.set(property.name(), propertySchema(property, defs));
            if (property.required()) {
                required.add(property.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        for (Property property : type.properties()) {
            property.formatFrom().ifPresent(selector -> schema.set("allOf", formatsBy(type, property, selector)));
        }
        return schema;
    }

    private static ObjectNode propertySchema(Property property, Map<String, ObjectNode> defs) {
        ObjectNode schema = MAPPER.createObjectNode();
        property.description().ifPresent(description -> schema.put("description", description));
        if (property.isList()) {
            schema.put("type", "array");
            schema.set("items", valueSchema(property, defs));
            if (property.minItems() > 0) {
                schema.put("minItems", property.minItems());
            }
            if (property.maxItems() < Integer.MAX_VALUE) {
                schema.put("maxItems", property.maxItems());
            }
        } else {
            schema.setAll(valueSchema(property, defs));
        }
        if (property.kind() == Property.Kind.BOOLEAN) {
            schema.put("default", false);
        }
        return schema;
    }

    /** The schema of one value of a property: a reference to a shared definition, or an inline string or boolean. */
    private static ObjectNode valueSchema(Property property, Map<String, ObjectNode> defs) {
        ObjectNode schema = MAPPER.createObjectNode();
        switch (property.kind()) {
            case BOOLEAN -> schema.put("type", "boolean");
            case DATE -> schema.put("$ref", ref(DATE, defs, SchemaGenerator::dateSchema));
            case CODE -> schema.put("$ref", ref(property.codeList().getSimpleName(), defs,
                    () -> codeListSchema(property.codeList().asSubclass(CodeList.class))));
            case VALUE -> schema.put("$ref", valueTypeRef(property.valueType().orElseThrow(), defs));
            case OBJECT -> schema.put("$ref", objectRef(property.object(), defs));
            case STRING -> {
                if (property.valueType().isPresent()) {
                    schema.put("$ref", valueTypeRef(property.valueType().get(), defs));
                } else {
                    schema.put("type", "string");
                    if (property.minLength() > 0) {
                        schema.put("minLength", property.minLength());
                    }
                    if (property.maxLength() < Integer.MAX_VALUE) {
                        schema.put("maxLength", property.maxLength());
                    }
                }
            }
        }
        return schema;
    }

    private static String objectRef(ObjectType type, Map<String, ObjectNode> defs) {
        if (!defs.containsKey(type.name())) {
            defs.put(type.name(), MAPPER.createObjectNode()); // reserved, so that a cycle would end
            defs.put(type.name(), objectSchema(type, defs));
        }
        return "#/$defs/" + type.name();
    }

    private static String valueTypeRef(ValueType type, Map<String, ObjectNode> defs) {
        return ref(type.name(), defs, () -> MAPPER.createObjectNode()
                .put("description", describe(type.format()))
                .put("type", "string")
                .put("pattern", type.format().regex())
                .set(RULE_KEYWORD, rules("pattern", type.rule())));
    }

    private static String ref(String name, Map<String, ObjectNode> defs, java.util.function.Supplier<ObjectNode> def) {
        defs.computeIfAbsent(name, n -> def.get());
        return "#/$defs/" + name;
    }

    static ObjectNode dateSchema() {
        return MAPPER.createObjectNode()
                .put("description", "ISO 8601 calendar date (YYYY-MM-DD). The pattern checks the syntax; \"format\":"
                        + " \"date\" checks that the day exists (2024-02-30 does not), when the validator asserts"
                        + " formats.")
                .put("type", "string")
                .put("format", "date")
                .put("pattern", DATE_REGEX)
                .set(RULE_KEYWORD, rules("pattern", "format.date"));
    }

    /** What a code of this format looks like, and, when it has one, the check the schema cannot state. */
    static String describe(CodeFormat format) {
        String name = format.name();
        String description = Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + format.expected() + ".";
        return format.extraCheckDescription()
                .map(check -> description + " Not stated by this schema, which checks the pattern only: a valid " + name
                        + " must also pass a check that JSON Schema cannot express, and cepkit applies: " + check + ".")
                .orElse(description);
    }

    /** A code list: its codes and accepted aliases, each described with its French and English labels. */
    static ObjectNode codeListSchema(Class<? extends CodeList> type) {
        ArrayNode codes = MAPPER.createArrayNode();
        List<String> lines = new ArrayList<>();
        lines.add("Code list " + type.getSimpleName() + ", each code with its French / English label:");
        List<String> aliases = new ArrayList<>();
        for (CodeList constant : type.getEnumConstants()) {
            codes.add(constant.code());
            lines.add(constant.code() + ": " + constant.labelFr() + " / " + constant.labelEn());
            for (String alias : constant.aliases()) {
                aliases.add(alias);
                lines.add(alias + ": deprecated alias of " + constant.code() + ", still accepted and read as "
                        + constant.code() + " (reported as INFO code.alias)");
            }
        }
        aliases.forEach(codes::add);
        ObjectNode schema = MAPPER.createObjectNode()
                .put("description", String.join("\n", lines))
                .put("type", "string");
        schema.set("enum", codes);
        return schema;
    }

    /**
     * A string whose format is given by a sibling code ({@code Territory.code} by its {@code kind}): one
     * {@code if}/{@code then} a code, with the list required by that code ({@code communes} of a LOCAL_AREA).
     */
    private static ArrayNode formatsBy(ObjectType type, Property property, String selectorName) {
        Property selector = type.property(selectorName).orElseThrow();
        ArrayNode allOf = MAPPER.createArrayNode();
        for (Object constant : selector.codeList().getEnumConstants()) {
            ValueTypeSelector code = (ValueTypeSelector) constant;
            ObjectNode rule = allOf.addObject();
            rule.putObject("if").putObject("properties").putObject(selectorName).put("const", code.code());
            rule.withObject("if").putArray("required").add(selectorName);
            ObjectNode then = rule.putObject("then");
            ValueType valueType = ValueType.of(code.valueType());
            then.putObject("properties").putObject(property.name())
                    .put("description", describe(valueType.format()))
                    .put("type", "string")
                    .put("pattern", valueType.format().regex())
                    .set(RULE_KEYWORD, rules("pattern", valueType.rule()));
            for (Property list : type.properties()) {
                if (list.requiredWhen().filter(selectorName::equals).isPresent()
                        && list.requiredWhenCodes().contains(code.code())) {
                    then.withObject("properties").putObject(list.name()).put("type", "array").put("minItems", 1);
                    then.putArray("required").add(list.name());
                }
            }
        }
        return allOf;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule annotations

    private static ObjectNode rules(String keyword, String rule) {
        return MAPPER.createObjectNode().put(keyword, rule);
    }

    /**
     * The schema with every schema object at every depth annotated with {@link #RULE_KEYWORD}: the rule of each of
     * its assertion keywords, those it already names kept. The {@code if} of a conditional is a test, not an
     * assertion: it reports no error of its own and is left as it is.
     *
     * @throws IllegalStateException on a {@code pattern} whose rule is not named where it is built
     */
    static ObjectNode annotated(ObjectNode schema) {
        ObjectNode rules = schema.has(RULE_KEYWORD) ? (ObjectNode) schema.get(RULE_KEYWORD)
                : MAPPER.createObjectNode();
        ObjectNode complete = MAPPER.createObjectNode();
        for (Map.Entry<String, String> keyword : DEFAULT_RULES.entrySet()) {
            if (!schema.has(keyword.getKey())) {
                continue;
            }
            String rule = rules.has(keyword.getKey()) ? rules.get(keyword.getKey()).stringValue() : keyword.getValue();
            if (rule == null) {
                throw new IllegalStateException("No rule named for \"" + keyword.getKey() + "\" in " + schema);
            }
            complete.put(keyword.getKey(), rule);
        }
        if (!complete.isEmpty()) {
            schema.set(RULE_KEYWORD, complete);
        }
        for (String key : List.copyOf(schema.propertyNames())) {
            JsonNode value = schema.get(key);
            if (key.equals("if")) {
                continue;
            }
            if (SCHEMA_KEYWORDS.contains(key) && value.isObject()) {
                annotated((ObjectNode) value);
            } else if (SCHEMA_ARRAY_KEYWORDS.contains(key)) {
                value.forEach(item -> annotated((ObjectNode) item));
            } else if (SCHEMA_MAP_KEYWORDS.contains(key)) {
                value.forEach(item -> annotated((ObjectNode) item));
            }
        }
        return schema;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Code lists

    /** Every code list of the model, by simple name: source, then each code with its labels and aliases. */
    static ObjectNode codeLists() {
        ObjectNode lists = MAPPER.createObjectNode();
        for (Class<? extends CodeList> type : CodeLists.all()) {
            ObjectNode list = lists.putObject(type.getSimpleName());
            CodeList[] constants = type.getEnumConstants();
            List<Optional<String>> sources = Stream.of(constants).map(CodeList::source).distinct().toList();
            boolean oneSource = sources.size() == 1;
            if (oneSource) {
                sources.get(0).ifPresent(source -> list.put("source", source));
            }
            ArrayNode codes = list.putArray("codes");
            for (CodeList constant : constants) {
                ObjectNode code = codes.addObject()
                        .put("code", constant.code())
                        .put("labelFr", constant.labelFr())
                        .put("labelEn", constant.labelEn());
                if (!oneSource) {
                    constant.source().ifPresent(source -> code.put("source", source));
                }
                if (!constant.aliases().isEmpty()) {
                    ArrayNode aliases = code.putArray("aliases");
                    constant.aliases().forEach(aliases::add);
                }
            }
        }
        return lists;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Stable layout

    /**
     * The schema with its keywords in {@link #KEYWORD_ORDER} (others after, alphabetically), {@code $defs} sorted
     * by name and properties in the order given, at every level.
     */
    static ObjectNode canonical(ObjectNode schema) {
        ObjectNode ordered = MAPPER.createObjectNode();
        List<String> keys = new ArrayList<>(schema.propertyNames());
        keys.sort(Comparator.comparing((String key) -> KEYWORD_ORDER.contains(key) ? KEYWORD_ORDER.indexOf(key)
                : KEYWORD_ORDER.size()).thenComparing(Comparator.naturalOrder()));
        for (String key : keys) {
            JsonNode value = schema.get(key);
            if (SCHEMA_KEYWORDS.contains(key) && value.isObject()) {
                ordered.set(key, canonical((ObjectNode) value));
            } else if (SCHEMA_ARRAY_KEYWORDS.contains(key)) {
                ArrayNode schemas = ordered.putArray(key);
                value.forEach(item -> schemas.add(canonical((ObjectNode) item)));
            } else if (SCHEMA_MAP_KEYWORDS.contains(key)) {
                ObjectNode map = ordered.putObject(key);
                List<String> names = new ArrayList<>(value.propertyNames());
                if (key.equals("$defs")) {
                    names.sort(Comparator.naturalOrder());
                }
                names.forEach(name -> map.set(name, canonical((ObjectNode) value.get(name))));
            } else {
                ordered.set(key, value);
            }
        }
        return ordered;
    }
}
