package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.BeneficiaryStatus;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Service;
import org.cepkit.model.pathway.ServiceLevel;
import org.cepkit.model.pathway.Specification;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.Issue;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Partial records: a value that cannot be read stops only the rules that read it. For generated pathways and every
 * pair of one format mutation (a value made unreadable, or merely out of its bounds) and one rule mutation (a
 * violation of one rule), the report holds both issues, unless the rule reads the value the format mutation broke;
 * and no other rule ever fires: no rule sees the placeholder the record holds where a value could not be read.
 */
class PartialRecordTest {

    /** A violation of one rule, made on the model, and the values that rule reads. */
    private record RuleMutation(String name, OperatorFamily family, Function<Pathway, Pathway> apply, String rule,
            Set<String> reads) {
    }

    /** A change of the JSON text of one value, the rule it breaks, and whether the value can still be read. */
    private record FormatMutation(String pointer, Object value, String rule, boolean unreadable) {
    }

    private static final List<RuleMutation> RULES = List.of(
            new RuleMutation("a Mission locale beneficiary aged 27", OperatorFamily.MISSION_LOCALE,
                    p -> ImmutablePathway.copyOf(p).withBeneficiary(
                            org.cepkit.model.pathway.ImmutableBeneficiary.copyOf(p.getBeneficiary())
                                    .withBirthDate(p.getStartDate().minusYears(27).minusDays(3))
                                    .withDisabilityRecognition(false)),
                    "mission-locale.age",
                    Set.of("/operator/family", "/beneficiary/birthDate", "/beneficiary/disabilityRecognition",
                            "/startDate")),
            new RuleMutation("an inactive beneficiary", OperatorFamily.APEC,
                    p -> ImmutablePathway.copyOf(p).withBeneficiary(
                            org.cepkit.model.pathway.ImmutableBeneficiary.copyOf(p.getBeneficiary())
                                    .withStatus(BeneficiaryStatus.INACTIVE)),
                    "beneficiary.not-eligible", Set.of("/beneficiary/status")),
            new RuleMutation("a service before the start", OperatorFamily.FRANCE_TRAVAIL,
                    PartialRecordTest::serviceBeforeStart, "pathway.dates",
                    Set.of("/startDate", "/endDate", "/services/*/date")),
            new RuleMutation("a level 3 service under CDC_2019", OperatorFamily.CAP_EMPLOI,
                    PartialRecordTest::level3Under2019, "pathway.level-specification",
                    Set.of("/specification", "/services/*/level")));

    private static final List<FormatMutation> FORMATS = List.of(
            new FormatMutation("/beneficiary/residence", "2C004", "format.commune", true),
            new FormatMutation("/beneficiary/residence", 75056, "format.type", true),
            new FormatMutation("/beneficiary/sex", "F", "format.enum", true),
            new FormatMutation("/beneficiary/qualificationLevel", null, "format.required", true),
            new FormatMutation("/beneficiary/birthDate", "2001-02-30", "format.date", true),
            new FormatMutation("/beneficiary/disabilityRecognition", "no", "format.type", true),
            new FormatMutation("/beneficiary/employerSiret", "73282932000075", "format.siret", true),
            new FormatMutation("/endDate", "31/12/2025", "format.date", true),
            new FormatMutation("/specification", "CDC_2024", "format.enum", true),
            new FormatMutation("/services/0/mode", "PHONE", "format.enum", true),
            new FormatMutation("/operator/family", 7, "format.type", true),
            new FormatMutation("/beneficiary/id", "b 7f3a", "format.identifier", false),
            new FormatMutation("/colour", "blue", "format.unknown-field", false));

    @Test
    void everyPairOfAFormatAndARuleMutationReportsBothUnlessTheRuleReadsTheBrokenValue() {
        int[] pairs = {0};
        for (RuleMutation rule : RULES) {
            qt().withExamples(40).forAll(CepGenerators.pathwaysFor(rule.family())).checkAssert(generated -> {
                Pathway violating = rule.apply().apply(generated);
                for (FormatMutation format : FORMATS) {
                    String text = (format.value() == null ? JsonEdit.of(violating).remove(format.pointer())
                            : JsonEdit.of(violating).set(format.pointer(), format.value())).text();
                    List<Issue> issues = JsonFixtures.STRICT.validate(text).issues();
                    Set<String> rules = issues.stream().map(Issue::rule).collect(Collectors.toSet());
                    boolean ruleReadsIt = format.unreadable() && reads(rule.reads(), format.pointer());
                    Set<String> expected = ruleReadsIt ? Set.of(format.rule()) : Set.of(format.rule(), rule.rule());
                    assertThat(rules).as("%s with %s=%s:\n%s\n%s", rule.name(), format.pointer(), format.value(),
                            text, issues).isEqualTo(expected);
                    pairs[0]++;
                }
            });
        }
        assertThat(pairs[0]).isEqualTo(RULES.size() * FORMATS.size() * 40);
    }

    @Test
    void aMalformedResidenceAnAgeOutOfRangeAndAServiceOutsideThePathwayAreThreeIssuesInOnePass() {
        Gen<Pathway> missionLocale = CepGenerators.pathwaysFor(OperatorFamily.MISSION_LOCALE);
        qt().withExamples(20).forAll(missionLocale).checkAssert(generated -> {
            Pathway pathway = serviceBeforeStart(RULES.get(0).apply().apply(generated));
            String text = JsonEdit.of(pathway).set("/beneficiary/residence", "2C004").text();

            assertThat(Found.of(JsonFixtures.STRICT.validate(text).issues())).containsExactly(
                    Found.error("format.commune", "/beneficiary/residence"),
                    Found.error("mission-locale.age", "/beneficiary/birthDate"),
                    Found.error("pathway.dates", "/services/" + (pathway.getServices().size() - 1) + "/date"));
        });
    }

    @Test
    void aRecordWithAnUnreadableValueIsNotHandedOutAsARecord() {
        qt().withExamples(20).forAll(CepGenerators.pathways()).checkAssert(pathway -> {
            RecordResult result = JsonFixtures.STRICT.validate(JsonEdit.of(pathway).set("/startDate", "soon").text());

            assertThat(result.record()).isEmpty();
            assertThat(result.id()).contains(pathway.getId());
        });
    }

    /** Whether a value at {@code pointer} lies at, under or above one of {@code inputs} ({@code *}: any index). */
    private static boolean reads(Set<String> inputs, String pointer) {
        String general = pointer.replaceAll("/\\d+(?=/|$)", "/*");
        return inputs.stream().anyMatch(input -> general.equals(input) || general.startsWith(input + "/")
                || input.startsWith(general + "/"));
    }

    /** One more service the day before the pathway's start: outside its period. */
    private static Pathway serviceBeforeStart(Pathway p) {
        List<Service> services = new ArrayList<>(p.getServices());
        services.add(Service.of(ServiceLevel.LEVEL_1, p.getStartDate().minusDays(1), DeliveryMode.IN_PERSON));
        return ImmutablePathway.copyOf(p).withServices(services);
    }

    /** A level 3 service added to a pathway under the 2019 cahier des charges. */
    private static Pathway level3Under2019(Pathway p) {
        LocalDate start = p.getStartDate().isBefore(CepGenerators.REFORM_2020) ? CepGenerators.REFORM_2020
                : p.getStartDate();
        ImmutablePathway moved = ImmutablePathway.copyOf(p).withSpecification(Specification.CDC_2019)
                .withStartDate(start).withEndDate(Optional.empty())
                .withServices(p.getServices().stream().map(s -> Service.of(ServiceLevel.LEVEL_1,
                        s.getDate().isBefore(start) ? start : s.getDate(), s.getMode())).toList())
                .withReferrals(p.getReferrals().stream().filter(r -> !r.getDate().isBefore(start)).toList())
                .withActionPlan(p.getActionPlan().filter(plan -> !plan.getDeliveredOn().isBefore(start)))
                .withOutcome(p.getOutcome().filter(outcome -> !outcome.getObservedOn().isBefore(start)));
        List<Service> services = new ArrayList<>(moved.getServices());
        services.add(Service.of(ServiceLevel.LEVEL_3, start, DeliveryMode.IN_PERSON));
        return moved.withServices(services);
    }
}
