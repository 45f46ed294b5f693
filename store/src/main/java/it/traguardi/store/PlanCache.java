package it.traguardi.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.traguardi.core.plan.Plan;
import java.util.Optional;

/**
 * The plans a store has read, by plan row and version. Plans are immutable values and every write
 * of a plan gives it a new row or a new version, so a cached plan is the stored plan as long as
 * its row still has the version it was read at; {@link PlanStore#load} checks that in the same
 * snapshot before it reuses one, which saves reading the whole tree on every page. The same check
 * keeps several servers on one database right: a plan changed through another server has another
 * version, so this one reads it again at its next request.
 *
 * <p>Bounded by what the plans weigh, not by how many there are: each counts its nodes (a plan of
 * 2,500 indicators weighs a hundred times one of 25), and past {@link #DEFAULT_NODES} the plans
 * least likely to be asked again leave first (Caffeine's W-TinyLFU), so thousands of entities
 * read in turn never empty the cache at once.
 */
final class PlanCache {

    /** The nodes the cache holds at most by default: some 2,000 plans of the seed's size. */
    static final long DEFAULT_NODES = 250_000;

    private record Entry(int version, Plan plan) {
    }

    private final Cache<Long, Entry> plans;

    PlanCache() {
        this(DEFAULT_NODES);
    }

    PlanCache(long nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a plan cache holds at least one node, not " + nodes);
        }
        plans = Caffeine.newBuilder()
                .maximumWeight(nodes)
                .weigher((Long id, Entry entry) -> weight(entry.plan()))
                // evictions on the thread that writes, not later on a pool: the bound holds when put returns
                .executor(Runnable::run)
                .build();
    }

    Optional<Plan> get(long planId, int version) {
        var entry = plans.getIfPresent(planId);
        return entry != null && entry.version() == version ? Optional.of(entry.plan()) : Optional.empty();
    }

    void put(long planId, int version, Plan plan) {
        plans.put(planId, new Entry(version, plan));
    }

    /** How many nodes the cache holds now (after pending evictions). */
    long nodes() {
        plans.cleanUp();
        return plans.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** A plan's weight: its nodes, at least one (an empty plan still takes an entry). */
    static int weight(Plan plan) {
        return Math.max(1, plan.nodes().size());
    }
}
