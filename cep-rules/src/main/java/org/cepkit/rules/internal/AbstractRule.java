package org.cepkit.rules.internal;

import java.util.Arrays;
import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.rules.Rule;
import org.cepkit.rules.RuleCatalogue;
import org.cepkit.rules.RuleDefinition;

/**
 * A {@link Rule} of one record type, fixed inputs and built-in catalogue ids, given once to the constructor: what
 * every built-in rule is.
 *
 * @param <T> the record type the rule checks
 */
public abstract class AbstractRule<T extends CepRecord> implements Rule<T> {

    private final Class<T> type;
    private final List<String> inputs;
    private final List<RuleDefinition> definitions;

    /**
     * @param inputs the JSON Pointers the rule reads (see {@link Rule#inputs()})
     * @param ids the ids of the built-in catalogue the rule reports
     */
    protected AbstractRule(Class<T> type, List<String> inputs, String... ids) {
        this.type = type;
        this.inputs = List.copyOf(inputs);
        this.definitions = Arrays.stream(ids).map(RuleCatalogue.builtIn()::get).toList();
    }

    @Override
    public final Class<T> recordType() {
        return type;
    }

    @Override
    public final List<RuleDefinition> definitions() {
        return definitions;
    }

    @Override
    public final List<String> inputs() {
        return inputs;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
