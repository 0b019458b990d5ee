package org.cepkit.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.cepkit.model.RecordType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class CepSchemasTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyShippedFileLoadsFromTheClasspathAsJson() throws IOException {
        for (String fileName : CepSchemas.fileNames()) {
            try (InputStream in = CepSchemas.open(fileName)) {
                JsonNode json = MAPPER.readTree(in);
                assertThat(json.isContainer()).as(fileName).isTrue();
                assertThat(json.isEmpty()).as(fileName).isFalse();
            }
        }
    }

    @Test
    void eachRecordSchemaCarriesItsVersionedId() {
        for (RecordType type : RecordType.values()) {
            JsonNode schema = MAPPER.readTree(CepSchemas.schema(type));
            assertThat(schema.get("$id").stringValue())
                    .isEqualTo(CepSchemas.schemaId(type))
                    .isEqualTo("https://cepkit.org/schema/v1/" + type.wireName() + ".schema.json");
            assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.at("/properties/type/const").stringValue()).isEqualTo(type.wireName());
        }
        assertThat(MAPPER.readTree(CepSchemas.recordSchema()).get("$id").stringValue())
                .isEqualTo(CepSchemas.RECORD_SCHEMA_ID)
                .isEqualTo("https://cepkit.org/schema/v1/cep-record.schema.json");
        assertThat(CepSchemas.OPERATOR_SCHEMA_ID).isEqualTo(CepSchemas.schemaId(RecordType.OPERATOR));
        assertThat(CepSchemas.PATHWAY_SCHEMA_ID).isEqualTo(CepSchemas.schemaId(RecordType.PATHWAY));
        assertThat(CepSchemas.COOPERATION_SCHEMA_ID).isEqualTo(CepSchemas.schemaId(RecordType.COOPERATION));
    }

    @Test
    void schemasByIdHoldsTheFourSchemasAnIntegratorPreloads() {
        assertThat(CepSchemas.schemasById()).containsOnlyKeys(CepSchemas.OPERATOR_SCHEMA_ID,
                CepSchemas.PATHWAY_SCHEMA_ID, CepSchemas.COOPERATION_SCHEMA_ID, CepSchemas.RECORD_SCHEMA_ID);
        CepSchemas.schemasById().forEach((id, text) ->
                assertThat(MAPPER.readTree(text).get("$id").stringValue()).isEqualTo(id));
    }

    @Test
    void codeListsAndRulesAreShipped() {
        assertThat(MAPPER.readTree(CepSchemas.codeLists()).at("/OperatorFamily/codes/0/aliases/0").stringValue())
                .isEqualTo("POLE_EMPLOI");
        assertThat(MAPPER.readTree(CepSchemas.rules()).isArray()).isTrue();
    }

    @Test
    void shippedFilesAreTheCheckedInOnes() throws IOException {
        if (Boolean.getBoolean(SchemaUpToDateTest.UPDATE_PROPERTY)) {
            return; // the classpath still holds the files this build is replacing
        }
        for (String fileName : CepSchemas.fileNames()) {
            String checkedIn = Files.readString(SchemaUpToDateTest.schemaDirectory().resolve(fileName),
                    StandardCharsets.UTF_8);
            assertThat(CepSchemas.read(fileName)).as(fileName).isEqualTo(checkedIn);
        }
    }

    @Test
    void anUnknownFileNameIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> CepSchemas.open("person.schema.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person.schema.json")
                .hasMessageContaining("pathway.schema.json");
    }
}
