package it.traguardi.core.score;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Calcolo del grado di raggiungimento: scores a whole plan for one year, a pure function of the
 * plan, the actual values, the policy and the per-indicator overrides (docs/domain.md, "Roll-up").
 *
 * <ul>
 *   <li>An indicator is scored against its target for the year by {@link IndicatorScoring}, under
 *       the plan's policy changed by its own overrides; an indicator without an actual value is N/D.
 *   <li>An operational objective, an area and the entity are weighted means of their children
 *       ({@link WeightedMean}). A strategic objective is the weighted mean of its two groups by the
 *       group weights, each group the weighted mean of its members; an N/D group is left out and
 *       the other group's weight rescaled.
 *   <li>0% children are left out and never rescaled into anything. N/D indicators are left out
 *       with their siblings rescaled, or count as 0% under {@link MissingPolicy#COUNT_AS_ZERO} (the
 *       indicator's own policy decides). An objective, group or area is N/D only when nothing below
 *       it is measurable; such a node is always left out, even under COUNT_AS_ZERO, which is about
 *       missing values and not about the shape of the tree.
 *   <li>Cap, floor and bands apply to indicators only; parents are plain means of them.
 *   <li>Every node says what its score stands on ({@link Coverage}): the indicators measured of
 *       those that count, and the share of its weight they carry; a score standing on less than
 *       the policy's threshold is provisional.
 *   <li>Parents use their children's exact achievements, never the rounded ones, so the entity's
 *       score does not depend on how many levels of rounding lie below it; only what is shown is
 *       rounded, once ({@link Achievement#percent()}).
 * </ul>
 */
public final class Scoring {

    private final int year;
    private final Map<NodeId, Value> actuals;
    private final ScoringPolicy policy;
    private final PolicyOverrides overrides;

    private Scoring(int year, Map<NodeId, Value> actuals, ScoringPolicy policy, PolicyOverrides overrides) {
        this.year = year;
        this.actuals = Map.copyOf(actuals);
        this.policy = policy;
        this.overrides = overrides;
    }

    /** The score tree of {@code plan} for {@code year}, from the actual values by indicator. */
    public static ScoreTree score(Plan plan, int year, Map<NodeId, Value> actuals, ScoringPolicy policy,
            PolicyOverrides overrides) {
        return new Scoring(year, actuals, policy, overrides).entity(plan);
    }

    private ScoreTree entity(Plan plan) {
        var children = plan.areas().stream().map(this::area).toList();
        var combined = WeightedMean.combine(candidates(plan.areas(), children));
        var status = status(combined.score(), policy.lights());
        var coverage = settled(combined.score(), covered(weighted(plan.areas(), children)));
        return new ScoreTree(new ScoreNode(new Subject.Entity(plan.entity(), year), combined.score(), status,
                combined.explanation(), coverage, children));
    }

    private ScoreNode area(StrategicArea area) {
        var children = area.objectives().stream().map(this::strategic).toList();
        return parent(area, WeightedMean.combine(candidates(area.objectives(), children)),
                covered(weighted(area.objectives(), children)), children);
    }

    private ScoreNode strategic(StrategicObjective os) {
        var indicators = os.indicators().stream().map(this::indicator).toList();
        var operational = os.operationalObjectives().stream().map(this::operational).toList();
        var indicatorGroup = WeightedMean.combine(candidates(os.indicators(), indicators));
        var operationalGroup = WeightedMean.combine(candidates(os.operationalObjectives(), operational));
        var combined = WeightedMean.combine(List.of(
                group(GroupKind.INDICATORS, os.indicatorGroupWeight(), indicatorGroup),
                group(GroupKind.OPERATIONAL_OBJECTIVES, os.operationalGroupWeight(), operationalGroup)));
        var children = new ArrayList<>(indicators);
        children.addAll(operational);
        var coverage = covered(List.of(
                new Covered(os.indicatorGroupWeight(), covered(weighted(os.indicators(), indicators))),
                new Covered(os.operationalGroupWeight(), covered(weighted(os.operationalObjectives(), operational)))));
        return parent(os, combined, coverage, children);
    }

    private ScoreNode operational(OperationalObjective oo) {
        var children = oo.indicators().stream().map(this::indicator).toList();
        return parent(oo, WeightedMean.combine(candidates(oo.indicators(), children)),
                covered(weighted(oo.indicators(), children)), children);
    }

    private ScoreNode indicator(Indicator indicator) {
        var own = overrides.policyFor(indicator.id(), policy);
        var target = indicator.definition().targetFor(year).orElse(Target.MISSING);
        var score = IndicatorScoring.score(target, actuals.getOrDefault(indicator.id(), Value.MISSING), own);
        var status = indicator.monitoringOnly() ? Status.MONITORING_ONLY : status(score, own.lights());
        var measured = score instanceof Score.Scored;
        var coverage = indicator.weight().isZero() ? Coverage.NONE
                : new Coverage(measured ? 1 : 0, 1, measured ? Rounding.HUNDRED : BigDecimal.ZERO, false);
        return new ScoreNode(new Subject.Node(indicator), score, status, Explanation.NONE, coverage, List.of());
    }

    private ScoreNode parent(PlanNode node, WeightedMean.Combined combined, Coverage coverage,
            List<ScoreNode> children) {
        var status = node.weight().isZero() ? Status.MONITORING_ONLY : status(combined.score(), policy.lights());
        return new ScoreNode(new Subject.Node(node), combined.score(), status, combined.explanation(),
                settled(combined.score(), coverage), children);
    }

    /** A part of a parent's coverage: a child, or a group of a strategic objective, with its weight. */
    private record Covered(Weight weight, Coverage coverage) {
    }

    private static List<Covered> weighted(List<? extends PlanNode> nodes, List<ScoreNode> scored) {
        return IntStream.range(0, nodes.size())
                .mapToObj(i -> new Covered(nodes.get(i).weight(), scored.get(i).coverage()))
                .toList();
    }

    /**
     * The coverage of a parent from its parts: the counts of the parts that weigh, and the weighted
     * mean of the shares of those with something that counts below them (not yet provisional).
     */
    private static Coverage covered(List<Covered> parts) {
        int measured = 0;
        int counted = 0;
        var weights = BigDecimal.ZERO;
        var weightedShares = BigDecimal.ZERO;
        for (var part : parts) {
            if (part.weight().isZero() || part.coverage().counted() == 0) {
                continue;
            }
            measured += part.coverage().measured();
            counted += part.coverage().counted();
            weights = weights.add(part.weight().percent());
            weightedShares = weightedShares.add(part.weight().percent().multiply(part.coverage().exactShare()));
        }
        var share = weights.signum() == 0 ? BigDecimal.ZERO : Rounding.divide(weightedShares, weights);
        return new Coverage(measured, counted, share.min(Rounding.HUNDRED), false);
    }

    /** The coverage with its verdict: a score that stands on too little of its weight is provisional. */
    private Coverage settled(Score score, Coverage coverage) {
        // a node with a score has something that counts below it: a node with none is N/D
        var provisional = score instanceof Score.Scored && policy.provisional(coverage.exactShare());
        return new Coverage(coverage.measured(), coverage.counted(), coverage.exactShare(), provisional);
    }

    private List<WeightedMean.Candidate> candidates(List<? extends PlanNode> nodes, List<ScoreNode> scored) {
        return IntStream.range(0, nodes.size())
                .mapToObj(i -> candidate(nodes.get(i), scored.get(i).score()))
                .toList();
    }

    private WeightedMean.Candidate candidate(PlanNode node, Score score) {
        var zeroWhenMissing = node instanceof Indicator
                && overrides.policyFor(node.id(), policy).missing() == MissingPolicy.COUNT_AS_ZERO;
        var part = new Part.Child(node.id(), node.label());
        return new WeightedMean.Candidate(part, node.weight(), score, zeroWhenMissing);
    }

    private static WeightedMean.Candidate group(GroupKind kind, Weight weight, WeightedMean.Combined group) {
        return new WeightedMean.Candidate(new Part.Group(kind, group.explanation()), weight, group.score(), false);
    }

    private static Status status(Score score, TrafficLights lights) {
        return switch (score) {
            case Score.Scored s -> lights.status(s.achievement());
            case Score.NotAvailable n -> Status.NOT_AVAILABLE;
        };
    }
}
