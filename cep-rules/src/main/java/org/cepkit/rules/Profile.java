package org.cepkit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cepkit.rules.territory.Referential;

/**
 * How a {@link CepValidator} judges: severity overrides and disabled rules, the reference date (an injectable
 * {@link Clock}; today in Europe/Paris by default), the message locale (French by default, English on request),
 * an optional operator registry and the territorial referential (the embedded COG 2026 by default). Immutable.
 *
 * <pre>{@code
 * Profile profile = Profile.builder()
 *         .severity("apec.public", Severity.ERROR)
 *         .disable("france-travail.public")
 *         .referenceDate(LocalDate.of(2025, 12, 31))
 *         .locale(Locale.ENGLISH)
 *         .build();
 * }</pre>
 */
public final class Profile {

    /** The zone of "today" when no clock is given: the CEP is a French service. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private static final Profile DEFAULTS = builder().build();

    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final Clock clock;
    private final Locale locale;
    private final OperatorRegistry operators;
    private final Referential referential;
    private final List<Rule<?>> rules;
    private final RuleCatalogue catalogue;

    private Profile(Builder builder) {
        this.severities = Collections.unmodifiableMap(new HashMap<>(builder.severities));
        this.disabled = Set.copyOf(builder.disabled);
        this.clock = builder.clock;
        this.locale = builder.locale;
        this.operators = builder.operators;
        this.referential = builder.referential;
        this.rules = List.copyOf(builder.rules);
        this.catalogue = builder.catalogue;
    }

    /** French messages, default severities, today's date, no registry. */
    public static Profile defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this profile. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.severities.putAll(severities);
        builder.disabled.addAll(disabled);
        builder.clock = clock;
        builder.locale = locale;
        builder.operators = operators;
        builder.referential = referential;
        builder.rules.addAll(rules);
        builder.catalogue = catalogue;
        return builder;
    }

    /** The severity of {@code ruleId} under this profile (its default unless overridden). */
    public Severity severityOf(String ruleId) {
        Severity override = severities.get(ruleId);
        return override != null ? override : catalogue.get(ruleId).defaultSeverity();
    }

    /** Whether a severity override was set for {@code ruleId}. */
    public boolean overrides(String ruleId) {
        return severities.containsKey(ruleId);
    }

    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The disabled rule ids. */
    public Set<String> disabledRules() {
        return disabled;
    }

    public Clock clock() {
        return clock;
    }

    /** Today according to the profile's clock: dates after it break {@code pathway.future-date}. */
    public LocalDate referenceDate() {
        return LocalDate.now(clock);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether messages are in English (the locale's language is {@code en}); French otherwise. */
    public boolean isEnglish() {
        return RuleDefinition.isEnglish(locale);
    }

    /** The operator registry given to the validator, if any. */
    public Optional<OperatorRegistry> operators() {
        return Optional.ofNullable(operators);
    }

    /** The rules added to the built-in ones, in the order given ({@link Builder#addRule}). */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** The catalogue of the rules a validator of this profile runs: the built-in ones, then those added. */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The territorial referential of the territory rules: {@link Referential#embedded()} unless one was given. */
    public Referential referential() {
        return referential != null ? referential : Referential.embedded();
    }

    /**
     * Builds a {@link Profile}; unknown rule ids are refused at once (add a rule of one's own before configuring
     * it).
     */
    public static final class Builder {
        private final Map<String, Severity> severities = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();
        private Clock clock = Clock.system(DEFAULT_ZONE);
        private Locale locale = Locale.FRENCH;
        private OperatorRegistry operators;
        private Referential referential;
        private final List<Rule<?>> rules = new ArrayList<>();
        private RuleCatalogue catalogue = RuleCatalogue.builtIn();

        private Builder() {
        }

        /**
         * Adds a rule of one's own (see {@link Rule}): it runs after the built-in rules, its definitions join the
         * catalogue, and this builder can then change their severities or switch them off.
         *
         * @throws IllegalArgumentException if one of its ids is already in the catalogue
         */
        public Builder addRule(Rule<?> rule) {
            catalogue = catalogue.with(rule.definitions());
            rules.add(rule);
            return this;
        }

        /** Reports {@code ruleId} with {@code severity} instead of its default. */
        public Builder severity(String ruleId, Severity severity) {
            catalogue.get(ruleId);
            severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /** Switches {@code ruleId} off. */
        public Builder disable(String ruleId) {
            catalogue.get(ruleId);
            disabled.add(ruleId);
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Fixes the reference date (a clock at the start of that day in Europe/Paris). */
        public Builder referenceDate(LocalDate date) {
            return clock(Clock.fixed(date.atStartOfDay(DEFAULT_ZONE).toInstant(), DEFAULT_ZONE));
        }

        /** French unless the language is English. */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        public Builder operators(OperatorRegistry registry) {
            this.operators = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * The referential the territory rules check codes against, instead of the embedded COG 2026: another
         * edition ({@link Referential#read}) or a small one for tests.
         */
        public Builder referential(Referential value) {
            this.referential = Objects.requireNonNull(value, "referential");
            return this;
        }

        public Profile build() {
            return new Profile(this);
        }
    }
}
