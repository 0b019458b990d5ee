package org.cepkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.tables.CepTables;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cep convert}: records from NDJSON to their tables, and back. */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand extends LocalizedCommand {

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.in")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convert.out")
    private String out;

    @Override
    int run(Messages messages, PrintWriter err) throws UsageException {
        if (!Files.exists(in) || !Files.isReadable(in)) {
            throw new UsageException(messages.get(Files.exists(in) ? "error.notReadable" : "error.noSuchFile",
                    in.toString()));
        }
        JsonInput input;
        try {
            input = JsonInput.file(in);
        } catch (IllegalArgumentException unknownFormat) {
            throw new UsageException(messages.get("error.extension", in.toString()));
        }
        CepTables tables = CepTables.of(CepJson.builder()
                .validator(CepValidator.create(Profile.builder().locale(messages.locale()).build())).build());
        boolean toNdjson = input.format() == JsonInput.Format.TABLES;
        String lower = out.toLowerCase(Locale.ROOT);
        boolean ndjsonOut = "-".equals(out) || lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
        if (toNdjson != ndjsonOut) {
            throw new UsageException(messages.get("error.convertDirection"));
        }
        CepTables.Conversion done;
        try {
            if (toNdjson) {
                done = toNdjson(tables);
            } else {
                Path folder = Path.of(out);
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    throw new UsageException(messages.get("error.notFolder", out));
                }
                done = tables.toTables(input, folder, warning -> err.println(warning(warning, messages)));
            }
        } catch (IOException e) {
            err.println(messages.get("error.prefix", messages.get("error.convert", in.toString(), e.getMessage())));
            return 2;
        }
        err.println(summary(done, messages));
        return done.skipped() == 0 && done.lostValues() == 0 && done.warnings() == 0 ? 0 : 1;
    }

    /** One warning of the conversion, on a line of its own: where the record is, the table, what happens. */
    private String warning(CepTables.Warning warning, Messages messages) {
        return messages.get("warning.convert", in.toString(), warning.line(), warning.table(), warning.message());
    }

    private CepTables.Conversion toNdjson(CepTables tables) throws IOException {
        if ("-".equals(out)) {
            OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
            return tables.toNdjson(in, stdout);
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(out)), 1 << 16)) {
            return tables.toNdjson(in, file);
        }
    }

    private static String summary(CepTables.Conversion done, Messages messages) {
        StringBuilder s = new StringBuilder(messages.get("summary.convert", done.records()));
        if (done.rows() > 0) {
            s.append(messages.get("summary.convert.rows", done.rows()));
        }
        if (done.skipped() > 0) {
            s.append(messages.get("summary.convert.skipped", done.skipped()));
        }
        if (done.lostValues() > 0) {
            s.append(messages.get("summary.convert.lost", done.lostValues()));
        }
        if (done.warnings() > 0) {
            s.append(messages.get("summary.convert.warnings", done.warnings()));
        }
        return s.toString();
    }
}
