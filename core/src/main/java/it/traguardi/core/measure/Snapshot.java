package it.traguardi.core.measure;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.score.Scoring;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.score.Status;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Situazione di un periodo: the latest value of every measure and indicator of a plan for one
 * period, the actual of each indicator, and the scores they give under the plan's rules. The one
 * place where a plan's score is assembled from its values (docs/domain.md, "Roll-up").
 */
public record Snapshot(Plan plan, Period period, ScoringPolicy policy, PolicyOverrides overrides,
        Map<ValueTarget, Value> latest, Map<NodeId, Value> actuals, ScoreTree tree) {

    public Snapshot {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(overrides, "overrides");
        latest = Map.copyOf(latest);
        actuals = Map.copyOf(actuals);
        Objects.requireNonNull(tree, "tree");
    }

    /** Scores the plan for the period from the latest values, under the plan's policy and overrides. */
    public static Snapshot of(Plan plan, Period period, ScoringPolicy policy, PolicyOverrides overrides,
            Map<ValueTarget, Value> latest) {
        var actuals = Actuals.of(plan, latest);
        var tree = Scoring.score(plan, plan.year(), actuals, policy, overrides);
        return new Snapshot(plan, period, policy, overrides, latest, actuals, tree);
    }

    /** The situation once these records are added (those of other periods change nothing here). */
    public Snapshot with(List<ValueRecord> records) {
        var next = new HashMap<>(latest);
        records.stream().filter(r -> r.period().equals(period)).forEach(r -> next.put(r.target(), r.value()));
        return of(plan, period, policy, overrides, next);
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

    /**
     * Regola del commento (docs/domain.md, "The comment on a missed target"): the indicators that
     * this new value leaves short of their target, achieved in part or not at all. Such a value
     * must say why in its reason.
     */
    public List<Indicator> missedTargets(ValueRecord record) {
        var after = with(List.of(record));
        return affectedBy(record.target()).stream()
                .filter(i -> {
                    var status = after.score(i).status();
                    return status == Status.NOT_ACHIEVED || status == Status.PARTLY_ACHIEVED;
                })
                .toList();
    }

    /**
     * The problem of a value that needs a reason and gives none: a correction (the target already
     * has a value for this period: docs/domain.md, "The reason for a correction"), naming the value
     * it corrects, or a value that misses a target, naming the indicators' codes.
     */
    public Optional<Message> reasonProblem(ValueRecord record) {
        if (!record.reason().isBlank()) {
            return Optional.empty();
        }
        var corrected = latest.get(record.target());
        if (corrected != null) {
            return Optional.of(Message.of("values.reason.correction", ItalianFormat.format(corrected)));
        }
        var missed = missedTargets(record);
        return missed.isEmpty() ? Optional.empty() : Optional.of(Message.of("values.reason.required",
                missed.stream().map(Indicator::code).collect(Collectors.joining(", "))));
    }
}
