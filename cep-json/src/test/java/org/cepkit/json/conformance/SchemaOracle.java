package org.cepkit.json.conformance;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.Siret;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.rules.Issue;
import tools.jackson.databind.JsonNode;

/**
 * SPEC §8's agreement between cepkit's {@code format.*} rules and the published JSON Schema, judged by an
 * independent validator: networknt json-schema-validator, draft 2020-12, format assertions on, with the four
 * checked-in schema files of {@code schema/v1/} preloaded by {@code $id} (as {@code schema/v1/README.md} tells
 * integrators), validating against the union schema {@code cep-record.schema.json}.
 */
final class SchemaOracle {

    /** The rules about the input itself, which no schema can state. */
    static final Set<String> INPUT_RULES = Set.of("format.syntax", "format.limit");

    private static final Schema RECORD_SCHEMA = registry().getSchema(SchemaLocation.of(CepSchemas.RECORD_SCHEMA_ID));

    private static final Pattern SIRET = Pattern.compile(Siret.REGEX);
    private static final Pattern EPCI = Pattern.compile(EpciCode.REGEX);

    private SchemaOracle() {
    }

    /** The checked-in schemas of {@code schema/v1/}, by {@code $id}; the validator fetches nothing. */
    private static SchemaRegistry registry() {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            schemas.put(CepSchemas.schemaId(type), checkedIn(CepSchemas.fileName(type)));
        }
        schemas.put(CepSchemas.RECORD_SCHEMA_ID, checkedIn(CepSchemas.recordFileName()));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas).schemaRegistryConfig(config));
    }

    /** The published schema directory, {@code schema/v1/} beside {@code conformance/}. */
    static Path schemaDirectory() {
        return ConformanceCorpus.directory().resolve("..").resolve("schema").resolve("v1").normalize();
    }

    private static String checkedIn(String fileName) {
        try {
            return Files.readString(schemaDirectory().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's errors for one record, given as JSON text. */
    static List<Error> validate(String record) {
        return RECORD_SCHEMA.validate(record, InputFormat.JSON);
    }

    /**
     * Where cepkit and the schema disagree on one record, given as JSON text and as a tree, with cepkit's issues for
     * it; empty when they agree, or when SPEC §8 asks nothing of the record ({@code format.syntax},
     * {@code format.limit}).
     *
     * <p>They agree when cepkit finds no {@code format.*} issue and the schema accepts the record, or when cepkit finds
     * one and the schema rejects it. The one allowed exception is a record whose only {@code format.*} issues are
     * {@code format.siret} or {@code format.epci} on values of the right pattern: their Luhn key (or La Poste's digit
     * sum) is a check the schema cannot state, and says so in its descriptions.
     */
    static Optional<String> disagreement(String text, JsonNode record, List<Issue> issues) {
        List<Issue> format = issues.stream().filter(issue -> issue.rule().startsWith("format.")).toList();
        if (format.stream().anyMatch(issue -> INPUT_RULES.contains(issue.rule()))) {
            return Optional.empty();
        }
        List<Error> errors = validate(text);
        if (format.isEmpty() && !errors.isEmpty()) {
            return Optional.of("the schema rejects a record in which cepkit finds no format.* issue: " + errors);
        }
        if (!format.isEmpty() && errors.isEmpty() && !onlyCheckKeys(format, record)) {
            List<String> found = new ArrayList<>();
            format.forEach(issue -> found.add(CorpusRunner.describe(issue)));
            return Optional.of("the schema accepts a record that cepkit rejects for " + found);
        }
        return Optional.empty();
    }

    /** Whether every issue is a SIRET or EPCI code of the right pattern: only its check key can be wrong. */
    static boolean onlyCheckKeys(List<Issue> format, JsonNode record) {
        for (Issue issue : format) {
            Pattern pattern = switch (issue.rule()) {
                case "format.siret" -> SIRET;
                case "format.epci" -> EPCI;
                default -> null;
            };
            JsonNode value = record.at(issue.path());
            if (pattern == null || !value.isString() || !pattern.matcher(value.stringValue()).matches()) {
                return false;
            }
        }
        return true;
    }
}
