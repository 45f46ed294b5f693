package it.traguardi.core.plan;

import java.util.Map;

/** The same tree with other node ids: what a matching gives to a plan that replaces a stored one. */
final class Renumbering {

    private Renumbering() {
    }

    /** Every node gets {@code ids.get(its id)}; {@code lastIssuedId} counts the ids given so far. */
    static Plan apply(Plan plan, Map<NodeId, NodeId> ids, int lastIssuedId) {
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
