package org.cepkit.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cepkit.json.CepJson;
import org.cepkit.json.JsonInput;
import org.cepkit.json.tables.CepTables;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cep convert}: records from NDJSON to their tables, and back. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert CEP records between NDJSON (or JSON) and their tables: pathways.csv, services.csv,"
                + " operators.csv… with the datapackage.json that describes them. Lossless for every valid record:"
                + " converted back, it writes the same bytes.",
                "From .ndjson, .jsonl or .json to a folder of tables; from tables (a folder, a datapackage.json, a"
                        + " .csv or an .xlsx workbook) to .ndjson, .jsonl, or - for standard output."},
        footer = {"", "Examples:",
                "  cep convert records.ndjson tables/",
                "  cep convert tables/ records.ndjson",
                "  cep convert workbook.xlsx - | cep validate -",
                "", "Exit status: 0 every record converted as it is, 1 some record or value could not",
                "be (said on standard error), 2 usage error or unreadable input."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the records: NDJSON, JSON, or tables")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "a folder of tables, or .ndjson/.jsonl, or -")
    private String out;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "LANG", description = "messages in fr (default) or en")
    private Language lang;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean english = lang == Language.en;
        if (!Files.exists(in) || !Files.isReadable(in)) {
            err.println("cep: " + (english ? "cannot read " : "lecture impossible de ") + in);
            return 2;
        }
        JsonInput input;
        try {
            input = JsonInput.file(in);
        } catch (IllegalArgumentException e) {
            err.println("cep: " + e.getMessage());
            return 2;
        }
        CepTables tables = CepTables.of(CepJson.builder()
                .validator(CepValidator.create(Profile.builder().locale(lang.locale()).build())).build());
        boolean toNdjson = input.format() == JsonInput.Format.TABLES;
        String lower = out.toLowerCase(Locale.ROOT);
        boolean ndjsonOut = "-".equals(out) || lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
        if (toNdjson != ndjsonOut) {
            err.println("cep: " + (english
                    ? "convert goes from NDJSON or JSON to a folder of tables, or from tables to .ndjson, .jsonl or -"
                    : "convert va de NDJSON ou JSON vers un dossier de tables, ou des tables vers .ndjson, .jsonl"
                            + " ou -"));
            return 2;
        }
        CepTables.Conversion done;
        try {
            if (toNdjson) {
                done = toNdjson(tables);
            } else {
                Path folder = Path.of(out);
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    err.println("cep: " + out + (english ? " is not a folder" : " n'est pas un dossier"));
                    return 2;
                }
                done = tables.toTables(input, folder, warning -> err.println(warning(warning, english)));
            }
        } catch (IOException e) {
            err.println("cep: " + (english ? "cannot convert " : "conversion impossible de ") + in + ": "
                    + e.getMessage());
            return 2;
        }
        err.println(summary(done, english));
        return done.skipped() == 0 && done.lostValues() == 0 && done.warnings() == 0 ? 0 : 1;
    }

    /** One warning of the conversion, on a line of its own: where the record is, the table, what happens. */
    private String warning(CepTables.Warning warning, boolean english) {
        return english
                ? "cep: warning: " + in + ", line " + warning.line() + ", " + warning.table() + ".csv: "
                        + warning.message()
                : "cep : avertissement : " + in + ", ligne " + warning.line() + ", " + warning.table() + ".csv : "
                        + warning.message();
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

    private static String summary(CepTables.Conversion done, boolean english) {
        Locale numbers = english ? Locale.ENGLISH : Locale.FRENCH;
        StringBuilder s = new StringBuilder();
        if (english) {
            s.append(String.format(numbers, "%,d records converted", done.records()));
            if (done.rows() > 0) {
                s.append(String.format(numbers, " (%,d rows)", done.rows()));
            }
            if (done.skipped() > 0) {
                s.append(String.format(numbers, "; %,d could not be (validate the input to see why)", done.skipped()));
            }
            if (done.lostValues() > 0) {
                s.append(String.format(numbers, "; %,d values that v1 does not define were left out",
                        done.lostValues()));
            }
            if (done.warnings() > 0) {
                s.append(String.format(numbers, "; %,d %s (above): rows that the tables join to another record",
                        done.warnings(), done.warnings() == 1 ? "warning" : "warnings"));
            }
        } else {
            s.append(String.format(numbers, "%,d enregistrements convertis", done.records()));
            if (done.rows() > 0) {
                s.append(String.format(numbers, " (%,d lignes)", done.rows()));
            }
            if (done.skipped() > 0) {
                s.append(String.format(numbers, " ; %,d n'ont pu l'être (validez l'entrée pour savoir pourquoi)",
                        done.skipped()));
            }
            if (done.lostValues() > 0) {
                s.append(String.format(numbers, " ; %,d valeurs que v1 ne définit pas ont été laissées de côté",
                        done.lostValues()));
            }
            if (done.warnings() > 0) {
                s.append(String.format(numbers, " ; %,d %s (ci-dessus) : des lignes que les tables joignent à un"
                        + " autre enregistrement", done.warnings(), done.warnings() == 1 ? "avertissement"
                        : "avertissements"));
            }
        }
        return s.toString();
    }
}
