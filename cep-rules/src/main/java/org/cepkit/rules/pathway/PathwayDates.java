package org.cepkit.rules.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.RuleContext;

/**
 * {@code pathway.dates}: the end date is not before the start date, and every service, referral and action
 * plan date lies within [startDate, endDate] (no upper bound while the pathway is open); the outcome, the
 * situation <i>after</i> the pathway, is observed on or after the end date, or on or after the start date while
 * the pathway is open.
 */
public final class PathwayDates extends PathwayRule {

    public static final String ID = "pathway.dates";

    public PathwayDates() {
        super(List.of("/startDate", "/endDate", "/services/*/date", "/referrals/*/date",
                "/actionPlan/deliveredOn", "/outcome/observedOn"), ID);
    }

    @Override
    public void check(Pathway pathway, RuleContext context) {
        LocalDate start = pathway.getStartDate();
        Optional<LocalDate> end = pathway.getEndDate();
        if (end.isPresent() && end.get().isBefore(start)) {
            context.report(ID, "/endDate", detail(context, "La date de fin précède la date d'entrée.",
                    "The end date is before the start date."));
            end = Optional.empty();
        }
        checkWithin(pathway.getServices(), s -> s.getDate(), "/services/", "/date", start, end, context);
        checkWithin(pathway.getReferrals(), r -> r.getDate(), "/referrals/", "/date", start, end, context);
        Optional<LocalDate> plan = pathway.getActionPlan().map(p -> p.getDeliveredOn());
        if (plan.isPresent() && outside(plan.get(), start, end)) {
            report(context, "/actionPlan/deliveredOn");
        }
        Optional<LocalDate> observed = pathway.getOutcome().map(o -> o.getObservedOn());
        if (observed.isPresent() && observed.get().isBefore(end.orElse(start))) {
            context.report(ID, "/outcome/observedOn", detail(context, end.isPresent()
                    ? "La situation à l'issue du parcours est observée avant sa date de fin."
                    : "La situation à l'issue du parcours est observée avant sa date d'entrée.",
                    end.isPresent() ? "The outcome is observed before the pathway's end date."
                            : "The outcome is observed before the pathway's start date."));
        }
    }

    /** Each element's date within the pathway's period: a loop, where a stream was 3 % of a worker's samples. */
    private static <T> void checkWithin(List<T> elements, Function<T, LocalDate> date, String prefix, String suffix,
            LocalDate start, Optional<LocalDate> end, RuleContext context) {
        for (int i = 0; i < elements.size(); i++) {
            if (outside(date.apply(elements.get(i)), start, end)) {
                report(context, prefix + i + suffix);
            }
        }
    }

    private static boolean outside(LocalDate date, LocalDate start, Optional<LocalDate> end) {
        return date.isBefore(start) || end.isPresent() && date.isAfter(end.get());
    }

    private static void report(RuleContext context, String path) {
        context.report(ID, path, detail(context, "Date hors de la période du parcours (de l'entrée à la fin).",
                "Date outside the pathway's period (from start to end)."));
    }

    private static Map<String, String> detail(RuleContext context, String fr, String en) {
        return Map.of("detail", context.english() ? en : fr);
    }
}
