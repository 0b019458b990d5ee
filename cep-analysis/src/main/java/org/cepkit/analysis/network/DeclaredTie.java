package org.cepkit.analysis.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.RelationForm;

/**
 * A tie that cooperations declare between two operators: every relation between them gathered.
 *
 * @param first the smaller of the two operator ids
 * @param second the other
 * @param forms the forms of the relations, in code-list order
 * @param purposes their purposes, in code-list order
 * @param since the earliest {@code since} of the relations, when any gives one
 * @param cooperations the ids of the cooperations that declare it, sorted
 */
public record DeclaredTie(String first, String second, List<RelationForm> forms, List<CooperationPurpose> purposes,
        Optional<LocalDate> since, List<String> cooperations) {

    public DeclaredTie {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        forms = List.copyOf(forms);
        purposes = List.copyOf(purposes);
        Objects.requireNonNull(since, "since");
        cooperations = List.copyOf(cooperations);
    }

    /** Whether one of its relations is formal: a contractual partnership or a coordination body. */
    public boolean isFormal() {
        return forms.stream().anyMatch(DeclaredTie::isFormal);
    }

    /** Whether a relation of that form is formal: a contractual partnership or a coordination body. */
    public static boolean isFormal(RelationForm form) {
        return form == RelationForm.CONTRACTUAL_PARTNERSHIP || form == RelationForm.COORDINATION_BODY;
    }
}
