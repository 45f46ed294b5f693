package it.traguardi.core.plan;

import java.util.HashMap;
import java.util.Map;

/**
 * Rinumerazione: the same tree with other node ids. A matching gives the stored ids to a plan that
 * replaces a stored one; a reader numbers a plan it reads in reading order.
 */
public final class Renumbering {

    private Renumbering() {
    }

    /** The plan numbered 1, 2, 3... parents before children, as a reader of a file numbers it. */
    public static Plan inReadingOrder(Plan plan) {
        var ids = new HashMap<NodeId, NodeId>();
        for (var node : plan.nodes()) {
            ids.put(node.id(), new NodeId(ids.size() + 1));
        }
        return apply(plan, ids, 0);
    }

    /** Every node gets {@code ids.get(its id)}; {@code lastIssuedId} counts the ids given so far. */
    public static Plan apply(Plan plan, Map<NodeId, NodeId> ids, int lastIssuedId) {
        var areas = plan.areas().stream().map(area -> new StrategicArea(ids.get(area.id()), area.code(), area.title(),
                area.weight(), area.objectives().stream().map(os -> objective(os, ids)).toList())).toList();
        return new Plan(plan.entity(), plan.year(), plan.baselineYears(), plan.targetYears(), areas, lastIssuedId);
    }

    private static StrategicObjective objective(StrategicObjective os, Map<NodeId, NodeId> ids) {
        return new StrategicObjective(ids.get(os.id()), os.code(), os.title(), os.weight(), os.indicatorGroupWeight(),
                os.indicators().stream().map(i -> indicator(i, ids)).toList(), os.operationalGroupWeight(),
                os.operationalObjectives().stream().map(oo -> new OperationalObjective(ids.get(oo.id()), oo.code(),
                        oo.title(), oo.weight(), oo.indicators().stream().map(i -> indicator(i, ids)).toList()))
                        .toList());
    }

    private static Indicator indicator(Indicator indicator, Map<NodeId, NodeId> ids) {
        return new Indicator(ids.get(indicator.id()), indicator.code(), indicator.title(), indicator.weight(),
                indicator.definition());
    }
}
