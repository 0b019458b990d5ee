package org.cepkit.rules;

import java.util.List;
import org.cepkit.model.CepRecord;

/**
 * A check of one kind of record that reports issues of one or more catalogue rules through a
 * {@link RuleContext}. Implementations are stateless and thread-safe; one class a rule id, named after it
 * ({@code mission-locale.age} is {@code org.cepkit.rules.pathway.MissionLocaleAge}), except where one
 * look-up serves several ids (documented on the class). {@link AbstractRule} takes the record type and the ids
 * once.
 *
 * @param <T> the record type the rule checks
 */
public interface Rule<T extends CepRecord> {

    /** The record type checked. */
    Class<T> recordType();

    /** The catalogue ids this rule may report. */
    List<String> ruleIds();

    /** Checks {@code record}, reporting every problem found; never throws for bad data. */
    void check(T record, RuleContext context);
}
