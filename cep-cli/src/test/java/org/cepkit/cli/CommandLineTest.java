package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cepkit.json.schema.CepSchemas;
import org.cepkit.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineTest {

    private static final Path DEMO = Path.of("..", "examples", "demo.ndjson");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** The outcome of one run of {@code cep}. */
    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    /** A run of {@code cep} as {@code Main} makes it: with the subcommand that the arguments name, alone. */
    static Run cep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CepCommand.commandLine(new PrintWriter(out), new PrintWriter(err), args).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A run of {@code cep} with every subcommand. */
    static Run cepWithEveryCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CepCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aRunGetsTheSubcommandItNamesAloneOrEveryOne() {
        assertThat(CepCommand.subcommandsFor("validate", "f.ndjson")).containsExactly(ValidateCommand.class);
        assertThat(CepCommand.subcommandsFor("--lang", "en", "network", "x")).containsExactly(NetworkCommand.class);
        assertThat(CepCommand.subcommandsFor("--lang=en", "serve")).containsExactly(ServeCommand.class);
        assertThat(CepCommand.subcommandsFor()).hasSize(9);
        assertThat(CepCommand.subcommandsFor("help", "validate")).hasSize(9);
        assertThat(CepCommand.subcommandsFor("--version")).hasSize(9);
        assertThat(CepCommand.subcommandsFor("f.ndjson", "validate")).hasSize(9);
        assertThat(CepCommand.subcommandsFor("--lang", "validate")).hasSize(9);
        assertThat(CepCommand.subcommandsFor("Validate")).hasSize(9);
    }

    @Test
    void aSubcommandAloneGivesTheHelpAndTheErrorsOfTheWholeCommandLine() {
        for (CommandLine command : commands(Language.fr)) {
            if (command.getParent() == null || command.getCommandName().equals("help")) {
                continue;
            }
            String name = command.getCommandName();
            for (List<String> args : List.of(List.of(name, "--help"), List.of("--lang", "en", name, "--help"),
                    List.of(name, "--lang=en", "--no-such-option"), List.of(name, "--lang", "fr", "--no-such-option"),
                    List.of(name, "--lang", "en", "a", "b", "c", "d"), List.of("--lang=en", name, "--format"))) {
                String[] argv = args.toArray(String[]::new);
                assertThat(CepCommand.subcommandsFor(argv)).as(args.toString()).hasSize(1);
                assertThat(cep(argv)).as(args.toString()).isEqualTo(cepWithEveryCommand(argv));
            }
        }
    }

    /** A command that runs out of memory, as a long input in a small heap would. */
    @CommandLine.Command(name = "fill")
    static final class Filling implements Callable<Integer> {

        @CommandLine.Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void aRunOutOfMemorySaysHowToGiveJavaMoreInItsLanguage() {
        for (String lang : List.of("fr", "en")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = CepCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
            cli.addSubcommand(new CommandLine(new Filling()));

            int exit = cli.execute("fill", "--lang", lang);

            assertThat(exit).isEqualTo(2);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).startsWith(lang.equals("fr") ? "cep : " : "cep: ").contains("CEP_JAVA_EXTRA_OPTS=\"-Xmx1g\" ./cep")
                    .contains(lang.equals("fr") ? "mémoire épuisée avec un tas de" : "out of memory with a heap of")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void demoValidatesWithExitOneAndASummaryLine() {
        Run run = cep("validate", DEMO.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("mission-locale.age", "pw-013", "ligne 21")
                .contains("31 enregistrements : 22 valides, 9 invalides");
    }

    @Test
    void jsonReportHasTheShapeOfSpecSection6() {
        Run run = cep("validate", "--format", "json", "--lang", "en", DEMO.toString());

        JsonNode report = run.json();
        JsonNode summary = report.get("summary");
        assertThat(fieldNames(report)).containsExactly("summary", "rulesNotApplied", "issues");
        assertThat(report.get("rulesNotApplied").isEmpty()).isTrue();
        assertThat(fieldNames(summary)).containsExactly("records", "valid", "invalid", "errors", "warnings", "infos");
        assertThat(summary.get("records").asLong())
                .isEqualTo(summary.get("valid").asLong() + summary.get("invalid").asLong()).isEqualTo(31);
        JsonNode first = report.get("issues").get(0);
        assertThat(fieldNames(first)).containsExactly("file", "line", "record", "rule", "severity", "path", "message");
        assertThat(report.get("issues").size())
                .isEqualTo(summary.get("errors").asInt() + summary.get("warnings").asInt() + summary.get("infos").asInt());
        assertThat(run.out()).contains("A Mission locale serves young people");
    }

    @Test
    void validRecordsExitZero() throws Exception {
        Path file = dir.resolve("ok.ndjson");
        Files.write(file, Files.readAllLines(DEMO).subList(0, 8));

        Run run = cep("validate", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("8 enregistrements : 8 valides, 0 invalide");
    }

    @Test
    void anUnreadableFileExitsTwoAndTheOtherInputsAreStillReported() {
        Run run = cep("validate", dir.resolve("missing.ndjson").toString(), DEMO.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("impossible de lire", "missing.ndjson", "fichier introuvable");
        assertThat(run.out()).contains("31 enregistrements");
        assertThat(cep("validate", "--lang", "en", dir.resolve("missing.ndjson").toString()).err())
                .contains("cannot read", "missing.ndjson", "no such file");
    }

    @Test
    void anInputOfUnknownFormatExitsTwoAndTheOtherInputsAreStillReported() throws Exception {
        Path file = Files.writeString(dir.resolve("records.txt"), "{}");

        Run run = cep("validate", file.toString(), DEMO.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("records.txt", ".json, .ndjson ou .jsonl, ou des tables");
        assertThat(run.out()).contains("31 enregistrements");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(cep("validate", "--today", "2024-13-01", DEMO.toString()).exit()).isEqualTo(2);
        assertThat(cep("validate", "--format", "xml", DEMO.toString()).exit()).isEqualTo(2);
        assertThat(cep("validate", "--strict", "--lenient", DEMO.toString()).exit()).isEqualTo(2);
        assertThat(cep("validate").exit()).isEqualTo(2);
        assertThat(cep("nonsense").exit()).isEqualTo(2);
    }

    @Test
    void lenientTurnsTheUnknownFieldIntoAnInfo() {
        Run strict = cep("validate", "--format", "json", DEMO.toString());
        Run lenient = cep("validate", "--format", "json", "--lenient", DEMO.toString());

        assertThat(severityOf(strict.json(), "format.unknown-field")).isEqualTo("ERROR");
        assertThat(severityOf(lenient.json(), "format.unknown-field")).isEqualTo("INFO");
    }

    @Test
    void todayMovesTheReferenceDate() {
        Run run = cep("validate", "--format", "json", "--today", "2024-01-01", DEMO.toString());

        assertThat(rules(run.json())).contains("pathway.future-date");
    }

    @Test
    void operatorsFromAnotherFileResolveReferences() throws Exception {
        List<String> lines = Files.readAllLines(DEMO);
        Path operators = Files.write(dir.resolve("operators.ndjson"), lines.subList(0, 8));
        Path pathways = Files.write(dir.resolve("pathways.ndjson"), lines.subList(8, 20));

        Run without = cep("validate", "--format", "json", pathways.toString());
        Run with = cep("validate", "--format", "json", "--operators", operators.toString(), pathways.toString());

        assertThat(rules(without.json())).doesNotContain("reference.unknown-operator");
        assertThat(without.json().get("rulesNotApplied").toString()).contains("reference.unknown-operator");
        assertThat(rules(with.json())).doesNotContain("reference.unknown-operator");
        assertThat(with.exit()).isZero();
        assertThat(cep("validate", "--operators", dir.resolve("none.ndjson").toString(), pathways.toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void standardInputIsReadAsNdjson() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(DEMO)));
            Run run = cep("validate", "-");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).contains("entrée standard", "31 enregistrements");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void schemaPrintsThePublishedSchemas() {
        assertThat(cep("schema", "pathway").out()).contains("\"$id\": \"https://cepkit.org/schema/v1/pathway.schema.json\"");
        assertThat(cep("schema").out()).isEqualTo(CepSchemas.bundledSchema())
                .contains("\"$id\": \"https://cepkit.org/schema/v1/cep-record.bundle.schema.json\"")
                .contains("\"$id\": \"https://cepkit.org/schema/v1/pathway.schema.json\"");
        assertThat(cep("schema", "nonsense").exit()).isEqualTo(2);
    }

    @Test
    void rulesListsTheWholeCatalogue() {
        JsonNode rules = JSON.readTree(cep("rules", "--format", "json").out());

        assertThat(rules.size()).isEqualTo(RuleCatalogue.builtIn().all().size()).isEqualTo(55);
        assertThat(cep("rules").out()).contains("mission-locale.age", "Code du travail, art. L5314-2");
    }

    @Test
    void versionNamesTheCogEdition() {
        Run run = cep("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("cep ", "COG 2026");
    }

    @Test
    void generateAndValidateAgreeOnTheReferenceDateByDefault() throws Exception {
        // whatever the machine's zone: of these two, one is on another day than Paris at every hour of the day
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            for (String machine : new String[] {"Pacific/Kiritimati", "Etc/GMT+12"}) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(machine));
                generatedInvalidRecordsAreFoundInvalid();
            }
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    private void generatedInvalidRecordsAreFoundInvalid() throws Exception {
        Run generated = cep("generate", "--pathways", "2000", "--seed", "11", "--invalid-rate", "0.3");
        Path file = Files.writeString(dir.resolve("injected.ndjson"), generated.out(), StandardCharsets.UTF_8);
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("([\\d\u202f]+) rendus invalides").matcher(generated.err());
        assertThat(said.find()).as(generated.err()).isTrue();
        long injected = Long.parseLong(said.group(1).replace("\u202f", ""));
        assertThat(generated.err()).contains("pathway.future-date");

        JsonNode summary = cep("validate", "--format", "json", file.toString()).json().get("summary");

        assertThat(summary.get("invalid").asLong()).isEqualTo(injected);
    }

    @Test
    void generateIsDeterministicAndValidates() throws Exception {
        Run first = cep("generate", "--pathways", "300", "--seed", "5");
        Run again = cep("generate", "--pathways", "300", "--seed", "5");
        Path file = Files.writeString(dir.resolve("generated.ndjson"), first.out(), StandardCharsets.UTF_8);

        assertThat(first.out()).isEqualTo(again.out());
        assertThat(first.err()).contains("300 parcours");
        assertThat(cep("generate", "--lang", "en", "--pathways", "300", "--seed", "5").err()).contains("300 pathways");
        assertThat(cep("validate", file.toString()).exit()).isZero();
        assertThat(cep("generate", "--pathways", "10", "--invalid-rate", "2").exit()).isEqualTo(2);
        assertThat(cep("generate", "--pathways", "10", "--today", "2020-01-01").exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpWithExamplesInEachLanguage() {
        for (String command : List.of("validate", "convert", "schema", "rules", "generate", "indicators", "network",
                "serve")) {
            Run french = cep(command, "--help");
            assertThat(french.exit()).isZero();
            assertThat(french.out()).as(command).contains("Utilisation : cep " + command, "Exemples :")
                    .doesNotContain("Usage:", "Examples:");
            Run english = cep(command, "--help", "--lang", "en");
            assertThat(english.exit()).isZero();
            assertThat(english.out()).as(command).contains("Usage: cep " + command, "Examples:")
                    .doesNotContain("Utilisation", "Exemples");
        }
        assertThat(cep("--help").out()).contains("Commandes :", "  validate    Valide des enregistrements du CEP");
        assertThat(cep("--lang", "en", "--help").out()).contains("Commands:", "  validate    Validate CEP records");
        assertThat(cep("help", "rules").out()).startsWith("Affiche le catalogue des règles");
        assertThat(cep("--version").out()).contains("Référentiel : COG 2026");
        assertThat(cep("--version", "--lang", "en").out()).contains("Referential: COG 2026");
    }

    /**
     * Every text of the help has its French and its English: the two bundles have the same keys, every option of
     * every command is described, and no description is left as picocli's English default.
     */
    @Test
    void everyOptionIsDescribedInBothLanguages() {
        ResourceBundle french = Messages.of(Locale.FRENCH).bundle();
        ResourceBundle english = Messages.of(Locale.ENGLISH).bundle();
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(french.keySet()));
        for (Language language : Language.values()) {
            for (CommandLine command : commands(language)) {
                CommandLine.Model.CommandSpec spec = command.getCommandSpec();
                assertThat(spec.usageMessage().header()).as(spec.qualifiedName()).isNotEmpty();
                for (CommandLine.Model.ArgSpec arg : spec.args()) {
                    assertThat(arg.description()).as(spec.qualifiedName() + " " + arg).isNotEmpty();
                }
            }
        }
    }

    /** picocli wraps a line wider than its 80 columns: each example must come out whole, on a line of its own. */
    @Test
    void examplesAreNotWrapped() {
        for (Language language : Language.values()) {
            List<CommandLine> commands = commands(language);
            commands.removeIf(command -> command.getCommandSpec().usageMessage().footer().length == 0); // help
            assertThat(commands).hasSize(9);
            for (CommandLine command : commands) {
                boolean root = command.getParent() == null;
                List<String> args = new ArrayList<>(root ? List.of() : List.of(command.getCommandName()));
                args.addAll(List.of("--help", "--lang", language.name()));
                List<String> help = cep(args.toArray(String[]::new)).out().lines().toList();
                assertThat(help).as(command.getCommandName() + " " + language)
                        .contains(command.getCommandSpec().usageMessage().footer());
            }
        }
    }

    /** The commands of {@code cep}, itself last, with their texts in {@code language}. */
    private static List<CommandLine> commands(Language language) {
        CommandLine root = CepCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        root.setResourceBundle(language.messages().bundle());
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        return commands;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("issues").forEach(issue -> rules.add(issue.get("rule").asString()));
        return rules;
    }

    private static String severityOf(JsonNode report, String rule) {
        for (JsonNode issue : report.get("issues")) {
            if (issue.get("rule").asString().equals(rule)) {
                return issue.get("severity").asString();
            }
        }
        return null;
    }
}
