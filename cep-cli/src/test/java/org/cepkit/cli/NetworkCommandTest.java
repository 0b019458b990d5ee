package org.cepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.cli.CommandLineTest.cep;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cepkit.cli.generate.DatasetGenerator;
import org.cepkit.json.CepJson;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.cooperation.PartnerKind;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.testing.CepExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NetworkCommandTest {

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void generate() throws IOException {
        StringWriter out = new StringWriter();
        new DatasetGenerator(9, 0.05, DatasetGenerator.DEFAULT_REFERENCE_DATE).generate(3_000, out);
        data = Files.writeString(dir.resolve("data.ndjson"), out.toString(), StandardCharsets.UTF_8);
    }

    private static CommandLineTest.Run network(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 1, args.length);
        all[0] = "network";
        all[args.length + 1] = "--today=2026-01-01";
        all[args.length + 2] = data.toString();
        return cep(all);
    }

    @Test
    void jsonHasEveryTerritoryWithItsMeasuresAndEvidence() {
        CommandLineTest.Run run = network();

        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("leftOut").get("invalid").asLong()).isPositive();
        JsonNode first = json.get("territories").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("REGION");
        for (String field : List.of("operators", "declaredTies", "observedTies", "families", "missingFamilies",
                "density", "degreeCentralization", "components", "isolates", "formalisation", "purposes", "reciprocity",
                "declaredNotObserved", "observedNotDeclared", "partners", "animators", "configurationEvidence")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(run.out()).contains("\"REGION_LED_LOCAL_SERVICE\" : {", "\"support\"", "\"spro-animator\"");
        assertThat(run.err()).contains("Réseaux de", "territoires");
    }

    @Test
    void territorySelectsByCodeOrByKindAndCode() {
        JsonNode byCode = network("--territory", "2B").json();
        JsonNode byKey = network("--territory", "REGION:94").json();

        assertThat(byCode.get("territories")).hasSize(1);
        assertThat(byCode.get("territories").get(0).get("name").asString()).isEqualTo("Haute-Corse");
        assertThat(byKey.get("territories").get(0).get("name").asString()).isEqualTo("Corse");
        assertThat(network("--territory", "nowhere").err()).contains("aucun territoire « nowhere »");
    }

    @Test
    void csvHasARowPerTerritoryOrPerTie() {
        List<String> territories = network("--format", "csv").out().lines().toList();
        List<String> ties = network("--format", "csv", "--csv", "ties", "--lang", "en").out().lines().toList();

        assertThat(territories.get(0)).startsWith("kind,code,name,operators,present,families,missingFamilies,density,");
        assertThat(territories).anyMatch(line -> line.startsWith("DEPARTEMENT,2A,Corse-du-Sud,"));
        assertThat(ties.get(0)).startsWith("kind,code,first,second,declared,forms,purposes,since,cooperations,observed,"
                + "firstToSecond.REMOVE_BARRIERS");
        assertThat(ties).anyMatch(line -> line.contains(",true,") && line.matches(".*,(true|false)(,\\d+){6}$"));
        assertThat(network("--format", "csv", "--csv", "edges").err()).contains("--csv attend territories ou ties");
    }

    @Test
    void svgDrawsEveryOperatorWithALegend() {
        CommandLineTest.Run run = network("--format", "svg", "--territory", "DEPARTEMENT:2B");

        assertThat(run.out()).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("Mission locale", "Instance d&#39;animation", "observé seulement")
                .doesNotContain("<script", "href=");
        assertThat(run.out().split("<circle", -1).length - 1).isGreaterThan(6);
    }

    @Test
    void htmlIsASelfContainedPageInTheLanguageAsked() {
        CommandLineTest.Run french = network("--format", "html");
        CommandLineTest.Run english = network("--format", "html", "--lang", "en", "--territory", "94");

        assertThat(french.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">",
                "Réseaux de coopération des opérateurs du CEP", "jamais un verdict", "default-src 'none'", "<svg")
                .doesNotContain("<script src", "<link", "<img");
        assertThat(english.out()).contains("<html lang=\"en\">", "never a verdict", "Région 94, Corse");
    }

    @Test
    void namesFromTheInputCannotBecomeFormulasOrMarkup() throws IOException {
        CepJson json = CepJson.create();
        Cooperation formula = Cooperation.builder().from(CepExamples.cooperation())
                .partners(List.of(Partner.of("=HYPERLINK(\"http://x\")", PartnerKind.CIO))).build();
        Operator markup = Operator.builder().from(CepExamples.franceTravailOperator())
                .name("<script>alert(1)</script>").build();
        Path file = Files.writeString(dir.resolve("hostile.ndjson"), json.write(CepExamples.operator()) + "\n" + json.write(markup)
                + "\n" + json.write(formula) + "\n", StandardCharsets.UTF_8);

        String csv = cep("network", "--format", "csv", file.toString()).out();
        String html = cep("network", "--format", "html", file.toString()).out();
        String svg = cep("network", "--format", "svg", file.toString()).out();

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(svg).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    /** The context an evidence repeats is the cooperation's own, as its record writes it: left-out fields stay out. */
    @Test
    void evidenceRepeatsTheContextOfTheCooperationAsItsRecordWritesIt() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> contexts = new HashMap<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            JsonNode record = mapper.readTree(line);
            if (record.path("type").asString("").equals("cooperation")) {
                contexts.put(record.get("id").asString(), record.path("context"));
            }
        }
        int compared = 0;
        boolean partial = false;
        for (JsonNode territory : network().json().get("territories")) {
            for (JsonNode evidence : territory.get("configurationEvidence")) {
                JsonNode given = contexts.get(evidence.get("cooperation").asString());
                JsonNode written = evidence.get("context");
                if (given.isMissingNode()) {
                    assertThat(written.isNull()).isTrue();
                } else {
                    assertThat(written).isEqualTo(given);
                    partial |= given.size() < 4;
                }
                compared++;
            }
        }
        assertThat(compared).isPositive();
        assertThat(partial).as("a context that leaves a field out").isTrue();
    }

    /** The example of the README. */
    @Test
    void theExampleCooperationOfHauteGaronneSupportsItsDeclaredConfiguration() {
        JsonNode territory = cep("network", "--territory", "DEPARTEMENT:31",
                Path.of("..", "examples", "analysis.ndjson").toString()).json().get("territories").get(0);

        JsonNode evidence = territory.get("configurationEvidence").get(0);
        assertThat(evidence.get("cooperation").asString()).isEqualTo("coop-0002");
        assertThat(evidence.get("declared").asString()).isEqualTo("LOCAL_COMMON_CAUSE");
        assertThat(evidence.get("signals").get("LOCAL_COMMON_CAUSE").get("support").asDouble()).isEqualTo(1.0);
        assertThat(territory.get("declaredTies")).hasSize(6);
        assertThat(territory.get("isolates")).hasSize(1);
    }

    @Test
    void usageErrorsFollowTheLanguage() {
        assertThat(network("--format", "png").err()).contains("--format attend json, csv, svg, html, reçu « png »");
        assertThat(network("--format", "png", "--lang", "en").err()).contains("--format expects json, csv, svg, html");
        assertThat(cep("network", "--help", "--lang", "en").out()).contains("Describes the cooperation networks",
                "Examples:");
        assertThat(cep("network", "--help").out()).contains("Décrit les réseaux de coopération", "Exemples :");
    }
}
