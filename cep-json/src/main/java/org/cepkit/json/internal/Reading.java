package org.cepkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cepkit.json.ReadMode;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Severity;
import org.cepkit.rules.internal.RulesAccess;

/**
 * What reading one record finds: its issues, made under the validator's profile (severities, disabled rules,
 * locale), and the JSON Pointers of the values that could not be read, which the rules reading them must not see.
 * In lenient mode an unknown field is INFO unless the profile overrides {@code format.unknown-field}.
 */
final class Reading {

    static final String UNKNOWN_FIELD = "format.unknown-field";

    private final CepValidator validator;
    private final ReadMode mode;
    private final List<Issue> issues = new ArrayList<>(4);
    private List<String> unreadable = List.of();

    Reading(CepValidator validator, ReadMode mode) {
        this.validator = validator;
        this.mode = mode;
    }

    void report(String rule, String path) {
        report(rule, path, Map.of());
    }

    void report(String rule, String path, Map<String, String> arguments) {
        if (UNKNOWN_FIELD.equals(rule) && mode == ReadMode.LENIENT && !validator.profile().overrides(rule)) {
            if (validator.profile().isEnabled(rule)) {
                issues.add(Issue.of(rule, Severity.INFO, path,
                        validator.catalogue().get(rule).message(validator.profile().locale(), arguments)));
            }
            return;
        }
        RulesAccess.issue(validator, rule, path, arguments).ifPresent(issues::add);
    }

    /** Reports a value of the wrong JSON type, which cannot be read. */
    void wrongType(String path, String expected) {
        report("format.type", path, Map.of("expected", expected));
        unreadable(path);
    }

    /** Notes that the value at {@code path} could not be read: the model holds nothing, or a placeholder, there. */
    void unreadable(String path) {
        if (unreadable.isEmpty()) {
            unreadable = new ArrayList<>(2);
        }
        unreadable.add(path);
    }

    List<Issue> issues() {
        return issues;
    }

    List<String> unreadablePaths() {
        return unreadable;
    }
}
