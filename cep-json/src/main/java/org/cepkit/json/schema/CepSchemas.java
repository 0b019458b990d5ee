package org.cepkit.json.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cepkit.model.RecordType;

/**
 * The published JSON Schema (draft 2020-12) of the v1 wire format, its code lists and its rule catalogue, as
 * shipped in the cep-json jar under {@value #RESOURCE_DIRECTORY}. The files are generated from the model and
 * checked in under {@code schema/v1/} of the repository; this class only reads them.
 *
 * <pre>{@code
 * String anyRecord = CepSchemas.bundledSchema();          // one self-contained file: nothing to preload
 * String pathwaySchema = CepSchemas.schema(RecordType.PATHWAY);
 * Map<String, String> byId = CepSchemas.schemasById();  // the four separate schemas, to preload by $id
 * }</pre>
 *
 * <p>Every assertion of the schemas names the cepkit rule it stands for in the annotation keyword
 * {@value #RULE_KEYWORD}, keyed by the assertion's keyword: {@code {"type": "format.type", "pattern":
 * "format.commune"}}.
 */
public final class CepSchemas {

    /** The base of every {@code $id} of the v1 schemas. */
    public static final String BASE_URI = "https://cepkit.org/schema/v1/";

    /** The {@code $id} of the schema of an operator record. */
    public static final String OPERATOR_SCHEMA_ID = BASE_URI + "operator.schema.json";
    /** The {@code $id} of the schema of a pathway record. */
    public static final String PATHWAY_SCHEMA_ID = BASE_URI + "pathway.schema.json";
    /** The {@code $id} of the schema of a cooperation record. */
    public static final String COOPERATION_SCHEMA_ID = BASE_URI + "cooperation.schema.json";
    /** The {@code $id} of the schema of any record: one of the three above, chosen by {@code "type"}. */
    public static final String RECORD_SCHEMA_ID = BASE_URI + "cep-record.schema.json";

    /** The file of the bundled schema: the union with the three record schemas embedded. */
    public static final String BUNDLE_FILE = "cep-record.bundle.schema.json";
    /**
     * The {@code $id} of the bundled schema: the schema of any record, as {@link #RECORD_SCHEMA_ID}, with the three
     * record schemas embedded in its {@code $defs} under their own {@code $id}s.
     */
    public static final String BUNDLE_SCHEMA_ID = BASE_URI + BUNDLE_FILE;

    /**
     * The annotation keyword by which each schema object names the rule of each of its assertion keywords:
     * {@code "x-cepkit-rule": {"type": "format.type", "pattern": "format.commune"}}.
     */
    public static final String RULE_KEYWORD = "x-cepkit-rule";

    /** The classpath directory that holds the shipped files. */
    public static final String RESOURCE_DIRECTORY = "/org/cepkit/json/schema/v1/";

    /** The code lists file: every code with its French and English labels, source and aliases. */
    public static final String CODE_LISTS_FILE = "code-lists.json";
    /** The rule catalogue file, as {@code org.cepkit.rules.RuleCatalogue#toJson()} writes it. */
    public static final String RULES_FILE = "rules.json";

    private CepSchemas() {
    }

    /** The file name of the schema of one record type: {@code "pathway.schema.json"}. */
    public static String fileName(RecordType type) {
        return Objects.requireNonNull(type, "type").wireName() + ".schema.json";
    }

    /** The file name of the union schema of every record. */
    public static String recordFileName() {
        return "cep-record.schema.json";
    }

    /** The {@code $id} of the schema of one record type. */
    public static String schemaId(RecordType type) {
        return BASE_URI + fileName(type);
    }

    /** The JSON Schema of one record type. */
    public static String schema(RecordType type) {
        return read(fileName(type));
    }

    /**
     * The JSON Schema of any record: the schema of the record's {@code type}, one of the three record schemas, which
     * it references by {@code $id} (preload them, see {@link #schemasById()}).
     */
    public static String recordSchema() {
        return read(recordFileName());
    }

    /**
     * The self-contained JSON Schema of any record: {@link #recordSchema()} with the three record schemas embedded
     * (JSON Schema 2020-12 bundling), for a validator given this one file and nothing else. Do not register it
     * beside the separate schemas: it holds their {@code $id}s too.
     */
    public static String bundledSchema() {
        return read(BUNDLE_FILE);
    }

    /** The code lists, as JSON. */
    public static String codeLists() {
        return read(CODE_LISTS_FILE);
    }

    /** The rule catalogue, as JSON. */
    public static String rules() {
        return read(RULES_FILE);
    }

    /**
     * The four schemas keyed by their {@code $id}, the record schemas first: what a JSON Schema validator needs
     * preloaded to resolve the union schema's references without network access.
     */
    public static Map<String, String> schemasById() {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            schemas.put(schemaId(type), schema(type));
        }
        schemas.put(RECORD_SCHEMA_ID, recordSchema());
        return schemas;
    }

    /** The names of every shipped JSON file: the four schemas, the bundled one, the code lists and the rules. */
    public static List<String> fileNames() {
        return List.of(fileName(RecordType.OPERATOR), fileName(RecordType.PATHWAY), fileName(RecordType.COOPERATION),
                recordFileName(), BUNDLE_FILE, CODE_LISTS_FILE, RULES_FILE);
    }

    /**
     * Opens one shipped file by name; the caller closes the stream.
     *
     * @throws IllegalArgumentException when {@code fileName} is not one of {@link #fileNames()}
     * @throws IllegalStateException when the file is missing from the classpath (a broken jar)
     */
    public static InputStream open(String fileName) {
        if (!fileNames().contains(fileName)) {
            throw new IllegalArgumentException("Unknown schema file '" + fileName + "': expected one of "
                    + fileNames());
        }
        InputStream in = CepSchemas.class.getResourceAsStream(RESOURCE_DIRECTORY + fileName);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE_DIRECTORY + fileName
                    + " in the cep-json jar");
        }
        return in;
    }

    /** Reads one shipped file by name, as UTF-8 text. */
    public static String read(String fileName) {
        try (InputStream in = open(fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE_DIRECTORY + fileName, e);
        }
    }
}
