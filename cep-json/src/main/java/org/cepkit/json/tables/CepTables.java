package org.cepkit.json.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.internal.DocumentReader;
import org.cepkit.json.internal.RecordReader;
import org.cepkit.json.internal.schema.DataPackageGenerator;
import org.cepkit.json.internal.tables.TableReading;
import org.cepkit.json.internal.tables.TableWriting;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts records between NDJSON and their tables, losslessly for every valid record: a record read
 * from its tables writes the same canonical JSON as the record it came from. To validate tables, give them to
 * {@link CepJson#validate(java.util.List, boolean, org.cepkit.json.ReportSink)} as any input
 * ({@link JsonInput#file(Path)} of a folder, a {@code datapackage.json}, a {@code .csv} or an {@code .xlsx}).
 *
 * <pre>{@code
 * CepTables tables = CepTables.of(CepJson.create());
 * tables.toTables(JsonInput.file(Path.of("records.ndjson")), Path.of("tables/"));   // pathways.csv, services.csv…
 * try (OutputStream out = Files.newOutputStream(Path.of("back.ndjson"))) {
 *     tables.toNdjson(Path.of("tables/"), out);
 * }
 * }</pre>
 *
 * <p>A record that is not valid is converted as far as a table can hold it: each value as its text, so that the
 * tables give the same issues as the JSON, except for what a table cannot tell (docs/tables.md): a number where a
 * string is expected becomes that string; a member that v1 does not define is dropped and counted; and rows of
 * records that share an id, which the tables join to another of them, are told as a {@link Warning}. Immutable
 * and thread-safe.
 */
public final class CepTables {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final CepJson json;
    private final DocumentReader reader;
    private final TableReading tables;

    private CepTables(CepJson json) {
        this.json = json;
        this.reader = new DocumentReader(json.validator(), json.mode(), json.limits());
        this.tables = new TableReading(reader, json.validator());
    }

    /** Conversions that read as {@code json} reads (its mode, limits and profile). */
    public static CepTables of(CepJson json) {
        return new CepTables(Objects.requireNonNull(json, "json"));
    }

    /**
     * What a conversion did.
     *
     * @param records the records written
     * @param skipped what could not be converted: a line that is no JSON object of a record type, a row or a file
     *     of the tables that is no record (each is an issue when the input is validated)
     * @param rows the rows written, when writing tables
     * @param lostValues the values a table cannot hold (members that v1 does not define), not written
     * @param warnings the {@link Warning}s told: rows written that the tables join to another record
     */
    public record Conversion(long records, long skipped, long rows, long lostValues, long warnings) {
    }

    /**
     * Rows of a record that its tables join to another record, told by {@link #toTables(JsonInput, Path, Consumer)}:
     * the record has the id of an earlier record of its type ({@code dataset.duplicate-id}) that has no rows in
     * that table, and no record between them has any. A table names a row's record by its id alone, so these rows
     * read back as the earlier record's, and this record without them.
     *
     * @param line the record's line in the input (for a JSON array, its place in the array, from 1)
     * @param table the table of those rows ({@code goals})
     * @param message what happens, in the language of the validator's profile; it repeats nothing of the input
     */
    public record Warning(long line, String table, String message) {
    }

    /**
     * Writes the records of {@code input} (NDJSON or JSON) as tables in {@code folder}, with the Data Package that
     * describes them ({@code datapackage.json} and the Table Schemas): every table, each with its header.
     */
    public Conversion toTables(JsonInput input, Path folder) throws IOException {
        return toTables(input, folder, warning -> { });
    }

    /**
     * {@link #toTables(JsonInput, Path)}, telling {@code warnings} of each record whose rows the tables join to
     * another record.
     */
    public Conversion toTables(JsonInput input, Path folder, Consumer<Warning> warnings) throws IOException {
        if (input.format() == JsonInput.Format.TABLES) {
            throw new IllegalArgumentException(input.name() + " is already tables");
        }
        Objects.requireNonNull(warnings, "warnings");
        long[] counts = new long[3];
        Consumer<Warning> counted = warning -> {
            counts[2]++;
            warnings.accept(warning);
        };
        try (TableWriting writing = new TableWriting(folder); InputStream in = input.open()) {
            if (input.format() == JsonInput.Format.NDJSON) {
                reader.readLines(in, line -> {
                    RecordReader.Outcome outcome = reader.parse(line);
                    write(writing, outcome, line.bytes(), line.number(), counted, counts);
                });
            } else {
                JsonNode root = tree(in.readAllBytes());
                if (root != null && root.isArray()) {
                    long place = 0;
                    for (JsonNode element : root.values()) {
                        write(writing, reader.readOne(MAPPER.writeValueAsBytes(element)),
                                MAPPER.writeValueAsBytes(element), ++place, counted, counts);
                    }
                } else if (root != null) {
                    write(writing, reader.readOne(MAPPER.writeValueAsBytes(root)), MAPPER.writeValueAsBytes(root), 1,
                            counted, counts);
                } else {
                    counts[1]++;
                }
            }
            for (Map.Entry<String, String> file : DataPackageGenerator.generateAll().entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return new Conversion(counts[0], counts[1], writing.rows(), writing.lost(), counts[2]);
        }
    }

    /**
     * One record: its canonical JSON when it was read without a reading issue, else its own JSON as it came, so
     * that what made it wrong (an alias, a malformed value) is still there.
     */
    private void write(TableWriting writing, RecordReader.Outcome outcome, byte[] bytes, long line,
            Consumer<Warning> warnings, long[] counts) {
        JsonNode tree = canonical(outcome)
                ? tree(json.write(outcome.complete().orElseThrow()).getBytes(StandardCharsets.UTF_8))
                : bytes == null ? null : tree(bytes);
        try {
            if (tree != null && writing.write(tree, table -> warnings.accept(joinedElsewhere(line, table)))) {
                counts[0]++;
            } else {
                counts[1]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Warning joinedElsewhere(long line, Table table) {
        String message = json.validator().profile().isEnglish()
                ? "this record has the id of an earlier record of its type that has no row in " + table.fileName()
                        + ", and no record between them has one: a table names a row's record by its id alone, so"
                        + " its rows of " + table.fileName() + " read back as that earlier record's"
                : "cet enregistrement a l'identifiant d'un enregistrement précédent de son type qui n'a pas de ligne"
                        + " dans " + table.fileName() + ", et aucun enregistrement entre eux n'en a : une table ne"
                        + " nomme l'enregistrement d'une ligne que par son identifiant, ses lignes de "
                        + table.fileName() + " se relisent donc comme celles du précédent";
        return new Warning(line, table.name(), message);
    }

    private static boolean canonical(RecordReader.Outcome outcome) {
        return outcome.complete().isPresent() && outcome.issues().isEmpty();
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Writes the records of the tables at {@code path} (a folder, a {@code datapackage.json}, a {@code .csv} or an
     * {@code .xlsx}) as NDJSON to {@code out}, which is flushed, not closed: a record read without a reading issue
     * as its canonical JSON, any other as the JSON its cells make.
     */
    public Conversion toNdjson(Path path, OutputStream out) throws IOException {
        long[] counts = new long[2];
        tables.read(path, table -> { }, (file, row, outcome, bytes, locator) -> {
            try {
                if (bytes == null) {
                    counts[1]++;
                    return;
                }
                if (canonical(outcome)) {
                    out.write(json.write(outcome.complete().get()).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.write('\n');
                counts[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
        return new Conversion(counts[0], counts[1], 0, 0, 0);
    }

    /** The published Data Package of the tables: {@code datapackage.json} and the Table Schemas, by file name. */
    public static Map<String, String> dataPackage() {
        return DataPackageGenerator.generateAll();
    }
}
