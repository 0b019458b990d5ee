package org.cepkit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.model.RecordType;
import org.cepkit.rules.territory.Referential;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The documents the service publishes, read once: the rule catalogue, the code lists and the schemas exactly as
 * cep-json ships them, the version, and the OpenAPI description.
 */
final class Documents {

    /** The wire format the service reads, as {@code cep --version} names it. */
    static final String WIRE_FORMAT = "v1";

    private final byte[] rules = bytes(CepSchemas.rules());
    private final byte[] codeLists = bytes(CepSchemas.codeLists());
    private final byte[] recordSchema = bytes(CepSchemas.bundledSchema());
    private final Map<RecordType, byte[]> schemas = new EnumMap<>(RecordType.class);
    private final byte[] openApi = resource("openapi.json");
    private final byte[] version;

    Documents(Referential referential) {
        for (RecordType type : RecordType.values()) {
            schemas.put(type, bytes(CepSchemas.schema(type)));
        }
        this.version = versionJson(referential);
    }

    byte[] rules() {
        return rules;
    }

    byte[] codeLists() {
        return codeLists;
    }

    byte[] recordSchema() {
        return recordSchema;
    }

    /** The schema of the record type whose wire name is {@code type}, or empty. */
    Optional<byte[]> schema(String type) {
        return RecordType.fromWireName(type).map(schemas::get);
    }

    byte[] openApi() {
        return openApi;
    }

    byte[] version() {
        return version;
    }

    /** The version of cepkit, from the jar. */
    static String cepkitVersion() {
        Properties properties = new Properties();
        try (InputStream in = Documents.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static byte[] versionJson(Referential referential) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out,
                JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("cepkit", cepkitVersion());
            g.writeStringProperty("wireFormat", WIRE_FORMAT);
            g.writeStringProperty("referential", referential.edition());
            g.writeStringProperty("referentialSource", referential.source());
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A resource of this package; a missing one is a broken jar. */
    static byte[] resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " in the cep-server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + name, e);
        }
    }
}
