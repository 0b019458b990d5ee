package org.cepkit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cepkit.model.CepRecord;
import org.cepkit.model.RecordType;
import org.cepkit.model.operator.Operator;

/**
 * The cepkit validator: checks CEP records against the Jakarta constraints of the model and every rule of the
 * catalogue, and returns one {@link ValidationReport}. Immutable and thread-safe: build it once and share it.
 *
 * <pre>{@code
 * CepValidator validator = CepValidator.create();               // French messages, today's date
 * ValidationReport report = validator.validate(pathway);
 * report.isValid();
 *
 * CepValidator english = CepValidator.create(Profile.builder().locale(Locale.ENGLISH).build());
 * ValidationReport all = english.validate(List.of(operator, pathway, cooperation));  // dataset rules too
 * }</pre>
 */
public final class CepValidator {

    private final Profile profile;
    private final Map<RecordType, List<Rule<?>>> rulesByType;
    private final Set<String> registryRules;

    private CepValidator(Profile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.rulesByType = new EnumMap<>(RecordType.class);
        Set<String> needRegistry = new TreeSet<>();
        for (RuleDefinition rule : RuleCatalogue.all()) {
            if (rule.needsRegistry() && profile.isEnabled(rule.id())) {
                needRegistry.add(rule.id());
            }
        }
        this.registryRules = Set.copyOf(needRegistry);
        for (Rule<?> rule : BuiltInRules.all()) {
            if (rule.ruleIds().stream().anyMatch(profile::isEnabled)) {
                for (RecordType type : typesOf(rule)) {
                    rulesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
                }
            }
        }
        rulesByType.replaceAll((type, rules) -> List.copyOf(rules));
    }

    /** A validator with the default profile. */
    public static CepValidator create() {
        return new CepValidator(Profile.defaults());
    }

    public static CepValidator create(Profile profile) {
        return new CepValidator(profile);
    }

    public Profile profile() {
        return profile;
    }

    /**
     * Loads now what this validator otherwise loads while it validates its first records: Hibernate Validator
     * and the constraints of every record type, the rules, the COG referential (about half a second in all).
     * Optional, validation is the same without it: call it where waiting costs less, or on another thread while
     * the input is being opened ({@code CepJson} does so during its first pass over a file). Thread-safe; a
     * later call costs a few validations.
     */
    public void prepare() {
        for (CepRecord record : Preparation.records()) {
            check(record, profile.referenceDate(), null);
        }
    }

    /**
     * Validates one record. The registry rules run only when the profile has an operator registry; otherwise
     * the report lists them in {@link ValidationReport#rulesNotApplied()}.
     */
    public ValidationReport validate(CepRecord record) {
        OperatorRegistry registry = profile.operators().orElse(null);
        List<Issue> issues = check(record, profile.referenceDate(), registry);
        return ValidationReport.builder().addRecord(issues)
                .rulesNotApplied(registry == null ? registryRules : Set.of()).build();
    }

    /**
     * Validates a dataset: every record, plus the dataset rules ({@code dataset.duplicate-id}, and the
     * {@code reference.*} rules against the operators of the input and of the profile's registry).
     */
    public ValidationReport validate(Collection<? extends CepRecord> records) {
        List<Operator> operators = new ArrayList<>();
        for (CepRecord record : records) {
            if (record instanceof Operator operator) {
                operators.add(operator);
            }
        }
        DatasetValidation dataset = newDataset(operators);
        ValidationReport.Builder report = ValidationReport.builder();
        for (CepRecord record : records) {
            report.addRecord(dataset.validate(record));
        }
        return report.rulesNotApplied(dataset.rulesNotApplied()).build();
    }

    /**
     * Starts the validation of a dataset read as a stream: give it every operator record of the input first
     * (a first pass over a file), then each record in turn. The registry is known when the profile has one or
     * {@code inputOperators} is not empty.
     */
    public DatasetValidation newDataset(Collection<Operator> inputOperators) {
        OperatorRegistry registry = profile.operators().orElse(null);
        if (!inputOperators.isEmpty()) {
            registry = (registry == null ? OperatorRegistry.empty() : registry).plus(inputOperators);
        }
        return new DatasetValidation(this, registry, profile.referenceDate());
    }

    /**
     * An issue of {@code ruleId} at {@code path} under this validator's profile (severity, locale), or empty when
     * the rule is disabled. For layers that find problems before a record exists, such as the JSON reader.
     */
    public Optional<Issue> issue(String ruleId, String path, Map<String, String> arguments) {
        if (!profile.isEnabled(ruleId)) {
            return Optional.empty();
        }
        return Optional.of(Issue.of(ruleId, profile.severityOf(ruleId), path,
                RuleCatalogue.get(ruleId).message(profile.locale(), arguments)));
    }

    Set<String> registryRules() {
        return registryRules;
    }

    List<Issue> check(CepRecord record, LocalDate referenceDate, OperatorRegistry registry) {
        RuleContext context = new RuleContext(profile, referenceDate, registry);
        for (Rule<?> rule : rulesByType.getOrDefault(record.getType(), List.of())) {
            run(rule, record, context);
        }
        List<Issue> issues = context.issues();
        String id = record.getId();
        issues.replaceAll(issue -> issue.withRecord(id));
        return issues;
    }

    @SuppressWarnings("unchecked")
    private static <T extends CepRecord> void run(Rule<T> rule, CepRecord record, RuleContext context) {
        rule.check((T) record, context);
    }

    /** The record types a rule checks: one for a pathway rule, all three for a rule of {@code CepRecord}. */
    private static List<RecordType> typesOf(Rule<?> rule) {
        List<RecordType> types = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            if (rule.recordType().isAssignableFrom(recordClass(type))) {
                types.add(type);
            }
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("Rule " + rule + " checks no record type");
        }
        return types;
    }

    private static Class<? extends CepRecord> recordClass(RecordType type) {
        return switch (type) {
            case OPERATOR -> Operator.class;
            case PATHWAY -> org.cepkit.model.pathway.Pathway.class;
            case COOPERATION -> org.cepkit.model.cooperation.Cooperation.class;
        };
    }
}
