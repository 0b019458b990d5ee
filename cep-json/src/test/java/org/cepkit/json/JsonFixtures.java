package org.cepkit.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cepkit.model.CepRecord;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;

/**
 * The {@link CepJson} instances and inputs that the cep-json tests share. Every validator judges dates on
 * {@link CepGenerators#REFERENCE_DATE}, the date on which the shared examples and generated records are valid,
 * so that no test depends on today's date.
 */
public final class JsonFixtures {

    static final CepValidator VALIDATOR = CepValidator.create(Profile.builder()
            .referenceDate(CepGenerators.REFERENCE_DATE).build());
    static final CepValidator ENGLISH_VALIDATOR = CepValidator.create(Profile.builder()
            .referenceDate(CepGenerators.REFERENCE_DATE).locale(Locale.ENGLISH).build());

    /** Strict reading, default limits, French messages. */
    static final CepJson STRICT = CepJson.builder().validator(VALIDATOR).build();
    /** Lenient reading, default limits, French messages. */
    static final CepJson LENIENT = CepJson.builder().validator(VALIDATOR).mode(ReadMode.LENIENT).build();
    /** Strict reading, default limits, English messages. */
    static final CepJson ENGLISH = CepJson.builder().validator(ENGLISH_VALIDATOR).build();

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonFixtures() {
    }

    /** The record's canonical JSON. */
    static String text(CepRecord record) {
        return STRICT.write(record);
    }

    /** Strict reading with these limits. */
    static CepJson strictWith(InputLimits limits) {
        return CepJson.builder().validator(VALIDATOR).limits(limits).build();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The lines joined by {@code \n}, with a final {@code \n}. */
    static byte[] lines(String... lines) {
        return utf8(String.join("\n", lines) + "\n");
    }

    /** An NDJSON input that can be read twice, like a file. */
    static JsonInput ndjson(String name, byte[] bytes) {
        return JsonInput.of(name, JsonInput.Format.NDJSON, () -> new ByteArrayInputStream(bytes), true);
    }

    static JsonInput ndjson(String name, String... lines) {
        return ndjson(name, lines(lines));
    }

    /** NDJSON read once, like standard input. */
    static JsonInput stdin(String... lines) {
        return JsonInput.stdin(new ByteArrayInputStream(lines(lines)));
    }

    /** A {@code .json} document that can be read twice, like a file. */
    static JsonInput document(String name, byte[] bytes) {
        return JsonInput.of(name, JsonInput.Format.JSON, () -> new ByteArrayInputStream(bytes), true);
    }

    static JsonInput document(String name, String text) {
        return document(name, utf8(text));
    }

    /** Every record of {@code input}, read without the rules. */
    static List<RecordResult> readAll(CepJson json, JsonInput input) {
        List<RecordResult> results = new ArrayList<>();
        try {
            json.read(input, results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** Every record of the inputs, validated as one dataset, as the listener receives them. */
    public static List<RecordResult> validateAll(CepJson json, JsonInput... inputs) {
        List<RecordResult> results = new ArrayList<>();
        json.validate(List.of(inputs), true, new ReportSink() {
            @Override
            public void record(RecordResult result) {
                results.add(result);
            }

            @Override
            public void inputError(JsonInput input, IOException error) {
                throw new AssertionError("Could not read " + input, error);
            }
        });
        return results;
    }
}
