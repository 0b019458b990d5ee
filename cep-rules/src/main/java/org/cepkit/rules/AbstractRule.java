package org.cepkit.rules;

import java.util.List;
import org.cepkit.model.CepRecord;

/**
 * A {@link Rule} of one record type and fixed catalogue ids, given once to the constructor: what every built-in
 * rule is.
 *
 * @param <T> the record type the rule checks
 */
public abstract class AbstractRule<T extends CepRecord> implements Rule<T> {

    private final Class<T> type;
    private final List<String> ids;

    protected AbstractRule(Class<T> type, String... ids) {
        this.type = type;
        this.ids = List.of(ids);
    }

    @Override
    public final Class<T> recordType() {
        return type;
    }

    @Override
    public final List<String> ruleIds() {
        return ids;
    }
}
