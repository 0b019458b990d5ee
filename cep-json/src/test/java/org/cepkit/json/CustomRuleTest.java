package org.cepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.ImmutablePathway;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.testing.CepExamples;
import org.cepkit.model.testing.CepGenerators;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Profile;
import org.cepkit.rules.Rule;
import org.cepkit.rules.RuleDefinition;
import org.cepkit.rules.Severity;
import org.junit.jupiter.api.Test;

/** A rule of one's own is a rule like the built-in ones: catalogue, reports, profiles, both paths, both languages. */
class CustomRuleTest {

    private static final String ID = "acme.referral-purpose";

    private static final RuleDefinition DEFINITION = RuleDefinition.builder(ID)
            .severity(Severity.WARNING)
            .source("Acme network, referral policy of 2025")
            .description("Un parcours n'oriente vers France Travail que pour construire le projet.",
                    "A pathway refers to France Travail only to build the project.")
            .messages("Une orientation vers France Travail sert à construire le projet.",
                    "A referral to France Travail is for building the project.")
            .build();

    private static final Rule<Pathway> RULE = Rule.of(Pathway.class, DEFINITION, List.of("/referrals"),
            (pathway, context) -> {
                for (int i = 0; i < pathway.getReferrals().size(); i++) {
                    Referral referral = pathway.getReferrals().get(i);
                    if (referral.getTo().getFamily() == OperatorFamily.FRANCE_TRAVAIL
                            && referral.getPurpose() != CooperationPurpose.BUILD_PROJECT) {
                        context.report(ID, "/referrals/" + i + "/purpose");
                    }
                }
            });

    private static Profile.Builder profile() {
        return Profile.builder().referenceDate(CepGenerators.REFERENCE_DATE).addRule(RULE);
    }

    /** The example pathway with a referral to France Travail for removing barriers. */
    private static Pathway breaking() {
        Pathway example = CepExamples.pathway();
        return ImmutablePathway.copyOf(example).withReferrals(Referral.builder()
                .to(org.cepkit.model.operator.OperatorRef.of("ft-bastia", OperatorFamily.FRANCE_TRAVAIL))
                .date(example.getStartDate()).purpose(CooperationPurpose.REMOVE_BARRIERS).build());
    }

    @Test
    void itJoinsTheCatalogueAfterTheBuiltInRules() {
        CepValidator validator = CepValidator.create(profile().build());

        assertThat(validator.catalogue().all()).last().isEqualTo(DEFINITION);
        assertThat(validator.catalogue().get(ID).source()).isEqualTo("Acme network, referral policy of 2025");
        assertThat(validator.catalogue().toJson()).contains("\"id\": \"acme.referral-purpose\"");
        assertThat(CepValidator.create().catalogue().find(ID)).isEmpty();
    }

    @Test
    void itReportsOnObjectsAndOnJsonAlike() {
        CepValidator validator = CepValidator.create(profile().build());
        Pathway pathway = breaking();

        List<Issue> java = validator.validate(pathway).issuesOf(ID);
        List<Issue> json = CepJson.builder().validator(validator).build().validate(JsonFixtures.text(pathway))
                .issues().stream().filter(issue -> issue.rule().equals(ID)).toList();

        assertThat(java).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.path()).isEqualTo("/referrals/0/purpose");
            assertThat(issue.message()).isEqualTo("Une orientation vers France Travail sert à construire le projet.");
        });
        assertThat(json).extracting(Issue::rule, Issue::path, Issue::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ID, "/referrals/0/purpose",
                        "Une orientation vers France Travail sert à construire le projet."));
    }

    @Test
    void aProfileChangesItsSeverityOrSwitchesItOffAndChoosesItsLanguage() {
        Pathway pathway = breaking();
        CepValidator strict = CepValidator.create(profile().severity(ID, Severity.ERROR).locale(Locale.ENGLISH)
                .build());
        CepValidator off = CepValidator.create(profile().disable(ID).build());

        assertThat(strict.validate(pathway).issuesOf(ID)).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.message()).isEqualTo("A referral to France Travail is for building the project.");
        });
        assertThat(strict.validate(pathway).isValid()).isFalse();
        assertThat(off.validate(pathway).issuesOf(ID)).isEmpty();
    }

    @Test
    void itDoesNotRunWhereTheValueItReadsCouldNotBeRead() {
        CepJson json = CepJson.builder().validator(CepValidator.create(profile().build())).build();
        String text = JsonEdit.of(breaking()).set("/referrals/0/date", "soon").text();

        assertThat(Found.of(json.validate(text).issues())).containsExactly(Found.error("format.date",
                "/referrals/0/date"));
    }

    @Test
    void anIdMustBeNewAndWellFormedAndKnownBeforeItIsConfigured() {
        RuleDefinition builtIn = RuleDefinition.builder("mission-locale.age").severity(Severity.INFO).source("s")
                .description("d", "d").messages("fr", "en").build();
        assertThatThrownBy(() -> Profile.builder().addRule(Rule.of(Pathway.class, builtIn, List.of(""), (p, c) -> {
        }))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already defined by cepkit");
        assertThatThrownBy(() -> RuleDefinition.builder("Acme Rule").severity(Severity.INFO).source("s")
                .description("d", "d").messages("fr", "en").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dotted lower-case words");
        assertThatThrownBy(() -> Profile.builder().severity(ID, Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown rule id");
        assertThatThrownBy(() -> RuleDefinition.builder("acme.x").build()).isInstanceOf(NullPointerException.class);
    }
}
