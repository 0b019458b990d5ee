package org.cepkit.json.internal.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cepkit.json.tables.Column;
import org.cepkit.json.tables.Table;
import org.cepkit.json.tables.TableLayout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of one input: a folder of CSV files named after the tables, a {@code datapackage.json}
 * whose resources name them, a single CSV table (named after its table, or found by its header), or an XLSX
 * workbook with a sheet per table. What cannot be a table of the tabular form is a {@link Problem}, told in the
 * report, never a reason to stop.
 */
final class TableSet {

    /** Opens the rows of a part. */
    @FunctionalInterface
    interface Opener {
        Rows open() throws IOException;
    }

    /** One table present in the input. */
    record Part(Table table, String file, Opener opener) {
    }

    /** Something of the input that is no table: a file, with what is wrong, in English and French. */
    record Problem(String file, String english, String french) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    final Map<Table, Part> parts = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();

    static TableSet of(Path path) throws IOException {
        TableSet set = new TableSet();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            set.folder(path);
        } else if (name.equals("datapackage.json")) {
            set.dataPackage(path);
        } else if (name.endsWith(".xlsx")) {
            set.workbook(path);
        } else {
            set.csv(path, path.toString(), true);
        }
        return set;
    }

    private void folder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
                csv(file, file.toString(), false);
            }
        }
    }

    private void csv(Path file, String reported, boolean alone) throws IOException {
        String stem = stem(file.getFileName().toString());
        Optional<Table> table = TableLayout.table(stem);
        if (table.isEmpty() && alone) {
            table = byHeader(file, reported);
        }
        if (table.isEmpty()) {
            problems.add(new Problem(reported, "no table of the tabular form has this name (" + expected() + ")",
                    "aucune table de la forme tabulaire ne porte ce nom (" + expected() + ")"));
            return;
        }
        add(table.get(), reported, () -> CsvRows.open(file, reported));
    }

    /** The table whose columns the file's header names most, its key among them. */
    private static Optional<Table> byHeader(Path file, String reported) throws IOException {
        String[] header;
        try (CsvRows rows = CsvRows.open(file, reported)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            header = rows.cells();
        } catch (Rows.BrokenTable e) {
            return Optional.empty();
        }
        Table best = null;
        int bestCount = 0;
        for (Table table : TableLayout.tables()) {
            int count = 0;
            boolean key = false;
            for (String name : header) {
                Optional<Column> column = table.column(name);
                if (column.isPresent()) {
                    count++;
                    key |= column.get() == table.keyColumn();
                }
            }
            if (key && count > bestCount) {
                best = table;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private void dataPackage(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            problems.add(new Problem(file.toString(), "not a readable data package (malformed JSON)",
                    "pas un paquet de données lisible (JSON mal formé)"));
            return;
        }
        JsonNode resources = root.path("resources");
        if (!resources.isArray()) {
            problems.add(new Problem(file.toString(), "a data package without resources",
                    "un paquet de données sans ressources"));
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        for (JsonNode resource : resources.values()) {
            Optional<Table> table = TableLayout.table(resource.path("name").asString(""));
            String relative = resource.path("path").asString("");
            if (table.isEmpty() || relative.isEmpty() || relative.contains("..") || relative.startsWith("/")) {
                problems.add(new Problem(file.toString(), "a resource that is no table of the tabular form ("
                        + expected() + ")", "une ressource qui n'est pas une table de la forme tabulaire ("
                        + expected() + ")"));
                continue;
            }
            Path csv = folder.resolve(relative);
            String reported = file.resolveSibling(relative).toString();
            if (!Files.isRegularFile(csv)) {
                problems.add(new Problem(reported, "a resource of the data package that is no file",
                        "une ressource du paquet de données absente"));
                continue;
            }
            add(table.get(), reported, () -> CsvRows.open(csv, reported));
        }
    }

    private void workbook(Path file) throws IOException {
        List<String> sheets;
        try {
            sheets = XlsxRows.sheets(file);
        } catch (Rows.BrokenTable e) {
            problems.add(new Problem(file.toString(), e.english, e.french));
            return;
        }
        for (String sheet : sheets) {
            Optional<Table> table = TableLayout.table(sheet);
            if (table.isEmpty()) {
                // a sheet of notes or pivots beside the tables is left alone, as a data package leaves other files
                continue;
            }
            String reported = file + "#" + table.get().name();
            Table t = table.get();
            add(t, reported, () -> XlsxRows.open(file, sheet, reported, t));
        }
        if (parts.isEmpty()) {
            problems.add(new Problem(file.toString(), "no sheet is named after a table (" + expected() + ")",
                    "aucune feuille ne porte le nom d'une table (" + expected() + ")"));
        }
    }

    private void add(Table table, String file, Opener opener) {
        if (parts.containsKey(table)) {
            problems.add(new Problem(file, "a second file for the table " + table.name(),
                    "un second fichier pour la table " + table.name()));
            return;
        }
        parts.put(table, new Part(table, file, opener));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String expected() {
        StringBuilder names = new StringBuilder();
        for (Table table : TableLayout.tables()) {
            names.append(names.length() == 0 ? "" : ", ").append(table.name());
        }
        return names.toString();
    }
}
