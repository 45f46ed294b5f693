package it.traguardi.web.values;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.web.result.Results;
import java.util.List;
import java.util.Optional;

/**
 * Ultime modifiche: one value recorded for a plan, as the home page lists it.
 *
 * @param target what it was recorded for: a measure's code, or an indicator's code and title
 * @param href   the indicator's page, or "" for a measure
 * @param value  the value as written in Italian
 * @param period the period it was recorded for
 * @param when   when it was recorded, in Italy's time
 * @param by     who recorded it
 */
public record ValueChange(String target, String href, String value, Period period, String when, String by) {


    /** The {@code limit} values last recorded for {@code plan}, newest first. */
    public static List<ValueChange> latest(PlanValues values, Plan plan, int limit) {
        return values.recent(plan, limit).stream().map(r -> {
            var indicator = indicator(plan, r.target());
            var target = indicator.map(Indicator::label).orElseGet(() -> switch (r.target()) {
                case ValueTarget.OfMeasure m -> m.code();
                case ValueTarget.OfIndicator i -> "#" + i.id().value();
            });
            var href = indicator.map(i -> Results.nodeHref(plan.entity(), plan.year(), i)).orElse("");
            return new ValueChange(target, href, ResultFormat.actual(r.value()), r.period(), ShownFormat.moment(r.recordedAt()),
                    r.recordedBy());
        }).toList();
    }

    /** The indicator a value was entered for directly, if the plan still has it. */
    private static Optional<Indicator> indicator(Plan plan, ValueTarget target) {
        return switch (target) {
            case ValueTarget.OfMeasure m -> Optional.empty();
            case ValueTarget.OfIndicator i -> plan.indicators().filter(n -> n.id().equals(i.id())).findFirst();
        };
    }
}
