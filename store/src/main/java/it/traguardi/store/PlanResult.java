package it.traguardi.store;

import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.value.Value;
import java.util.Map;
import java.util.Objects;

/**
 * Risultati del piano: what scoring gave for a plan at a period, the score tree and the actual
 * value (consuntivo) of each indicator that has one.
 */
public record PlanResult(Plan plan, Period period, ScoreTree tree, Map<NodeId, Value> actuals) {

    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tree, "tree");
        actuals = Map.copyOf(actuals);
    }
}
