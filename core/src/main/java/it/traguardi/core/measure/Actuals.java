package it.traguardi.core.measure;

import it.traguardi.core.formula.CompiledFormula;
import it.traguardi.core.formula.CompiledFormulas;
import it.traguardi.core.formula.Evaluation;
import it.traguardi.core.formula.Expr;
import it.traguardi.core.formula.MeasureValues;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Consuntivi degli indicatori: the actual value of every indicator for one period, as scoring
 * needs it. A value entered for the indicator itself wins; otherwise its formula is evaluated over
 * the measures' values; an indicator with neither is left out (N/D).
 */
public final class Actuals {

    private Actuals() {
    }

    /**
     * @param latest the latest value of every measure and indicator for the period
     */
    public static Map<NodeId, Value> of(Plan plan, Map<ValueTarget, Value> latest) {
        var measures = measureValues(latest);
        var out = new HashMap<NodeId, Value>();
        plan.indicators().forEach(indicator -> {
            var entered = latest.get(ValueTarget.indicator(indicator.id()));
            var value = entered != null ? Optional.of(entered) : computed(indicator, latest, measures);
            value.ifPresent(v -> out.put(indicator.id(), v));
        });
        return out;
    }

    /**
     * The actual of one indicator for the period, as {@link #of(Plan, Map)} gives it within its plan,
     * and N/D where that leaves it out: what a page about one indicator in many plans needs (the
     * comparison across entities), without the rest of each plan.
     */
    public static Value of(Indicator indicator, Map<ValueTarget, Value> latest) {
        var entered = latest.get(ValueTarget.indicator(indicator.id()));
        if (entered != null) {
            return entered;
        }
        return computed(indicator, latest, measureValues(latest)).orElse(Value.MISSING);
    }

    /** The formula of an indicator, when it has one that parses (formulas are checked when saved). */
    public static Optional<Expr> formula(Indicator indicator) {
        return compiled(indicator).map(CompiledFormula::expr);
    }

    /** The formula of an indicator compiled, read once for every plan that has the same text. */
    private static Optional<CompiledFormula> compiled(Indicator indicator) {
        if (!indicator.definition().hasFormula()) {
            return Optional.empty();
        }
        return CompiledFormulas.of(indicator.definition().formula());
    }

    /**
     * A formula that is one measure passes its value through as it is, so a completion date or a
     * yes/no milestone reaches a deadline or milestone target; other formulas compute a number.
     */
    private static Optional<Value> computed(Indicator indicator, Map<ValueTarget, Value> latest,
            MeasureValues measures) {
        return compiled(indicator).map(formula -> {
            if (formula.expr() instanceof Expr.Reference single) {
                var value = latest.get(ValueTarget.measure(single.code()));
                if (value != null && !(value instanceof Value.Amount)) {
                    return value;
                }
            }
            return switch (formula.evaluate(measures)) {
                case Evaluation.Computed v -> Value.of(new Quantity(v.number(), unit(indicator)));
                case Evaluation.NotAvailable n -> Value.MISSING;
            };
        });
    }

    private static Unit unit(Indicator indicator) {
        var unit = indicator.definition().unit();
        return unit.numeric() ? unit : Unit.COUNT;
    }

    private static MeasureValues measureValues(Map<ValueTarget, Value> latest) {
        var numbers = new HashMap<String, BigDecimal>();
        latest.forEach((target, value) -> {
            if (target instanceof ValueTarget.OfMeasure m && value instanceof Value.Amount n) {
                numbers.put(m.code(), n.quantity().amount());
            }
        });
        return MeasureValues.of(numbers);
    }
}
