package it.traguardi.web.values;

import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.score.Scoring;
import it.traguardi.core.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Situazione di un periodo: the latest value of every measure and indicator of a plan for one
 * period, the actual of each indicator, and the scores they give under the plan's rules.
 */
public record Snapshot(Plan plan, Period period, PlanPolicy rules, Map<ValueTarget, Value> latest,
        Map<NodeId, Value> actuals, ScoreTree tree) {

    public Snapshot {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rules, "rules");
        latest = Map.copyOf(latest);
        actuals = Map.copyOf(actuals);
        Objects.requireNonNull(tree, "tree");
    }

    /** Scores the plan for the period from the latest values. */
    public static Snapshot of(Plan plan, Period period, PlanPolicy rules, Map<ValueTarget, Value> latest) {
        var actuals = Actuals.of(plan, latest);
        var tree = Scoring.score(plan, plan.year(), actuals, rules.policy(), rules.overrides());
        return new Snapshot(plan, period, rules, latest, actuals, tree);
    }

    /** The situation once these records are added (those of other periods change nothing here). */
    public Snapshot with(List<ValueRecord> records) {
        var next = new HashMap<>(latest);
        records.stream().filter(r -> r.period().equals(period)).forEach(r -> next.put(r.target(), r.value()));
        return of(plan, period, rules, next);
    }

    /** The score node of an indicator. */
    public ScoreNode score(Indicator indicator) {
        return tree.find(indicator.id()).orElseThrow();
    }

    /**
     * The indicators whose score a value of this target moves: the indicator itself, or for a
     * measure every indicator whose formula uses it and that has no value entered for itself.
     */
    public List<Indicator> affectedBy(ValueTarget target) {
        return switch (target) {
            case ValueTarget.OfIndicator i -> plan.indicator(i.id()).stream().toList();
            case ValueTarget.OfMeasure m -> plan.indicators()
                    .filter(x -> !latest.containsKey(ValueTarget.indicator(x.id())))
                    .filter(x -> Actuals.formula(x).map(f -> f.measures().contains(m.code())).orElse(false))
                    .toList();
        };
    }
}
