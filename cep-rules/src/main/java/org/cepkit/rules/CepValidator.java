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
import org.cepkit.rules.format.BeanValidation;
import org.cepkit.rules.internal.DatasetValidation;
import org.cepkit.rules.internal.ReportAccumulator;
import org.cepkit.rules.internal.RulesAccess;

/**
 * The cepkit validator: checks CEP records against the Jakarta constraints of the model and every rule of its
 * catalogue (the built-in rules and those its profile adds), and returns one {@link ValidationReport}. Immutable
 * and thread-safe: build it once and share it.
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

    static {
        RulesAccess.install(new Bridge());
    }

    private final Profile profile;
    private final Map<RecordType, List<Checked<?>>> rulesByType;
    private final Set<String> registryRules;

    /** A rule with its inputs split into tokens, ready to be matched against unreadable pointers. */
    private record Checked<T extends CepRecord>(Rule<T> rule, List<String[]> inputs, boolean constraints) {
    }

    private CepValidator(Profile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        Set<String> needRegistry = new TreeSet<>();
        for (RuleDefinition rule : profile.catalogue().all()) {
            if (rule.needsRegistry() && profile.isEnabled(rule.id())) {
                needRegistry.add(rule.id());
            }
        }
        this.registryRules = Set.copyOf(needRegistry);
        this.rulesByType = new EnumMap<>(RecordType.class);
        List<Rule<?>> rules = new ArrayList<>(BuiltInRules.all());
        rules.addAll(profile.rules());
        for (Rule<?> rule : rules) {
            if (rule.definitions().stream().anyMatch(definition -> profile.isEnabled(definition.id()))) {
                Checked<?> checked = new Checked<>(rule, tokens(rule.inputs()), rule instanceof BeanValidation);
                for (RecordType type : RecordType.values()) {
                    if (rule.recordType().isAssignableFrom(type.modelType())) {
                        rulesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(checked);
                    }
                }
            }
        }
        rulesByType.replaceAll((type, list) -> List.copyOf(list));
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

    /** The rules this validator reports: the built-in ones, then those its profile adds. */
    public RuleCatalogue catalogue() {
        return profile.catalogue();
    }

    /**
     * Loads now what this validator otherwise loads while it validates its first records: Hibernate Validator
     * and the constraints of every record type, the rules, the referential (about half a second in all).
     * Optional, validation is the same without it: call it where waiting costs less, or on another thread while
     * the input is being opened. Thread-safe; a later call costs a few validations.
     */
    public void prepare() {
        prepare(false);
    }

    /** Loads what validating records read from an input ({@code read}) or built in Java needs. */
    private void prepare(boolean read) {
        for (CepRecord record : Preparation.records()) {
            check(record, profile.referenceDate(), null, read, List.of());
        }
    }

    /**
     * Validates one record. The registry rules run only when the profile has an operator registry; otherwise
     * the report lists them in {@link ValidationReport#rulesNotApplied()}.
     */
    public ValidationReport validate(CepRecord record) {
        OperatorRegistry registry = profile.operators().orElse(null);
        List<Issue> issues = check(record, profile.referenceDate(), registry, false, List.of());
        return new ReportAccumulator(true).addRecord(issues)
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
        DatasetValidation dataset = DatasetValidation.start(this, operators);
        ReportAccumulator report = new ReportAccumulator(true);
        for (CepRecord record : records) {
            report.addRecord(dataset.validate(record));
        }
        return report.rulesNotApplied(dataset.rulesNotApplied()).build();
    }

    private List<Issue> check(CepRecord record, LocalDate referenceDate, OperatorRegistry registry, boolean read,
            List<String> unreadable) {
        RuleContext context = new RuleContext(profile, referenceDate, registry);
        List<String[]> unread = unreadable.isEmpty() ? List.of() : tokens(unreadable);
        for (Checked<?> checked : rulesByType.getOrDefault(record.getType(), List.of())) {
            if (read && checked.constraints() || !unread.isEmpty() && readsAny(checked.inputs(), unread)) {
                continue;
            }
            run(checked.rule(), record, context);
        }
        List<Issue> issues = context.issues();
        if (issues.isEmpty()) {
            return issues;
        }
        issues.sort(profile.catalogue().issueOrder(record.getType()));
        String id = record.getId();
        issues.replaceAll(issue -> issue.withRecord(id));
        return issues;
    }

    @SuppressWarnings("unchecked")
    private static <T extends CepRecord> void run(Rule<T> rule, CepRecord record, RuleContext context) {
        rule.check((T) record, context);
    }

    /** The tokens of each JSON Pointer: {@code "/services/*}{@code /date"} is {@code ["services", "*", "date"]}. */
    private static List<String[]> tokens(List<String> pointers) {
        List<String[]> tokens = new ArrayList<>(pointers.size());
        for (String pointer : pointers) {
            tokens.add(split(pointer));
        }
        return List.copyOf(tokens);
    }

    private static String[] split(String pointer) {
        if (pointer.isEmpty()) {
            return new String[0];
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("Not a JSON Pointer: '" + pointer + "'");
        }
        return pointer.substring(1).split("/", -1);
    }

    /**
     * Whether a value the rule reads could not be read: an input pointer and an unreadable one meet when one is the
     * other or lies under it ({@code *} matching any token).
     */
    private static boolean readsAny(List<String[]> inputs, List<String[]> unreadable) {
        for (String[] tokens : unreadable) {
            for (String[] input : inputs) {
                int common = Math.min(input.length, tokens.length);
                boolean meet = true;
                for (int i = 0; i < common && meet; i++) {
                    meet = input[i].equals("*") || input[i].equals(tokens[i]);
                }
                if (meet) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Issue> issue(String ruleId, String path, Map<String, String> arguments) {
        RuleDefinition rule = profile.catalogue().get(ruleId);
        if (!profile.isEnabled(ruleId)) {
            return Optional.empty();
        }
        return Optional.of(Issue.of(ruleId, profile.severityOf(ruleId), path,
                rule.message(profile.locale(), arguments)));
    }

    /** What the other cepkit modules reach through {@link RulesAccess}. */
    private static final class Bridge implements RulesAccess.Bridge {
        @Override
        public List<Issue> check(CepValidator validator, CepRecord record, LocalDate referenceDate,
                OperatorRegistry registry, boolean read, List<String> unreadable) {
            return validator.check(record, referenceDate, registry, read, unreadable);
        }

        @Override
        public void prepareForRead(CepValidator validator) {
            validator.prepare(true);
        }

        @Override
        public Optional<Issue> issue(CepValidator validator, String rule, String path,
                Map<String, String> arguments) {
            return validator.issue(rule, path, arguments);
        }

        @Override
        public Set<String> registryRules(CepValidator validator) {
            return validator.registryRules;
        }

        @Override
        public OperatorRegistry registryView(Map<String, Operator> byId) {
            return OperatorRegistry.view(byId);
        }

        @Override
        public ValidationReport report(List<Issue> issues, long records, long invalid, long errors, long warnings,
                long infos, Collection<String> rulesNotApplied) {
            return new ValidationReport(issues, records, invalid, errors, warnings, infos, rulesNotApplied);
        }
    }
}
