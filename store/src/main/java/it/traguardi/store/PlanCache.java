package it.traguardi.store;

import it.traguardi.core.plan.Plan;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans a store has read, by plan row and version. Plans are immutable values and every write
 * of a plan gives it a new row or a new version, so a cached plan is the stored plan as long as
 * its row still has the version it was read at; {@link PlanStore#load} checks that in the same
 * snapshot before it reuses one, which saves reading the whole tree on every page.
 */
final class PlanCache {

    /** Enough for every plan an office works on; past it the cache starts again. */
    private static final int CAPACITY = 256;

    private record Entry(int version, Plan plan) {
    }

    private final ConcurrentHashMap<Long, Entry> plans = new ConcurrentHashMap<>();

    Optional<Plan> get(long planId, int version) {
        var entry = plans.get(planId);
        return entry != null && entry.version() == version ? Optional.of(entry.plan()) : Optional.empty();
    }

    void put(long planId, int version, Plan plan) {
        if (plans.size() >= CAPACITY) {
            plans.clear();
        }
        plans.put(planId, new Entry(version, plan));
    }
}
