package org.cepkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.cepkit.model.CepRecord;

/**
 * A check of one kind of record that reports issues of one or more catalogue rules through a
 * {@link RuleContext}. Implementations are stateless and thread-safe. The built-in rules are one class a rule id,
 * named after it ({@code mission-locale.age} is {@code org.cepkit.rules.pathway.MissionLocaleAge}), except where
 * one look-up serves several ids.
 *
 * <h2>Adding a rule of your own</h2>
 * Give its definition (id, default severity, source, French and English messages) and its check to a
 * {@link Profile}: the rule then appears in the validator's catalogue and reports, and the profile can change its
 * severity or switch it off, exactly as a built-in rule.
 *
 * <pre>{@code
 * RuleDefinition definition = RuleDefinition.builder("acme.referral-purpose")
 *         .severity(Severity.WARNING)
 *         .source("Acme network, referral policy of 2025")
 *         .description("Un parcours n'oriente vers France Travail que pour construire le projet.",
 *                 "A pathway refers to France Travail only to build the project.")
 *         .messages("Une orientation vers France Travail sert à construire le projet.",
 *                 "A referral to France Travail is for building the project.")
 *         .build();
 * Rule<Pathway> rule = Rule.of(Pathway.class, definition, List.of("/referrals"), (pathway, context) -> {
 *     for (int i = 0; i < pathway.getReferrals().size(); i++) {
 *         Referral referral = pathway.getReferrals().get(i);
 *         if (referral.getTo().getFamily() == OperatorFamily.FRANCE_TRAVAIL
 *                 && referral.getPurpose() != CooperationPurpose.BUILD_PROJECT) {
 *             context.report("acme.referral-purpose", "/referrals/" + i + "/purpose");
 *         }
 *     }
 * });
 * CepValidator validator = CepValidator.create(Profile.builder().addRule(rule).build());
 * }</pre>
 *
 * <h2>Inputs</h2>
 * A record read from JSON may have values that could not be read (a malformed commune code, a missing date): the
 * validator runs every rule whose {@link #inputs()} it could read, and no other, so that a rule never sees a value
 * the input did not give. The inputs are JSON Pointers into the record, {@code *} standing for any index of a list
 * ({@code /services/*}{@code /date}); a rule runs when no unreadable value lies at, under or above one of them.
 *
 * @param <T> the record type the rule checks
 */
public interface Rule<T extends CepRecord> {

    /** The record type checked: {@code Pathway.class}, or {@code CepRecord.class} for every record. */
    Class<T> recordType();

    /** The catalogue entries this rule may report, each at least once. */
    List<RuleDefinition> definitions();

    /** The ids of {@link #definitions()}. */
    default List<String> ruleIds() {
        return definitions().stream().map(RuleDefinition::id).toList();
    }

    /**
     * The JSON Pointers of the values the rule reads ({@code *} for any index of a list). The default,
     * {@code ""}, is the whole record: the rule runs only on records every value of which could be read.
     */
    default List<String> inputs() {
        return List.of("");
    }

    /** Checks {@code record}, reporting every problem found; never throws for bad data. */
    void check(T record, RuleContext context);

    /**
     * A rule of one definition whose check is {@code check}, reading {@code inputs} (see {@link #inputs()}).
     *
     * @throws NullPointerException if an argument is null
     */
    static <T extends CepRecord> Rule<T> of(Class<T> recordType, RuleDefinition definition, List<String> inputs,
            BiConsumer<? super T, RuleContext> check) {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(definition, "definition");
        List<String> pointers = List.copyOf(inputs);
        Objects.requireNonNull(check, "check");
        return new Rule<>() {
            @Override
            public Class<T> recordType() {
                return recordType;
            }

            @Override
            public List<RuleDefinition> definitions() {
                return List.of(definition);
            }

            @Override
            public List<String> inputs() {
                return pointers;
            }

            @Override
            public void check(T record, RuleContext context) {
                check.accept(record, context);
            }

            @Override
            public String toString() {
                return definition.id();
            }
        };
    }
}
