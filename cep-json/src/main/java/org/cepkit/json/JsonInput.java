package org.cepkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.json.internal.tables.TableFiles;

/**
 * One input to validate: a name for the report, its format, and how to open it. A file can be read twice,
 * so its operators resolve references wherever they stand; standard input is read once, so operators must
 * come before the records that name them. Besides JSON, an input can be the records' tables: a folder of
 * CSV tables, a {@code datapackage.json}, one {@code .csv} table or an {@code .xlsx} workbook.
 *
 * <pre>{@code
 * JsonInput.file(Path.of("pathways.ndjson"));   // format from the extension
 * JsonInput.file(Path.of("export/"));           // a folder of tables: pathways.csv, services.csv…
 * JsonInput.stdin(System.in);                    // NDJSON, named "-"
 * }</pre>
 */
public final class JsonInput {

    /** How the records are laid out. */
    public enum Format {
        /** One record, or an array of records ({@code .json}). */
        JSON,
        /** One record a line ({@code .ndjson}, {@code .jsonl}). */
        NDJSON,
        /**
         * The records' tables ({@code org.cepkit.json.tables}): a folder of CSV tables, a {@code datapackage.json},
         * a {@code .csv} (or {@code .tsv}) table or an {@code .xlsx} workbook; read from {@link #path()}.
         */
        TABLES
    }

    /** Opens the input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Format format;
    private final Opener opener;
    private final boolean repeatable;
    private final Path path;

    private JsonInput(String name, Format format, Opener opener, boolean repeatable, Path path) {
        this.name = Objects.requireNonNull(name, "input name");
        this.format = Objects.requireNonNull(format, "format");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.repeatable = repeatable;
        this.path = path;
        if (format == Format.TABLES && path == null) {
            throw new IllegalArgumentException("Tables are read from a file or a folder: use JsonInput.file");
        }
    }

    /**
     * A file whose format follows its extension: {@code .json}, {@code .ndjson}/{@code .jsonl}, or tables
     * ({@code datapackage.json}, {@code .csv}, {@code .tsv}, {@code .xlsx}); a folder is a folder of tables. Any
     * other extension is refused with an {@link IllegalArgumentException} naming the file.
     */
    public static JsonInput file(Path path) {
        Format format = Files.isDirectory(path) ? Format.TABLES
                : formatOf(path.getFileName() == null ? "" : path.getFileName().toString());
        return new JsonInput(path.toString(), format, () -> Files.newInputStream(path), true, path);
    }

    /** Standard input (or any stream read once), as NDJSON, named {@code -}. */
    public static JsonInput stdin(InputStream in) {
        return of("-", Format.NDJSON, () -> in, false);
    }

    /** An input of any origin; {@code repeatable} when {@code opener} can open it again from the start. */
    public static JsonInput of(String name, Format format, Opener opener, boolean repeatable) {
        return new JsonInput(name, format, opener, repeatable, null);
    }

    /** The format a file name's extension says. */
    public static Format formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (TableFiles.isTabular(lower)) {
            return Format.TABLES;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Format.NDJSON;
        }
        throw new IllegalArgumentException("Cannot tell the format of '" + fileName
                + "': expected a .json, .ndjson or .jsonl file, or tables (a folder, datapackage.json, .csv, .tsv,"
                + " .xlsx)");
    }

    public String name() {
        return name;
    }

    public Format format() {
        return format;
    }

    public boolean repeatable() {
        return repeatable;
    }

    /** The file or folder of an input made by {@link #file(Path)}. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Opens the input from its start; the caller closes the stream. */
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
