package org.cepkit.rules.cooperation;

import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.rules.RuleContext;

/**
 * {@code cooperation.dates}: the end date is not before the start date, no relation starts after the end, and no
 * date (start, end, a relation's {@code since}) comes after the validator's reference date: a record describes what
 * happened.
 */
public final class CooperationDates extends CooperationRule {

    public static final String ID = "cooperation.dates";

    public CooperationDates() {
        super(List.of("/startDate", "/endDate", "/relations/*/since"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        boolean english = context.english();
        checkNotFuture(cooperation, context);
        Optional<LocalDate> end = cooperation.getEndDate();
        if (end.isEmpty()) {
            return;
        }
        if (end.get().isBefore(cooperation.getStartDate())) {
            context.report(ID, "/endDate", Map.of("detail", english ? "The end date is before the start date."
                    : "La date de fin précède la date de début."));
        }
        for (int i = 0; i < cooperation.getRelations().size(); i++) {
            Optional<LocalDate> since = cooperation.getRelations().get(i).getSince();
            if (since.isPresent() && since.get().isAfter(end.get())) {
                context.report(ID, "/relations/" + i + "/since", Map.of("detail",
                        english ? "The relation starts after the cooperation's end."
                                : "La relation commence après la fin de la coopération."));
            }
        }
    }

    private static void checkNotFuture(Cooperation cooperation, RuleContext context) {
        LocalDate today = context.referenceDate();
        if (cooperation.getStartDate().isAfter(today)) {
            reportFuture(context, "/startDate");
        }
        if (cooperation.getEndDate().filter(end -> end.isAfter(today)).isPresent()) {
            reportFuture(context, "/endDate");
        }
        for (int i = 0; i < cooperation.getRelations().size(); i++) {
            if (cooperation.getRelations().get(i).getSince().filter(since -> since.isAfter(today)).isPresent()) {
                reportFuture(context, "/relations/" + i + "/since");
            }
        }
    }

    private static void reportFuture(RuleContext context, String path) {
        context.report(ID, path, Map.of("detail", context.english() ? "Date after the validation's reference date."
                : "Date postérieure à la date de référence de la validation."));
    }
}
