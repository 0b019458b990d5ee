package org.cepkit.json.jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.json.InputLimits;
import org.cepkit.json.ReadMode;
import org.cepkit.json.internal.JacksonReading;
import org.cepkit.json.internal.RecordReader;
import org.cepkit.json.internal.RecordWriter;
import org.cepkit.model.CepRecord;
import org.cepkit.model.CodeList;
import org.cepkit.model.CodeLists;
import org.cepkit.model.CodeValue;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.ValueType;
import org.cepkit.model.wire.WireFormat;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * cepkit's wire format for a Jackson 3 mapper of one's own: register it, and the mapper reads and writes every
 * record ({@code Operator}, {@code Pathway}, {@code Cooperation}, {@code CepRecord}), every object nested in one
 * ({@code Beneficiary}, {@code Site}…), every code value ({@code CommuneCode}, {@code Siret}…) and every code list
 * (aliases such as {@code POLE_EMPLOI} accepted) exactly as {@code CepJson}: a record written by the mapper is the
 * same bytes as {@code CepJson.write}, whatever the mapper's own settings for beans.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CepModule()).build();
 * Pathway pathway = mapper.readValue(json, Pathway.class);
 * String text = mapper.writeValueAsString(pathway);    // CepJson.write(pathway)
 * }</pre>
 *
 * <p>Reading throws a {@link MismatchedInputException} when the value is not a record or object of the type asked
 * for, or when a value of it cannot be read (wrong JSON type, missing, outside its code list, not a date, a
 * malformed code, and, when reading strictly, a field that the wire format does not define); its message names each
 * rule and JSON Pointer, never the input's values. A value that can be held but breaks a bound or a pattern (a name
 * too long, an id with a space) is read as it is: validate the object with {@code CepValidator}, as for any object
 * built in Java (Spring's {@code @Valid} does so with the model's Jakarta constraints).
 */
public final class CepModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The reading issues that refuse a value whatever its place: malformed JSON, limits, strict unknown fields. */
    private static final List<String> REFUSED = List.of("format.syntax", "format.limit", "format.unknown-field");

    private final transient JacksonReading reading;

    /** Strict reading, as the wire format's default: a field that v1 does not define is refused. */
    public CepModule() {
        this(ReadMode.STRICT);
    }

    /** Reading in {@code mode}: {@link ReadMode#LENIENT} ignores the fields that v1 does not define. */
    public CepModule(ReadMode mode) {
        super("cepkit", Version.unknownVersion());
        this.reading = new JacksonReading(CepValidator.create(), Objects.requireNonNull(mode, "read mode"),
                InputLimits.defaults());
        addSerializer(CepRecord.class, new RecordSerializer());
        addDeserializer(CepRecord.class, new RecordDeserializer<>(CepRecord.class, null));
        for (RecordType type : RecordType.values()) {
            records(type.modelType(), type);
        }
        for (ObjectType type : WireFormat.objects()) {
            if (type.recordType().isEmpty()) {
                objects(type.modelType(), type);
            }
        }
        for (ValueType type : WireFormat.valueTypes()) {
            values(type.type(), type);
        }
        for (Class<? extends CodeList> type : CodeLists.all()) {
            codes(type);
        }
    }

    private <T extends CepRecord> void records(Class<T> type, RecordType recordType) {
        addDeserializer(type, new RecordDeserializer<>(type, recordType));
    }

    private <T> void objects(Class<T> type, ObjectType objectType) {
        addSerializer(type, new ObjectSerializer<>(type, objectType));
        addDeserializer(type, new ObjectDeserializer<>(type, objectType));
    }

    private <T extends CodeValue> void values(Class<T> type, ValueType valueType) {
        addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext context) {
                g.writeString(value.value());
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) {
                String text = string(p, type);
                Optional<CodeValue> value = valueType.parse(text);
                if (value.isEmpty()) {
                    throw MismatchedInputException.from(p, type, "Not a valid " + valueType.name() + " (rule "
                            + valueType.rule() + "): expected " + valueType.format().expected());
                }
                return type.cast(value.get());
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T extends CodeList> void codes(Class<T> type) {
        addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext context) {
                g.writeString(value.code());
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) {
                String text = string(p, type);
                Optional<T> code = (Optional<T>) CodeLists.fromCode((Class) type, text);
                return code.orElseThrow(() -> MismatchedInputException.from(p, type, "Not a code of the "
                        + type.getSimpleName() + " code list (rule format.enum)"));
            }
        });
    }

    private static String string(JsonParser p, Class<?> type) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, type, "Expected a JSON string for " + type.getSimpleName()
                    + " (rule format.type)");
        }
        return p.getString();
    }

    /**
     * The issues that refuse a value, as {@code rule at pointer}: those of the values that could not be read, and
     * those of {@link #REFUSED}; empty when the value can be handed out.
     */
    private static Optional<String> refusal(List<Issue> issues, List<String> unreadable) {
        List<String> reasons = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.severity() == Severity.ERROR
                    && (REFUSED.contains(issue.rule()) || unreadable.contains(issue.path()))) {
                reasons.add(issue.rule() + " at " + (issue.path().isEmpty() ? "/" : issue.path()));
            }
        }
        if (reasons.isEmpty() && !unreadable.isEmpty()) {
            reasons.add("values that could not be read at " + String.join(", ", unreadable));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static final class RecordSerializer extends ValueSerializer<CepRecord> {
        @Override
        public void serialize(CepRecord record, JsonGenerator g, SerializationContext context) {
            RecordWriter.write(record, g);
        }
    }

    private final class RecordDeserializer<T extends CepRecord> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final RecordType expected;

        RecordDeserializer(Class<T> type, RecordType expected) {
            this.type = type;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            RecordReader.Outcome outcome = reading.record(p);
            Optional<String> refused = refusal(outcome.issues(), outcome.unreadable());
            if (outcome.record().isEmpty() || refused.isPresent()) {
                throw MismatchedInputException.from(p, type, "Not a valid " + what() + " of wire format v1: "
                        + refused.orElse("format.type at /"));
            }
            if (expected != null && outcome.type().orElse(null) != expected) {
                throw MismatchedInputException.from(p, type, "Expected a record of type " + expected.wireName()
                        + ", found one of type " + outcome.type().get().wireName());
            }
            return type.cast(outcome.record().get());
        }

        private String what() {
            return expected == null ? "record" : expected.wireName() + " record";
        }
    }

    private static final class ObjectSerializer<T> extends ValueSerializer<T> {
        private final ObjectType type;

        ObjectSerializer(Class<T> modelType, ObjectType type) {
            this.type = type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            RecordWriter.writeObject(type, value, g);
        }
    }

    private final class ObjectDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> modelType;
        private final ObjectType type;

        ObjectDeserializer(Class<T> modelType, ObjectType type) {
            this.modelType = modelType;
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            RecordReader.ObjectOutcome outcome = reading.object(type, p);
            Optional<String> refused = refusal(outcome.issues(), outcome.unreadable());
            if (refused.isPresent()) {
                throw MismatchedInputException.from(p, modelType, "Not a valid " + type.name()
                        + " of wire format v1: " + refused.get());
            }
            return modelType.cast(outcome.object());
        }
    }
}
