package it.traguardi.core.check;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Controllo di qualita' del piano: the structural checks (weight sums, duplicate or missing codes,
 * indicators without target or baseline, objectives without indicators) and the targets that are
 * not challenging (a {@code ≥} target below the latest known baseline, a {@code ≤} target above it).
 */
public final class PlanCheck {

    private PlanCheck() {
    }

    /** Every finding, in the order of the tree within each kind. */
    public static List<Finding> check(Plan plan) {
        var out = new ArrayList<Finding>();
        out.addAll(WeightSums.check(plan));
        out.addAll(duplicateCodes(plan));
        out.addAll(missingCodes(plan));
        out.addAll(Completeness.check(plan));
        out.addAll(notChallenging(plan));
        out.sort(Comparator.comparing(Finding::kind));
        return List.copyOf(out);
    }

    static List<Finding> duplicateCodes(Plan plan) {
        var byCode = new LinkedHashMap<String, List<PlanNode>>();
        for (var node : plan.nodes()) {
            if (node.hasCode()) {
                byCode.computeIfAbsent(node.kind() + " " + node.code(), k -> new ArrayList<>()).add(node);
            }
        }
        var out = new ArrayList<Finding>();
        for (var nodes : byCode.values()) {
            if (nodes.size() > 1) {
                var first = nodes.get(0);
                out.add(new Finding(FindingKind.DUPLICATE_CODE, ids(nodes), Message.of("check.duplicate_code",
                        first.code(), nodes.size(), kindName(first))));
            }
        }
        return out;
    }

    static List<Finding> missingCodes(Plan plan) {
        return plan.nodes().stream().filter(n -> !n.hasCode())
                .map(n -> new Finding(FindingKind.MISSING_CODE, List.of(n.id()),
                        Message.of("check.missing_code", kindName(n), n.title())))
                .toList();
    }

    static List<Finding> notChallenging(Plan plan) {
        var out = new ArrayList<Finding>();
        plan.indicators().forEach(indicator -> indicator.definition().latestKnownBaseline().ifPresent(
                baseline -> indicator.definition().targets().forEach((year, target) ->
                        easierThan(target, baseline.getValue()).ifPresent(text -> out.add(new Finding(
                                FindingKind.TARGET_NOT_CHALLENGING, List.of(indicator.id()),
                                Message.of("check.target_not_challenging", indicator.label(), year,
                                        ShownFormat.of(target), baseline.getKey(),
                                        ShownFormat.of(baseline.getValue()))))))));
        return out;
    }

    /** The target's text when it asks for less than the baseline already achieved. */
    private static Optional<String> easierThan(Target target, Value baseline) {
        if (!(baseline instanceof Value.Amount number)) {
            return Optional.empty();
        }
        Quantity base = number.quantity();
        boolean easier = switch (target) {
            case Target.AtLeast t -> sameUnit(t.threshold(), base) && t.threshold().compareAmount(base) < 0;
            case Target.AtMost t -> sameUnit(t.threshold(), base) && t.threshold().compareAmount(base) > 0;
            case Target.Exactly t -> false;
            case Target.Between t -> false;
            case Target.Deadline t -> false;
            case Target.Milestone t -> false;
            case Target.Missing t -> false;
        };
        return easier ? Optional.of(ShownFormat.of(target)) : Optional.empty();
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit() == b.unit();
    }

    /** The name of the node's level, as a message of its own. */
    static Message kindName(PlanNode node) {
        return Message.of("node.kind." + node.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    static List<NodeId> ids(List<? extends PlanNode> nodes) {
        return nodes.stream().map(PlanNode::id).toList();
    }

    static BigDecimal sum(List<Weight> weights) {
        return weights.stream().map(Weight::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
