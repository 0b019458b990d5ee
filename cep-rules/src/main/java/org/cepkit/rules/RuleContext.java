package org.cepkit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepkit.rules.territory.Referential;

/**
 * What a {@link Rule} sees while it checks one record: the reference date, the operator registry when one is
 * known, and where to report. Issues of disabled rules are dropped here, and severities come from the
 * profile. One context serves one record on one thread.
 */
public final class RuleContext {

    private final Profile profile;
    private final LocalDate referenceDate;
    private final OperatorRegistry registry;
    private final List<Issue> issues = new ArrayList<>();

    RuleContext(Profile profile, LocalDate referenceDate, OperatorRegistry registry) {
        this.profile = profile;
        this.referenceDate = referenceDate;
        this.registry = registry;
    }

    /** Dates after this one break {@code pathway.future-date}. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** The territorial referential the rules check codes against: the profile's, the embedded COG by default. */
    public Referential referential() {
        return profile.referential();
    }

    /** The operator registry, when one is known. */
    public Optional<OperatorRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    /** Reports {@code ruleId} at the JSON Pointer {@code path}, with no message arguments. */
    public void report(String ruleId, String path) {
        report(ruleId, path, Map.of());
    }

    /**
     * Reports {@code ruleId} at {@code path}; {@code arguments} fill the message's placeholders and must never
     * carry a beneficiary's values.
     */
    public void report(String ruleId, String path, Map<String, String> arguments) {
        RuleDefinition rule = profile.catalogue().get(ruleId);
        if (profile.isEnabled(ruleId)) {
            issues.add(Issue.of(ruleId, profile.severityOf(ruleId), path, rule.message(profile.locale(), arguments)));
        }
    }

    /** Whether the message language is English. */
    public boolean english() {
        return profile.isEnglish();
    }

    List<Issue> issues() {
        return issues;
    }
}
