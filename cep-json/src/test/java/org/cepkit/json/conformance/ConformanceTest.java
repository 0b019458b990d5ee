package org.cepkit.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleDefinition;
import org.cepkit.rules.Severity;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance corpus ({@code conformance/}, SPEC §8) run through cepkit: one dynamic test a case, named by its
 * file and description, that reads the case by every entry point of {@link CorpusRunner} and compares the multiset
 * of {rule, path} (and record, where the case names it) and {@code valid} exactly. Then the corpus itself: every
 * rule of the catalogue is broken by some invalid case and named by some valid case where it does not fire, and
 * every case is consistent with the catalogue's severities.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicNode> everyCaseGivesExactlyTheExpectedIssues() {
        Map<String, List<ConformanceCase>> byFile = new LinkedHashMap<>();
        ConformanceCorpus.cases().forEach(c -> byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(c -> DynamicTest.dynamicTest(c.description(), () -> check(c)))));
    }

    private static void check(ConformanceCase c) {
        List<String> differences = CorpusRunner.runAll(c).stream()
                .map(run -> CorpusRunner.difference(c, run))
                .flatMap(Optional::stream)
                .toList();
        if (!differences.isEmpty()) {
            fail(c.name() + "\nexpected valid=" + c.valid() + ", issues " + c.issues() + "\n"
                    + String.join("\n", differences));
        }
    }

    @Test
    void everyRuleIsBrokenByAnInvalidCase() {
        Set<String> broken = ConformanceCorpus.cases().stream()
                .filter(c -> !c.valid())
                .flatMap(c -> c.firingRules().stream())
                .collect(Collectors.toSet());
        assertThat(catalogueIds()).allSatisfy(rule ->
                assertThat(broken).as("rules reported by some case whose expect.valid is false").contains(rule));
    }

    @Test
    void everyRuleIsNamedByAValidCaseWhereItDoesNotFire() {
        Set<String> shownQuiet = ConformanceCorpus.cases().stream()
                .filter(ConformanceCase::valid)
                .flatMap(c -> c.rules().stream().filter(rule -> !c.firingRules().contains(rule)))
                .collect(Collectors.toSet());
        assertThat(catalogueIds()).allSatisfy(rule ->
                assertThat(shownQuiet).as("rules named in \"rules\" of a valid case that does not report them")
                        .contains(rule));
    }

    @Test
    void everyWarningAndInfoRuleFiresInAValidCase() {
        Set<String> firingInValid = ConformanceCorpus.cases().stream()
                .filter(ConformanceCase::valid)
                .flatMap(c -> c.firingRules().stream())
                .collect(Collectors.toSet());
        List<String> notErrors = RuleCatalogue.builtIn().all().stream()
                .filter(rule -> rule.defaultSeverity() != Severity.ERROR)
                .filter(rule -> !rule.id().equals("format.unknown-field"))
                .map(RuleDefinition::id)
                .toList();
        assertThat(notErrors).allSatisfy(rule -> assertThat(firingInValid).contains(rule));
    }

    /**
     * {@code expect.valid} is false exactly when an expected issue is an ERROR in strict mode, and every rule id the
     * corpus uses is in the catalogue.
     */
    @Test
    void everyCaseIsConsistentWithTheCatalogue() {
        Set<String> ids = catalogueIds();
        List<String> problems = new ArrayList<>();
        for (ConformanceCase c : ConformanceCorpus.cases()) {
            for (String rule : c.rules()) {
                if (!ids.contains(rule)) {
                    problems.add(c.name() + ": unknown rule in \"rules\": " + rule);
                }
            }
            boolean error = false;
            for (ConformanceCase.ExpectedIssue issue : c.issues()) {
                Optional<RuleDefinition> rule = RuleCatalogue.builtIn().find(issue.rule());
                if (rule.isEmpty()) {
                    problems.add(c.name() + ": unknown rule in an issue: " + issue.rule());
                } else {
                    error |= rule.get().defaultSeverity() == Severity.ERROR;
                }
            }
            if (c.valid() == error) {
                problems.add(c.name() + ": expect.valid is " + c.valid() + " but its issues "
                        + (error ? "hold" : "hold no") + " ERROR");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** {@code format/commune.json} holds the cases about {@code format.commune}; {@code records/} complete records. */
    @Test
    void everyFileIsNamedAfterTheRuleItsCasesAreAbout() {
        Set<String> ids = catalogueIds();
        List<String> problems = new ArrayList<>();
        for (ConformanceCase c : ConformanceCorpus.cases()) {
            if (c.file().startsWith("records/")) {
                continue;
            }
            String rule = c.file().replaceFirst("\\.json$", "").replace('/', '.');
            if (!ids.contains(rule)) {
                problems.add(c.file() + ": no rule " + rule + " in the catalogue");
            } else if (!c.rules().contains(rule)) {
                problems.add(c.name() + ": does not name " + rule + " in \"rules\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The runner of another language, {@code js/} with its npm packages, is no case file. */
    @Test
    void theJavaScriptRunnersFolderIsNotReadAsCases(@TempDir Path corpus) throws IOException {
        Path rule = Files.createDirectories(corpus.resolve("format"));
        Files.copy(ConformanceCorpus.directory().resolve("format/region.json"), rule.resolve("region.json"));
        Files.createDirectories(corpus.resolve("js/node_modules/ajv"));
        Files.writeString(corpus.resolve("js/package.json"), "{\"name\": \"runner\"}");
        Files.writeString(corpus.resolve("js/node_modules/ajv/package.json"), "{\"name\": \"ajv\"}");
        List<ConformanceCase> cases = ConformanceCorpus.load(corpus);
        assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.file()).isEqualTo("format/region.json"));
    }

    private static Set<String> catalogueIds() {
        return RuleCatalogue.builtIn().all().stream().map(RuleDefinition::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
