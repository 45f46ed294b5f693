package it.traguardi.core.measure;

import it.traguardi.core.formula.Expr;
import it.traguardi.core.formula.Operator;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The measures a plan's formulas use, for the entity's catalog. A measure that is the whole
 * formula, or a term of a sum or difference, has the indicator's unit; one that is multiplied or
 * divided has no known unit until a person states it. The first indicator naming a code describes it.
 */
public final class PlanMeasures {

    private PlanMeasures() {
    }

    public static List<Measure> of(Plan plan) {
        var out = new LinkedHashMap<String, Measure>();
        plan.indicators().forEach(indicator -> Actuals.formula(indicator).ifPresent(expr -> {
            var additive = isAdditive(expr);
            for (var code : expr.measures()) {
                out.putIfAbsent(code, new Measure(code, description(indicator, expr),
                        additive ? indicator.definition().unit() : Unit.UNSPECIFIED, "", ""));
            }
        }));
        return new ArrayList<>(out.values());
    }

    private static boolean isAdditive(Expr expr) {
        return switch (expr) {
            case Expr.Reference m -> true;
            case Expr.Literal n -> true;
            case Expr.Negate n -> isAdditive(n.operand());
            case Expr.Binary b -> (b.operator() == Operator.ADD || b.operator() == Operator.SUBTRACT)
                    && isAdditive(b.left()) && isAdditive(b.right());
            case Expr.Call c -> false;
            case Expr.Choice c -> false;
        };
    }

    /** The indicator's title describes a measure that is the whole formula; others stay for a person. */
    private static String description(Indicator indicator, Expr expr) {
        return expr instanceof Expr.Reference ? indicator.title() : "";
    }
}
