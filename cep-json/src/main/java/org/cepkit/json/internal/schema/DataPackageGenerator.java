package org.cepkit.json.internal.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cepkit.json.internal.GeneratedFiles;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.json.tables.Column;
import org.cepkit.json.tables.Table;
import org.cepkit.json.tables.TableLayout;
import org.cepkit.model.CodeList;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.ValueType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the frictionless Data Package of the tabular form from the tables' layout, itself derived
 * from the model's description: {@code datapackage.json} and one Table Schema per table ({@code pathways.schema.json}
 * …), with the conventions of schema.data.gouv.fr (a {@code $schema}, {@code countryCode}, {@code missingValues}, an
 * {@code example} where the model has one), primary keys and foreign keys. Each column states what the JSON Schema
 * states of its value: the same code lists ({@code enum}, aliases included), the same patterns, the same bounds;
 * what a Table Schema cannot state (the Luhn key of a SIRET, a territory code whose format its kind gives) is in
 * the column's {@code description}. The files are checked in under {@code schema/v1/tables/} and shipped in the
 * cep-json jar; the build fails when they differ ({@code DataPackageUpToDateTest}).
 */
public final class DataPackageGenerator {

    /** The files' directory relative to cep-json's base directory. */
    public static final Path DIRECTORY_FROM_MODULE = SchemaGenerator.DIRECTORY_FROM_MODULE.resolve("tables");

    /** The data package's file. */
    public static final String DATA_PACKAGE = "datapackage.json";

    static final String TABLE_SCHEMA = "https://frictionlessdata.io/schemas/table-schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final List<String> FIELD_ORDER = List.of("name", "description", "example", "type", "format",
            "trueValues", "falseValues", "constraints");
    private static final List<String> CONSTRAINT_ORDER = List.of("required", "minimum", "minLength", "maxLength",
            "pattern", "enum");

    private DataPackageGenerator() {
    }

    /** The file of a table's Table Schema: {@code pathways.schema.json}. */
    public static String schemaFile(Table table) {
        return table.name() + ".schema.json";
    }

    /** Writes every file into {@code directory}, creating it if needed. */
    public static void write(Path directory) throws IOException {
        GeneratedFiles.write(directory, generateAll());
    }

    /** Every file, by file name: the data package, then the Table Schemas in the tables' order. */
    public static Map<String, String> generateAll() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DATA_PACKAGE, JsonText.write(dataPackage()));
        for (Table table : TableLayout.tables()) {
            files.put(schemaFile(table), JsonText.write(tableSchema(table)));
        }
        return files;
    }

    static ObjectNode dataPackage() {
        ObjectNode root = MAPPER.createObjectNode()
                .put("profile", "tabular-data-package")
                .put("name", "cepkit-records")
                .put("id", CepSchemas.BASE_URI + "tables/" + DATA_PACKAGE)
                .put("title", "CEP records (cepkit wire format v1) as tables")
                .put("description", "The operators, pathways and cooperations of the Conseil en évolution"
                        + " professionnelle as CSV tables: one table per record type, one per list of a record."
                        + " Generated from the same description of the wire format as the JSON Schema of "
                        + CepSchemas.RECORD_SCHEMA_ID + "; a record read from these tables is the record of the JSON"
                        + " wire format, and gets the same issues.")
                .put("homepage", "https://cepkit.org")
                .put("countryCode", "FR");
        root.putArray("licenses").addObject().put("name", "Apache-2.0")
                .put("path", "https://www.apache.org/licenses/LICENSE-2.0");
        ArrayNode resources = root.putArray("resources");
        for (Table table : TableLayout.tables()) {
            resources.addObject()
                    .put("name", table.name())
                    .put("path", table.fileName())
                    .put("profile", "tabular-data-resource")
                    .put("title", title(table))
                    .put("format", "csv")
                    .put("mediatype", "text/csv")
                    .put("encoding", "utf-8")
                    .put("schema", schemaFile(table));
        }
        return root;
    }

    static ObjectNode tableSchema(Table table) {
        ObjectNode schema = MAPPER.createObjectNode()
                .put("$schema", TABLE_SCHEMA)
                .put("name", "cepkit-" + table.name().replace('_', '-'))
                .put("title", title(table))
                .put("description", description(table))
                .put("countryCode", "FR")
                .put("homepage", "https://cepkit.org")
                .put("path", CepSchemas.BASE_URI + "tables/" + schemaFile(table));
        ArrayNode fields = schema.putArray("fields");
        for (Column column : table.columns()) {
            fields.add(field(table, column));
        }
        schema.putArray("missingValues").add("");
        ArrayNode primaryKey = schema.putArray("primaryKey");
        table.primaryKey().forEach(c -> primaryKey.add(c.name()));
        if (table.parent().isPresent()) {
            ObjectNode foreignKey = schema.putArray("foreignKeys").addObject();
            foreignKey.putArray("fields").add(table.keyColumn().name());
            ObjectNode reference = foreignKey.putObject("reference");
            reference.put("resource", table.parent().get().name());
            reference.putArray("fields").add(table.parent().get().keyColumn().name());
        }
        return schema;
    }

    private static String title(Table table) {
        if (table.isRecordTable()) {
            return "CEP " + table.recordType().wireName() + " records";
        }
        return "The " + table.listPath().get(table.listPath().size() - 1).name() + " of each "
                + table.recordType().wireName();
    }

    private static String description(Table table) {
        if (table.isRecordTable()) {
            return table.rowType().orElseThrow().description() + " One row a record; its nested objects are"
                    + " flattened into columns named by the JSON names joined by dots, and its lists of codes or"
                    + " identifiers are one cell, the values separated by |.";
        }
        String list = table.listPath().stream().map(Property::name).reduce((a, b) -> a + "." + b).orElseThrow();
        return "One row an element of the list " + list + " of a " + table.recordType().wireName() + ": "
                + table.keyColumn().name() + " is the record's id, index the element's place in the list (from 0, as"
                + " in the JSON Pointer /" + list.replace('.', '/') + "/0). The rows of a record come together, in"
                + " the order of " + table.parent().orElseThrow().fileName() + ", by index.";
    }

    private static ObjectNode field(Table table, Column column) {
        ObjectNode field = MAPPER.createObjectNode().put("name", column.name());
        ObjectNode constraints = MAPPER.createObjectNode();
        switch (column.role()) {
            case PARENT_KEY -> {
                Property id = table.parent().orElseThrow().keyColumn().property().orElseThrow();
                field.put("description", "The id of the " + table.recordType().wireName() + " of the row.");
                field.put("type", "string");
                constraints.put("pattern", id.valueType().orElseThrow().format().regex());
            }
            case INDEX -> {
                field.put("description", "The place of the element in its list, from 0.");
                field.put("type", "integer");
                constraints.put("minimum", 0);
            }
            case LIST -> list(field, constraints, column.property().orElseThrow());
            case VALUE, ELEMENT -> value(field, constraints, column.property().orElseThrow(), column.role());
        }
        if (column.required()) {
            constraints.put("required", true);
        }
        if (!constraints.isEmpty()) {
            field.set("constraints", ordered(constraints, CONSTRAINT_ORDER));
        }
        return ordered(field, FIELD_ORDER);
    }

    private static void value(ObjectNode field, ObjectNode constraints, Property property, Column.Role role) {
        String description = property.description().orElse("");
        switch (property.kind()) {
            case BOOLEAN -> {
                field.put("description", join(description, "true or false; empty is false."));
                field.put("type", "boolean");
                ArrayNode trueValues = field.putArray("trueValues");
                TableLayout.TRUE_VALUES.forEach(trueValues::add);
                ArrayNode falseValues = field.putArray("falseValues");
                TableLayout.FALSE_VALUES.forEach(falseValues::add);
            }
            case DATE -> {
                field.put("description", join(description, "ISO 8601 calendar date (YYYY-MM-DD)."));
                field.put("type", "date");
                field.put("format", "default");
            }
            case CODE -> {
                Class<? extends CodeList> list = property.codeList().asSubclass(CodeList.class);
                field.put("description", join(description, SchemaGenerator.codeListSchema(list).path("description")
                        .asString()));
                field.put("type", "string");
                field.put("example", list.getEnumConstants()[0].code());
                constraints.set("enum", SchemaGenerator.codeListSchema(list).path("enum"));
            }
            case VALUE, STRING -> {
                field.put("type", "string");
                if (property.valueType().isPresent()) {
                    ValueType type = property.valueType().get();
                    field.put("description", join(description, SchemaGenerator.describe(type.format())));
                    field.put("example", type.example());
                    constraints.put("pattern", type.format().regex());
                } else if (property.formatFrom().isPresent()) {
                    field.put("description", join(description, "Its format is that of the code of its "
                            + property.formatFrom().get() + " (a commune code for COMMUNE, a SIREN for EPCI…), which"
                            + " a Table Schema cannot state; cepkit checks it."));
                } else if (!description.isEmpty()) {
                    field.put("description", description);
                }
                if (property.hasLengthBounds() && role == Column.Role.VALUE) {
                    if (property.minLength() > 0) {
                        constraints.put("minLength", property.minLength());
                    }
                    if (property.maxLength() < Integer.MAX_VALUE) {
                        constraints.put("maxLength", property.maxLength());
                    }
                }
            }
            case OBJECT -> throw new IllegalStateException(property + ": an object is never one column");
        }
        if (field.path("description").isMissingNode()) {
            field.remove("description");
        }
    }

    /** A list in one cell: a pattern of its values separated by {@code |}, as many as the list may hold. */
    private static void list(ObjectNode field, ObjectNode constraints, Property property) {
        String one;
        String what;
        if (property.kind() == Property.Kind.CODE) {
            Class<? extends CodeList> list = property.codeList().asSubclass(CodeList.class);
            List<String> codes = new ArrayList<>();
            SchemaGenerator.codeListSchema(list).path("enum").values().forEach(code -> codes.add(code.asString()));
            one = "(?:" + String.join("|", codes) + ")";
            what = "codes of " + list.getSimpleName() + " ("
                    + String.join(", ", codes) + ")";
        } else {
            one = "(?:" + unanchored(property.valueType().orElseThrow().format().regex()) + ")";
            what = "identifiers";
        }
        int min = Math.max(1, property.minItems());
        String repeat = property.maxItems() == Integer.MAX_VALUE ? "{" + (min - 1) + ",}"
                : "{" + (min - 1) + "," + (property.maxItems() - 1) + "}";
        String bounds = property.maxItems() == Integer.MAX_VALUE ? (property.minItems() > 0 ? property.minItems()
                + " or more" : "any number of") : property.minItems() == property.maxItems() ? "exactly "
                + property.maxItems() : property.minItems() + " to " + property.maxItems();
        field.put("description", join(property.description().orElse(""), "A list of " + bounds + " " + what
                + ", separated by |."));
        field.put("type", "string");
        constraints.put("pattern", "^" + one + "(?:\\|" + one + ")" + repeat + "$");
    }

    private static String unanchored(String regex) {
        String bare = regex.startsWith("^") ? regex.substring(1) : regex;
        return bare.endsWith("$") ? bare.substring(0, bare.length() - 1) : bare;
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + " " + second;
    }

    /** {@code node}'s members in {@code order}, the order in which schema.data.gouv.fr writes them. */
    private static ObjectNode ordered(ObjectNode node, List<String> order) {
        ObjectNode ordered = MAPPER.createObjectNode();
        for (String key : order) {
            if (node.has(key)) {
                ordered.set(key, node.get(key));
            }
        }
        if (ordered.size() != node.size()) {
            throw new IllegalStateException("a member out of " + order + " in " + node);
        }
        return ordered;
    }
}
