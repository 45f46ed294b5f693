package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.plan.Plan;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlanCacheTest {

    @Test
    void a_plan_is_given_back_only_at_the_version_it_was_read() {
        var cache = new PlanCache();
        var plan = SamplePlans.sample();

        cache.put(7, 3, plan);

        assertThat(cache.get(7, 3)).containsSame(plan);
        // the row was written again (another server, another store): its version moved on
        assertThat(cache.get(7, 4)).isEmpty();
        assertThat(cache.get(8, 3)).isEmpty();
    }

    @Test
    void plans_weigh_their_nodes_and_the_cache_never_holds_more_nodes_than_its_bound() {
        var small = SamplePlans.sample();
        var large = SamplePlans.large("Grande", 2022, 40);
        assertThat(PlanCache.weight(small)).isEqualTo(SamplePlans.nodeCount(small));
        assertThat(PlanCache.weight(large)).isGreaterThan(10 * PlanCache.weight(small));
        long bound = 20L * PlanCache.weight(small);
        var cache = new PlanCache(bound);

        IntStream.range(0, 200).forEach(i -> cache.put(i, 1, i % 10 == 0 ? large : small));

        assertThat(cache.nodes()).isLessThanOrEqualTo(bound).isPositive();
        long held = IntStream.range(0, 200).filter(i -> cache.get(i, 1).isPresent()).count();
        // not emptied all at once as the hand-made map did past its 256 plans: a good share stays
        assertThat(held).isBetween(2L, 20L);
    }

    @Test
    void a_plan_asked_for_again_and_again_outlives_those_read_once() {
        var small = SamplePlans.sample();
        var cache = new PlanCache(10L * PlanCache.weight(small));
        cache.put(-1, 1, small);

        for (int i = 0; i < 500; i++) {
            assertThat(cache.get(-1, 1)).as("the plan every page asks for, after %d others", i).isPresent();
            cache.put(i, 1, small);
            cache.get(-1, 1);
        }
    }

    @Test
    void a_cache_holds_at_least_one_node() {
        assertThatThrownBy(() -> new PlanCache(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlanCache.weight(new Plan("Vuoto", 2022, List.of(), List.of(), List.of()))).isEqualTo(1);
    }
}
