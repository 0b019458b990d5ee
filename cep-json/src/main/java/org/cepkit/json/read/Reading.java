package org.cepkit.json.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cepkit.json.ReadMode;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.Severity;

/**
 * The issues found while reading one record, made under the validator's profile (severities, disabled rules,
 * locale). In lenient mode an unknown field is INFO unless the profile overrides {@code format.unknown-field}.
 */
final class Reading {

    static final String UNKNOWN_FIELD = "format.unknown-field";

    private final CepValidator validator;
    private final ReadMode mode;
    private final List<Issue> issues = new ArrayList<>();
    private boolean incomplete;

    Reading(CepValidator validator, ReadMode mode) {
        this.validator = validator;
        this.mode = mode;
    }

    void report(String rule, String path) {
        report(rule, path, Map.of());
    }

    void report(String rule, String path, Map<String, String> arguments) {
        incomplete |= leavesValueOut(rule);
        if (UNKNOWN_FIELD.equals(rule) && mode == ReadMode.LENIENT && !validator.profile().overrides(rule)) {
            if (validator.profile().isEnabled(rule)) {
                issues.add(Issue.of(rule, Severity.INFO, path,
                        RuleCatalogue.get(rule).message(validator.profile().locale(), arguments)));
            }
            return;
        }
        validator.issue(rule, path, arguments).ifPresent(issues::add);
    }

    /** Reports a value of the wrong JSON type. */
    void wrongType(String path, String expected) {
        report("format.type", path, Map.of("expected", expected));
    }

    /**
     * Whether a value had to be left out (a type, presence, code-list, date or code format error). The rules
     * then do not run on the record: judged on a partial record, they would report what is not there.
     */
    boolean incomplete() {
        return incomplete;
    }

    private static boolean leavesValueOut(String rule) {
        return !UNKNOWN_FIELD.equals(rule) && !"code.alias".equals(rule) && !"format.schema-version".equals(rule);
    }

    List<Issue> issues() {
        return issues;
    }
}
