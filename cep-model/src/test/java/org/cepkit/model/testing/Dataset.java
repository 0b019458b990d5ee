package org.cepkit.model.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;

/**
 * A small, consistent set of records, as {@link CepGenerators#datasets()} makes them: every pathway and
 * cooperation refers to operators of {@link #operators()} by id and with their family.
 *
 * <pre>{@code
 * qt().forAll(CepGenerators.datasets()).checkAssert(dataset ->
 *         assertThat(validator.validate(dataset.records()).issues()).isEmpty());
 * }</pre>
 *
 * @param operators the registry: distinct ids, at least two
 * @param pathways pathways of those operators, with distinct ids
 * @param cooperations cooperations between those operators, with distinct ids
 */
public record Dataset(List<Operator> operators, List<Pathway> pathways, List<Cooperation> cooperations) {

    /** Copies the three lists, which must not hold null. */
    public Dataset {
        operators = List.copyOf(operators);
        pathways = List.copyOf(pathways);
        cooperations = List.copyOf(cooperations);
    }

    /** Every record, operators first, then pathways, then cooperations. */
    public List<CepRecord> records() {
        return Stream.of(operators, pathways, cooperations).<CepRecord>flatMap(List::stream).toList();
    }

    /** The operator whose id is {@code id}, or empty. */
    public Optional<Operator> operator(String id) {
        Objects.requireNonNull(id, "id");
        return operators.stream().filter(operator -> operator.getId().equals(id)).findFirst();
    }
}
