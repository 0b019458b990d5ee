package org.cepkit.rules.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.CepRecord;
import org.cepkit.model.operator.Operator;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Issue;
import org.cepkit.rules.OperatorRegistry;
import org.cepkit.rules.ValidationReport;

/**
 * The validator's internals that the other cepkit modules call, behind a bridge that {@link CepValidator}
 * installs when it is initialized (the JDK's "shared secrets" idiom): they stay out of the public API, and this
 * package is exported to cepkit's own modules only.
 */
public final class RulesAccess {

    /** What the validator's package implements for this one. */
    public interface Bridge {

        /**
         * The issues of {@code record}'s rules, sorted, each naming the record. {@code read}: the record was read
         * from an input whose reader checked the model's constraints itself and noted, in {@code unreadable}, the
         * JSON Pointers of the values it could not read (placeholders in the record): the constraints are not
         * checked again, and the rules that read an unreadable value do not run.
         */
        List<Issue> check(CepValidator validator, CepRecord record, LocalDate referenceDate, OperatorRegistry registry,
                boolean read, List<String> unreadable);

        /**
         * Loads what validating records read from an input needs: the rules and the referential, not Hibernate
         * Validator, which such records do not go through (see {@link #check}).
         */
        void prepareForRead(CepValidator validator);

        /** An issue of {@code rule} under the validator's profile, or empty when the rule is disabled. */
        Optional<Issue> issue(CepValidator validator, String rule, String path, Map<String, String> arguments);

        /** The enabled rules that need an operator registry. */
        Set<String> registryRules(CepValidator validator);

        /** A registry that reads through to {@code byId}, which the caller keeps filling. */
        OperatorRegistry registryView(Map<String, Operator> byId);

        /** A report of these counts and issues. */
        ValidationReport report(List<Issue> issues, long records, long invalid, long errors, long warnings,
                long infos, Collection<String> rulesNotApplied);
    }

    private static volatile Bridge bridge;

    private RulesAccess() {
    }

    /** Installs the bridge; only the first call counts. */
    public static synchronized void install(Bridge value) {
        if (bridge == null) {
            bridge = value;
        }
    }

    static Bridge bridge() {
        Bridge installed = bridge;
        if (installed == null) {
            try {
                Class.forName(CepValidator.class.getName(), true, CepValidator.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            installed = bridge;
        }
        return installed;
    }

    /** See {@link Bridge#check}. */
    public static List<Issue> check(CepValidator validator, CepRecord record, LocalDate referenceDate,
            OperatorRegistry registry, boolean read, List<String> unreadable) {
        return bridge().check(validator, record, referenceDate, registry, read, unreadable);
    }

    /** See {@link Bridge#prepareForRead}. */
    public static void prepareForRead(CepValidator validator) {
        bridge().prepareForRead(validator);
    }

    /** See {@link Bridge#issue}. */
    public static Optional<Issue> issue(CepValidator validator, String rule, String path,
            Map<String, String> arguments) {
        return bridge().issue(validator, rule, path, arguments);
    }

    /** See {@link Bridge#registryRules}. */
    public static Set<String> registryRules(CepValidator validator) {
        return bridge().registryRules(validator);
    }

    static OperatorRegistry registryView(Map<String, Operator> byId) {
        return bridge().registryView(byId);
    }

    static ValidationReport report(List<Issue> issues, long records, long invalid, long errors, long warnings,
            long infos, Collection<String> rulesNotApplied) {
        return bridge().report(issues, records, invalid, errors, warnings, infos, rulesNotApplied);
    }
}
