package org.cepkit.json.schema;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.cepkit.json.read.RecordReader;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeFormat;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeValue;
import org.cepkit.model.RecordId;
import org.cepkit.model.RecordType;
import org.cepkit.model.constraints.RecordIdentifier;
import org.cepkit.model.constraints.TextLength;
import org.cepkit.model.cooperation.Context;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorRef;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.ActionPlan;
import org.cepkit.model.pathway.Beneficiary;
import org.cepkit.model.pathway.Goal;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.RuleCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published files of the v1 wire format from the model: the JSON Schema (draft 2020-12) of each
 * record type and of their union, the code lists and the rule catalogue (SPEC §8). A build-time tool: it runs
 * from {@code SchemaUpToDateTest}, which fails when the checked-in files under {@code schema/v1/} differ from
 * what it generates, and rewrites them with {@code -Dcepkit.schema.update=true}.
 *
 * <p>victools reads the Immutables abstract classes through their accessors: every public, non-static,
 * argument-free {@code getX()}/{@code isX()} method declared in the model is a property named {@code x}; fields
 * and every other method ({@code ageAt}, {@code toRef}, {@code toString}, {@link CepRecord#getType()}) are
 * ignored. The Jakarta constraints give {@code required}, {@code minItems}/{@code maxItems} and
 * {@code minLength}/{@code maxLength}; {@code Optional} is flattened to its content and is never required; code
 * lists, code values and dates become shared {@code $defs} built from the model's own constants
 * ({@code CommuneCode.REGEX}, {@code CodeFormat.expected()}, the labels of each {@link CodeList}).
 */
public final class SchemaGenerator {

    /** The dialect of every schema. */
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The files' directory relative to cep-json's base directory (the repository's {@code schema/v1/}). */
    static final Path DIRECTORY_FROM_MODULE = Path.of("..", "schema", "v1");

    /** The syntax of a calendar date; {@code format: date} adds that the day exists. */
    static final String DATE_REGEX = "^\\d{4}-\\d{2}-\\d{2}$";

    /** The packages whose code lists are published, listed explicitly: no classpath-wide scan. */
    static final List<String> MODEL_PACKAGES = List.of("org.cepkit.model", "org.cepkit.model.operator",
            "org.cepkit.model.pathway", "org.cepkit.model.cooperation", "org.cepkit.model.territory");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final Map<Class<?>, String> RECORD_TITLES = Map.of(
            Operator.class, "CEP operator record (v1)",
            Pathway.class, "CEP pathway record (v1)",
            Cooperation.class, "CEP cooperation record (v1)");

    /** What each object of the wire format is; a new entity without a description fails the generation. */
    private static final Map<Class<?>, String> TYPE_DESCRIPTIONS = Map.ofEntries(
            Map.entry(Operator.class, "A CEP operator: one organisation of one of the families of art. L6111-6 of the"
                    + " Code du travail. A regional operator lists the régions where it holds the France compétences"
                    + " contract."),
            Map.entry(Pathway.class, "One beneficiary's CEP accompaniment (parcours) by one operator, under the cahier"
                    + " des charges in force at its start."),
            Map.entry(Cooperation.class, "CEP operators cooperating on a territory, described with the Céreq typology"
                    + " (Bref n° 383, 2019): the local configuration, its context, the SPRO partners and the relations"
                    + " between operators."),
            Map.entry(OperatorRef.class, "A reference to an operator record by its id, with the family the referrer"
                    + " believes it has."),
            Map.entry(Site.class, "A place where an operator receives the public (lieu d'accueil), and how it"
                    + " delivers the CEP there."),
            Map.entry(Beneficiary.class, "The beneficiary of a pathway, as they were at entry. Personal data: the id"
                    + " is pseudonymous, and there is no name, no NIR and no address beyond the commune."),
            Map.entry(Service.class, "One CEP service delivered to the beneficiary: its level, its date and how it was"
                    + " delivered."),
            Map.entry(Referral.class, "The beneficiary sent to another operator (aiguillage), and what for."),
            Map.entry(ActionPlan.class, "The formalised plan of action handed to the beneficiary (document de"
                    + " synthèse, plan d'actions)."),
            Map.entry(Goal.class, "A goal of the action plan, optionally tied to an occupation (ROME), a training"
                    + " (Formacode) or a certification."),
            Map.entry(Territory.class, "The territory of a cooperation: a commune, an EPCI, a département, a région,"
                    + " an employment zone, or a local area (bassin) defined by its communes. The format of code"
                    + " depends on kind; communes (1 or more) is required for a LOCAL_AREA."),
            Map.entry(Partner.class, "A member of the regional orientation public service (SPRO) that is not a CEP"
                    + " operator: a Cité des métiers, a CIO…"),
            Map.entry(Context.class, "The dimensions the Céreq study uses to characterise a local configuration: the"
                    + " Region's engagement, the actors' prior proximity, a federating local issue, and who animates"
                    + " the cooperation."),
            Map.entry(Relation.class, "A relation between two operators of a cooperation: its form, its purposes, and"
                    + " since when."));

    /** Notes on single properties, keyed by {@code Type.property}. */
    private static final Map<String, String> PROPERTY_DESCRIPTIONS = Map.ofEntries(
            Map.entry("Operator.coverage", "The régions where a regional operator holds its France compétences"
                    + " contract; cepkit requires it for REGIONAL_OPERATOR (rule operator.coverage)."),
            Map.entry("Pathway.beneficiary", "The beneficiary's situation at entry."),
            Map.entry("Pathway.specification", "The cahier des charges in force at startDate."),
            Map.entry("Beneficiary.id", "A pseudonymous id; never a NIR (rule privacy.identifier)."),
            Map.entry("Beneficiary.executive", "Whether the beneficiary is a cadre."),
            Map.entry("Beneficiary.disabilityRecognition", "Whether the beneficiary holds a recognition of disabled"
                    + " worker status (RQTH) or is otherwise covered by the obligation to employ disabled workers"
                    + " (BOETH)."),
            Map.entry("Beneficiary.residence", "The commune of residence."),
            Map.entry("Territory.code", "The territory's code, in the format of its kind: a commune, EPCI (SIREN),"
                    + " département, région or employment zone code, or a local identifier for a LOCAL_AREA."),
            Map.entry("Territory.communes", "The communes of a LOCAL_AREA (1 or more, required for it)."),
            Map.entry("Relation.between", "The ids of the two operators."),
            Map.entry("Context.federatingIssue", "The problématique locale fédératrice, e.g. seasonal workers in a"
                    + " mountain territory."));

    /** The order of the keywords in every schema object of the published files. */
    private static final List<String> KEYWORD_ORDER = List.of("$schema", "$id", "$ref", "title", "description",
            "type", "const", "enum", "format", "pattern", "minLength", "maxLength", "default", "items", "minItems",
            "maxItems", "properties", "required", "additionalProperties", "allOf", "if", "then", "else", "oneOf",
            "$defs");

    /** The keywords whose value is one schema, and those whose value is an array or a map of schemas. */
    private static final List<String> SCHEMA_KEYWORDS = List.of("items", "additionalProperties", "if", "then",
            "else");
    private static final List<String> SCHEMA_ARRAY_KEYWORDS = List.of("allOf", "anyOf", "oneOf");
    private static final List<String> SCHEMA_MAP_KEYWORDS = List.of("properties", "$defs");

    private SchemaGenerator() {
    }

    /**
     * Writes every generated file into {@code args[0]}, or into {@code ../schema/v1} from cep-json's directory.
     * {@code mvn -pl cep-json test -Dtest=SchemaUpToDateTest -Dcepkit.schema.update=true} does the same.
     */
    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DIRECTORY_FROM_MODULE;
        write(directory);
    }

    /** Writes every generated file into {@code directory}, creating it if needed. */
    public static void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : generateAll().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every published file, by file name, in {@link CepSchemas#fileNames()} order. */
    public static Map<String, String> generateAll() {
        Map<String, String> files = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            files.put(CepSchemas.fileName(type), JsonText.write(recordSchema(type)));
        }
        files.put(CepSchemas.recordFileName(), JsonText.write(unionSchema()));
        files.put(CepSchemas.CODE_LISTS_FILE, JsonText.write(codeLists()));
        files.put(CepSchemas.RULES_FILE, RuleCatalogue.toJson());
        if (!List.copyOf(files.keySet()).equals(CepSchemas.fileNames())) {
            throw new IllegalStateException("Generated " + files.keySet() + " but CepSchemas ships "
                    + CepSchemas.fileNames());
        }
        return files;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Record schemas

    /** The schema of one record type, built by victools from its model class. */
    static ObjectNode recordSchema(RecordType type) {
        Class<? extends CepRecord> modelClass = modelClass(type);
        ObjectNode generated = victools().generateSchema(modelClass);

        ObjectNode properties = MAPPER.createObjectNode();
        properties.set("type", MAPPER.createObjectNode()
                .put("description", "The kind of record.")
                .put("const", type.wireName()));
        properties.set("id", generated.withObject("properties").remove("id"));
        properties.set("schemaVersion", MAPPER.createObjectNode()
                .put("description", "The version of the wire format the record follows, optional: its major must"
                        + " be 1 (\"1\", \"1.0\", \"1.2.3\"), or the record is rejected (rule format.schema-version).")
                .put("type", "string")
                .put("pattern", RecordReader.SCHEMA_VERSION_REGEX));
        properties.setAll(generated.withObject("properties"));

        ArrayNode required = MAPPER.createArrayNode().add("type").add("id");
        generated.withArray("required").forEach(name -> {
            if (!name.stringValue().equals("id")) {
                required.add(name);
            }
        });

        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", CepSchemas.schemaId(type));
        schema.put("title", RECORD_TITLES.get(modelClass));
        schema.setAll(generated);
        schema.set("properties", properties);
        schema.set("required", required);
        return canonical(schema);
    }

    /** The union of the three record schemas, which it references by their {@code $id}. */
    static ObjectNode unionSchema() {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", CepSchemas.RECORD_SCHEMA_ID);
        schema.put("title", "CEP record (v1)");
        schema.put("description", "Any top-level record of the CEP wire format v1: an operator, a pathway or a"
                + " cooperation, as told by its \"type\". A validator resolves the three $ref by their $id: preload"
                + " the four schema files.");
        schema.put("type", "object");
        ArrayNode wireNames = MAPPER.createArrayNode();
        ArrayNode oneOf = MAPPER.createArrayNode();
        for (RecordType type : RecordType.values()) {
            wireNames.add(type.wireName());
            oneOf.addObject().put("$ref", CepSchemas.schemaId(type));
        }
        schema.withObject("properties").putObject("type")
                .put("description", "The kind of record, which decides its schema.")
                .set("enum", wireNames);
        schema.putArray("required").add("type");
        schema.set("oneOf", oneOf);
        return canonical(schema);
    }

    private static Class<? extends CepRecord> modelClass(RecordType type) {
        return switch (type) {
            case OPERATOR -> Operator.class;
            case PATHWAY -> Pathway.class;
            case COOPERATION -> Cooperation.class;
        };
    }

    /** victools configured for cepkit's Immutables model. */
    private static com.github.victools.jsonschema.generator.SchemaGenerator victools() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_METHOD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                // Immutables abstract classes have accessors and no fields: read the methods, named as properties.
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                // FLATTENED_OPTIONALS would also make every Optional nullable ("anyOf" with null), and no nullable
                // check can veto it; cepkit rejects null (format.type), so targetType unwraps Optional instead.
                .without(Option.PUBLIC_NONSTATIC_FIELDS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                        Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.VALUES_FROM_CONSTANT_FIELDS,
                        Option.SCHEMA_VERSION_INDICATOR, Option.FLATTENED_OPTIONALS);
        builder.forFields().withIgnoreCheck(field -> true);
        builder.forMethods()
                .withIgnoreCheck(method -> !isAttribute(method.getRawMember()))
                .withRequiredCheck(SchemaGenerator::isBoundedList)
                .withTargetTypeOverridesResolver(SchemaGenerator::targetType)
                .withStringMinLengthResolver(method -> textLength(method).map(TextLength::min)
                        .filter(min -> min > 0).orElse(null))
                .withStringMaxLengthResolver(method -> textLength(method).map(TextLength::max)
                        .filter(max -> max < Integer.MAX_VALUE).orElse(null))
                .withDefaultResolver(method -> !method.isFakeContainerItemScope()
                        && method.getType().getErasedType() == boolean.class ? Boolean.FALSE : null)
                .withDescriptionResolver(method -> method.isFakeContainerItemScope() ? null
                        : PROPERTY_DESCRIPTIONS.get(method.getDeclaringType().getErasedType().getSimpleName() + "."
                                + method.getSchemaPropertyName()));
        builder.forTypesInGeneral()
                .withCustomDefinitionProvider(SchemaGenerator::sharedDefinition)
                .withDefinitionNamingStrategy((key, context) -> definitionName(key.getType().getErasedType()))
                .withPropertySorter(Comparator.comparing((MemberScope<?, ?> member) ->
                        !member.getSchemaPropertyName().equals("id"))
                        .thenComparing(MemberScope::getSchemaPropertyName))
                .withDescriptionResolver(SchemaGenerator::typeDescription)
                .withTypeAttributeOverride(SchemaGenerator::territoryCodeByKind);
        return new com.github.victools.jsonschema.generator.SchemaGenerator(builder.build());
    }

    /** An Immutables attribute: a public {@code getX()}/{@code isX()} of the model, but the record's type. */
    static boolean isAttribute(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && method.getParameterCount() == 0
                && method.getReturnType() != void.class
                && method.getName().matches("(?:get|is)\\p{Lu}.*")
                && method.getDeclaringClass().getPackageName().startsWith("org.cepkit.model")
                && !(method.getName().equals("getType")
                        && CepRecord.class.isAssignableFrom(method.getDeclaringClass()));
    }

    /** A list with a minimum size is required: absent, it would be empty, and too short. */
    private static boolean isBoundedList(MethodScope method) {
        Size size = method.getAnnotation(Size.class);
        return List.class.isAssignableFrom(method.getType().getErasedType()) && size != null && size.min() > 0;
    }

    /**
     * The type published for a property: an {@code Optional}'s content (absent, never null), and the shared
     * {@code RecordId} definition for the strings annotated {@link RecordIdentifier}.
     */
    private static List<ResolvedType> targetType(MethodScope method) {
        if (method.isFakeContainerItemScope()) {
            return null;
        }
        if (method.getType().getErasedType() == Optional.class) {
            return List.of(method.getTypeParameterFor(Optional.class, 0));
        }
        if (method.getAnnotation(RecordIdentifier.class) != null) {
            return List.of(method.getContext().resolve(RecordId.class));
        }
        if (List.class.isAssignableFrom(method.getType().getErasedType())
                && method.getContainerItemAnnotation(RecordIdentifier.class) != null) {
            return List.of(method.getContext().resolve(List.class, RecordId.class));
        }
        return null;
    }

    /**
     * The {@code @TextLength} of a string property, on the accessor or inside its {@code Optional}: counted in
     * code points, like {@code minLength}/{@code maxLength}.
     */
    private static Optional<TextLength> textLength(MethodScope method) {
        if (method.isFakeContainerItemScope()) {
            return Optional.empty();
        }
        TextLength direct = method.getRawMember().getAnnotation(TextLength.class);
        if (direct != null) {
            return Optional.of(direct);
        }
        if (method.getRawMember().getReturnType() != Optional.class) {
            return Optional.empty();
        }
        AnnotatedType returnType = method.getRawMember().getAnnotatedReturnType();
        if (returnType instanceof AnnotatedParameterizedType parameterized) {
            return Optional.ofNullable(
                    parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(TextLength.class));
        }
        return Optional.empty();
    }

    private static String typeDescription(TypeScope scope) {
        Class<?> type = scope.getType().getErasedType();
        if (!type.getPackageName().startsWith("org.cepkit.model") || type.isEnum()
                || CodeValue.class.isAssignableFrom(type)) {
            return null;
        }
        String description = TYPE_DESCRIPTIONS.get(type);
        if (description == null) {
            throw new IllegalStateException("No description for " + type.getName() + ": add one to TYPE_DESCRIPTIONS");
        }
        return description;
    }

    private static String definitionName(Class<?> type) {
        return type == LocalDate.class ? "Date" : type.getSimpleName();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shared definitions: dates, code values, code lists

    private static CustomDefinition sharedDefinition(ResolvedType javaType, SchemaGenerationContext context) {
        Class<?> type = javaType.getErasedType();
        ObjectNode definition;
        if (type == LocalDate.class) {
            definition = dateSchema();
        } else if (CodeValue.class.isAssignableFrom(type)) {
            definition = codeValueSchema(type);
        } else if (type.isEnum() && CodeList.class.isAssignableFrom(type)) {
            definition = codeListSchema(type.asSubclass(CodeList.class));
        } else {
            return null;
        }
        return new CustomDefinition(definition, CustomDefinition.DefinitionType.ALWAYS_REF,
                CustomDefinition.AttributeInclusion.NO);
    }

    static ObjectNode dateSchema() {
        return MAPPER.createObjectNode()
                .put("description", "ISO 8601 calendar date (YYYY-MM-DD). The pattern checks the syntax; \"format\":"
                        + " \"date\" checks that the day exists (2024-02-30 does not), when the validator asserts"
                        + " formats.")
                .put("type", "string")
                .put("format", "date")
                .put("pattern", DATE_REGEX);
    }

    /** A code value type: a string with the type's own anchored {@code REGEX}, described by its {@code FORMAT}. */
    static ObjectNode codeValueSchema(Class<?> type) {
        String regex = (String) constant(type, "REGEX");
        CodeFormat format = (CodeFormat) constant(type, "FORMAT");
        if (!regex.equals(format.regex())) {
            throw new IllegalStateException(type.getName() + ".REGEX and FORMAT.regex() differ");
        }
        return MAPPER.createObjectNode()
                .put("description", describe(format))
                .put("type", "string")
                .put("pattern", regex);
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

    private static Object constant(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no public constant " + name, e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Territory: the format of code depends on kind

    private static void territoryCodeByKind(ObjectNode definition, TypeScope scope, SchemaGenerationContext context) {
        if (scope.getType().getErasedType() != Territory.class) {
            return;
        }
        ArrayNode allOf = definition.putArray("allOf");
        for (TerritoryKind kind : TerritoryKind.values()) {
            ObjectNode rule = allOf.addObject();
            rule.putObject("if").putObject("properties").putObject("kind").put("const", kind.code());
            rule.withObject("if").putArray("required").add("kind");
            ObjectNode then = rule.putObject("then");
            then.putObject("properties").putObject("code")
                    .put("description", describe(kind.codeFormat()))
                    .put("pattern", kind.codeFormat().regex());
            if (kind == TerritoryKind.LOCAL_AREA) {
                then.withObject("properties").putObject("communes").put("minItems", 1);
                then.putArray("required").add("communes");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Code lists

    /** Every code list of the model, by simple name: source, then each code with its labels and aliases. */
    static ObjectNode codeLists() {
        ObjectNode lists = MAPPER.createObjectNode();
        for (Class<? extends CodeList> type : codeListTypes()) {
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

    /** The enums implementing {@link CodeList} in {@link #MODEL_PACKAGES}, sorted by simple name. */
    static List<Class<? extends CodeList>> codeListTypes() {
        Map<String, Class<? extends CodeList>> types = new TreeMap<>();
        for (String className : modelClassNames()) {
            Class<?> type = load(className);
            if (type.isEnum() && CodeList.class.isAssignableFrom(type)) {
                Class<? extends CodeList> previous = types.put(type.getSimpleName(), type.asSubclass(CodeList.class));
                if (previous != null) {
                    throw new IllegalStateException("Two code lists named " + type.getSimpleName() + ": "
                            + previous.getName() + " and " + type.getName());
                }
            }
        }
        return List.copyOf(types.values());
    }

    /** The top-level classes of {@link #MODEL_PACKAGES}, read from cep-model's jar or classes directory. */
    private static List<String> modelClassNames() {
        List<String> names = new ArrayList<>();
        try {
            Path location = Path.of(CodeList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (String packageName : MODEL_PACKAGES) {
                    Path directory = location.resolve(packageName.replace('.', '/'));
                    try (Stream<Path> files = Files.list(directory)) {
                        files.map(file -> file.getFileName().toString())
                                .filter(SchemaGenerator::isTopLevelClassFile)
                                .forEach(file -> names.add(packageName + "." + file.replace(".class", "")));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String entry = entries.nextElement().getName();
                        int slash = entry.lastIndexOf('/');
                        String packageName = slash < 0 ? "" : entry.substring(0, slash).replace('/', '.');
                        if (MODEL_PACKAGES.contains(packageName) && isTopLevelClassFile(entry.substring(slash + 1))) {
                            names.add(packageName + "." + entry.substring(slash + 1).replace(".class", ""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static boolean isTopLevelClassFile(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.startsWith("package-info")
                && !fileName.startsWith("module-info");
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, CodeList.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Stable layout

    /**
     * The schema with its keywords in {@link #KEYWORD_ORDER} (others after, alphabetically), {@code $defs} sorted
     * by name and properties in the order victools gave them (the property sorter's), at every level.
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
