package it.traguardi.core.plan;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Changes to a plan, each giving a new plan (plans are values). Node ids never change; a new node
 * takes the next free id. A change that cannot be made throws {@link PlanEditException}.
 */
public final class PlanEdits {

    private PlanEdits() {
    }

    /** The plan with the indicator of the same id replaced by {@code changed}. */
    public static Plan replaceIndicator(Plan plan, Indicator changed) {
        return replace(plan, changed.id(), node -> {
            if (!(node instanceof Indicator)) {
                throw new PlanEditException(Message.of("plan.edit.not-indicator", node.label()));
            }
            return changed;
        });
    }

    /** The node with a new code, title and weight; its children and definition stay. */
    public static Plan edit(Plan plan, NodeId id, String code, String title, Weight weight) {
        if (title == null || title.isBlank()) {
            throw new PlanEditException(Message.of("plan.edit.title-missing"));
        }
        return replace(plan, id, node -> PlanTrees.withHeader(node, code, title, weight));
    }

    /** The indicator with a new definition (algorithm, formula, unit, baselines, targets...). */
    public static Plan define(Plan plan, NodeId id, IndicatorDefinition definition) {
        var indicator = indicator(plan, id);
        return replaceIndicator(plan, new Indicator(id, indicator.code(), indicator.title(), indicator.weight(), definition));
    }

    /**
     * The weights of a sibling group, given in the order of its members (for {@link SiblingGroup.Parts}:
     * Indicatori, then Obiettivi operativi). Refused unless they sum to 100% within the tolerance.
     */
    public static Plan setWeights(Plan plan, SiblingGroup group, List<Weight> weights) {
        var members = members(plan, group);
        var size = group instanceof SiblingGroup.Parts ? 2 : members.size();
        if (weights.size() != size) {
            throw new PlanEditException(Message.of("plan.edit.weights-count", size, weights.size()));
        }
        var sum = sum(weights);
        if (!Weight.completes(sum)) {
            throw new PlanEditException(Message.of("plan.edit.weights-sum", percent(sum)));
        }
        if (group instanceof SiblingGroup.Parts parts) {
            return replace(plan, parts.objective(), node -> parts((StrategicObjective) node, weights));
        }
        return PlanTrees.rewrite(plan, (g, list) -> g.equals(group) ? reweighted(list, weights) : list);
    }

    /** The sum of weights, as the weight form shows it. */
    public static BigDecimal sum(List<Weight> weights) {
        return weights.stream().map(Weight::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A sum as a percentage in Italian form ({@code 90,00%}); a sum may exceed 100%. */
    public static String percent(BigDecimal sum) {
        return ItalianFormat.formatNumber(sum.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** A new node at the end of a group, of the group's level, with the next free id. */
    public static Plan add(Plan plan, SiblingGroup group, String code, String title, Weight weight) {
        if (group instanceof SiblingGroup.Parts) {
            throw new PlanEditException(Message.of("plan.edit.no-group"));
        }
        if (title == null || title.isBlank()) {
            throw new PlanEditException(Message.of("plan.edit.title-missing"));
        }
        members(plan, group);
        var id = plan.nextNodeId();
        var node = switch (group.members()) {
            case AREA -> new StrategicArea(id, code, title, weight, List.of());
            case STRATEGIC_OBJECTIVE -> new StrategicObjective(id, code, title, weight, Weight.percent("50"), List.of(),
                    Weight.percent("50"), List.of());
            case OPERATIONAL_OBJECTIVE -> new OperationalObjective(id, code, title, weight, List.of());
            case INDICATOR -> new Indicator(id, code, title, weight,
                    new IndicatorDefinition("", Unit.UNSPECIFIED, new TreeMap<>(), new TreeMap<>(), "", ""));
        };
        return insert(plan, group, node);
    }

    /** The plan without the node and everything under it. */
    public static Plan delete(Plan plan, NodeId id) {
        place(plan, id);
        return PlanTrees.rewrite(plan, (group, members) ->
                members.stream().filter(n -> !n.id().equals(id)).toList());
    }

    /** The node moved among its siblings: {@code -1} one place up, {@code +1} one place down. */
    public static Plan move(Plan plan, NodeId id, int offset) {
        var place = place(plan, id);
        var to = place.index() + offset;
        if (to < 0 || to >= place.size()) {
            throw new PlanEditException(Message.of("plan.edit.cannot-move", place.node().label()));
        }
        return PlanTrees.rewrite(plan, (group, members) -> {
            if (!group.equals(place.group())) {
                return members;
            }
            var out = new ArrayList<>(members);
            out.add(to, out.remove(place.index()));
            return out;
        });
    }

    /** The node (with its subtree and weight) moved to the end of another parent's group of its level. */
    public static Plan moveTo(Plan plan, NodeId id, SiblingGroup target) {
        var place = place(plan, id);
        if (target.members() != place.node().kind() || target instanceof SiblingGroup.Parts) {
            throw new PlanEditException(Message.of("plan.edit.wrong-level", place.node().label()));
        }
        members(plan, target);
        if (target.equals(place.group())) {
            return plan;
        }
        var without = PlanTrees.rewrite(plan, (group, members) ->
                members.stream().filter(n -> !n.id().equals(id)).toList());
        return insert(without, target, place.node());
    }

    /** The group a node belongs to. */
    public static SiblingGroup groupOf(Plan plan, NodeId id) {
        return place(plan, id).group();
    }

    /** The members of a group; refused when its parent is not in the plan. */
    public static List<PlanNode> members(Plan plan, SiblingGroup group) {
        if (group instanceof SiblingGroup.Parts parts) {
            if (!(place(plan, parts.objective()).node() instanceof StrategicObjective)) {
                throw new PlanEditException(Message.of("plan.edit.no-group"));
            }
            return List.of();
        }
        return PlanTrees.members(plan, group).orElseThrow(() -> new PlanEditException(Message.of("plan.edit.no-group")));
    }

    /** The node with that id, or a refusal naming it. */
    public static PlanNode node(Plan plan, NodeId id) {
        return place(plan, id).node();
    }

    private static Indicator indicator(Plan plan, NodeId id) {
        if (place(plan, id).node() instanceof Indicator indicator) {
            return indicator;
        }
        throw new PlanEditException(Message.of("plan.edit.not-indicator", place(plan, id).node().label()));
    }

    private static PlanTrees.Place place(Plan plan, NodeId id) {
        return PlanTrees.find(plan, id).orElseThrow(() -> new PlanEditException(Message.of("plan.edit.no-node", id.value())));
    }

    private static Plan replace(Plan plan, NodeId id, UnaryOperator<PlanNode> change) {
        place(plan, id);
        return PlanTrees.rewrite(plan, (group, members) ->
                members.stream().map(n -> n.id().equals(id) ? change.apply(n) : n).toList());
    }

    private static Plan insert(Plan plan, SiblingGroup target, PlanNode node) {
        return PlanTrees.rewrite(plan, (group, members) -> {
            if (!group.equals(target)) {
                return members;
            }
            var out = new ArrayList<>(members);
            out.add(node);
            return out;
        });
    }

    private static List<PlanNode> reweighted(List<PlanNode> members, List<Weight> weights) {
        var out = new ArrayList<PlanNode>();
        for (int i = 0; i < members.size(); i++) {
            out.add(PlanTrees.withWeight(members.get(i), weights.get(i)));
        }
        return out;
    }

    private static PlanNode parts(StrategicObjective os, List<Weight> weights) {
        return new StrategicObjective(os.id(), os.code(), os.title(), os.weight(), weights.get(0), os.indicators(),
                weights.get(1), os.operationalObjectives());
    }
}
