package org.cepkit.rules.operator;

import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.Rule;

/** A rule of fixed catalogue ids about operators, checking one record type. */
abstract class OperatorRule<T extends CepRecord> implements Rule<T> {

    private final Class<T> type;
    private final List<String> ids;

    OperatorRule(Class<T> type, String... ids) {
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
