package org.cepkit.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.operator.Operator;

/**
 * The operators a validator knows by id: those given to it ({@code --operators FILE}) plus, when validating a
 * dataset, the operator records of the input wherever they stand. The registry-based rules
 * ({@code reference.*}, {@code regional-operator.coverage}, {@code cooperation.territory-presence}) run only
 * when a registry is known. When two operators share an id, the later one wins (and the dataset reports
 * {@code dataset.duplicate-id}).
 *
 * <pre>{@code OperatorRegistry registry = OperatorRegistry.of(List.of(missionLocale, franceTravail));}</pre>
 */
public final class OperatorRegistry {

    private static final OperatorRegistry EMPTY = new OperatorRegistry(Map.of());

    private final Map<String, Operator> byId;

    private OperatorRegistry(Map<String, Operator> byId) {
        this.byId = byId;
    }

    /** The registry of {@code operators}, in their order; of two with one id, the later one is kept. */
    public static OperatorRegistry of(Collection<? extends Operator> operators) {
        Map<String, Operator> map = new LinkedHashMap<>();
        for (Operator operator : operators) {
            map.put(operator.getId(), operator);
        }
        return new OperatorRegistry(Collections.unmodifiableMap(map));
    }

    /** A live view over {@code byId}, for a dataset whose operators arrive as it is read. */
    static OperatorRegistry view(Map<String, Operator> byId) {
        return new OperatorRegistry(Collections.unmodifiableMap(byId));
    }

    /**
     * The registered operators, in registration order (an operator replaced by a later one of its id keeps its
     * place).
     */
    public Collection<Operator> operators() {
        return byId.values();
    }

    public static OperatorRegistry empty() {
        return EMPTY;
    }

    /** The operator with this id, or empty. */
    public Optional<Operator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** This registry with {@code more} operators added (theirs win on a shared id). */
    public OperatorRegistry plus(Collection<? extends Operator> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Operator> map = new LinkedHashMap<>(byId);
        for (Operator operator : more) {
            map.put(operator.getId(), operator);
        }
        return new OperatorRegistry(Collections.unmodifiableMap(map));
    }
}
