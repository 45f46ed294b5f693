package it.traguardi.web.plan;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.plan.Plan;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quality findings of the plans the pages show, computed once per stored version: the store
 * hands back the same plan instance while the plan is unchanged, so an identity check is enough.
 */
final class PlanChecks {

    private record CheckedPlan(Plan plan, List<Finding> findings) {
    }

    private final ConcurrentHashMap<String, CheckedPlan> byPlan = new ConcurrentHashMap<>();

    List<Finding> of(Plan plan) {
        var key = plan.entity() + "\u0000" + plan.year();
        var entry = byPlan.get(key);
        if (entry == null || entry.plan() != plan) {
            entry = new CheckedPlan(plan, PlanCheck.check(plan));
            byPlan.put(key, entry);
        }
        return entry.findings();
    }
}
