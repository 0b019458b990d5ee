package org.cepkit.rules.cooperation;

import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.rules.RuleContext;

/** {@code cooperation.dates}: the end date is not before the start date, and no relation starts after the end. */
public final class CooperationDates extends CooperationRule {

    public static final String ID = "cooperation.dates";

    public CooperationDates() {
        super(List.of("/startDate", "/endDate", "/relations/*/since"), ID);
    }

    @Override
    public void check(Cooperation cooperation, RuleContext context) {
        Optional<LocalDate> end = cooperation.getEndDate();
        if (end.isEmpty()) {
            return;
        }
        boolean english = context.english();
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
}
