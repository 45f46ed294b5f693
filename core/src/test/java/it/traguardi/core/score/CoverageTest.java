package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.plan.PlanNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a score stands on: indicators measured of those that count, their share of the weight, provisional. */
class CoverageTest {

    private final PlanFixture f = new PlanFixture();

    private Coverage coverage(ScoreTree tree, PlanNode node) {
        return tree.find(node.id()).orElseThrow().coverage();
    }

    @Test
    void the_share_is_the_weight_of_the_measured_indicators_through_every_level() {
        // area A 60%: its objective has indicators 50% measured, 30% N/D, 20% measured -> 70% of A
        // area B 40%: nothing measured -> 0% of B; the entity: 60 x 70% = 42%
        var measuredA = f.scoring("50", "100");
        var oo = f.operational("100", measuredA, f.scoring("30", "N/D"), f.scoring("20", "50"));
        var first = f.area("60", f.strategic("100", oo));
        var second = f.area("40", f.strategic("100", f.operational("100", f.scoring("100", "N/D"))));
        var tree = f.score(f.plan(first, second));

        assertThat(coverage(tree, oo)).isEqualTo(new Coverage(2, 3, new BigDecimal("70"), false));
        assertThat(coverage(tree, first).share()).isEqualByComparingTo("70.00");
        assertThat(coverage(tree, second)).isEqualTo(new Coverage(0, 1, BigDecimal.ZERO, false));
        var root = tree.root().coverage();
        assertThat(root.measured()).isEqualTo(2);
        assertThat(root.counted()).isEqualTo(4);
        assertThat(root.share()).isEqualByComparingTo("42.00");
        assertThat(root.provisional()).as("42%% of the weight is under the default 50%%").isTrue();
        assertThat(coverage(tree, measuredA)).isEqualTo(new Coverage(1, 1, new BigDecimal("100"), false));
    }

    @Test
    void a_score_is_provisional_only_below_the_threshold_and_only_when_it_is_a_score() {
        var oo = f.operational("100", f.scoring("50", "100"), f.scoring("50", "N/D"));
        var empty = f.operational("100", f.scoring("100", "N/D"));
        var plan = f.plan(f.area("50", f.strategic("100", oo)), f.area("50", f.strategic("100", empty)));

        var byDefault = f.score(plan);
        var atHalf = f.score(plan, ScoringPolicy.defaults().withProvisionalBelow(new BigDecimal("50.01")),
                PolicyOverrides.none());
        var never = f.score(plan, ScoringPolicy.defaults().withProvisionalBelow(BigDecimal.ZERO), PolicyOverrides.none());

        assertThat(coverage(byDefault, oo).provisional()).as("50% measured is not below 50%").isFalse();
        assertThat(coverage(atHalf, oo).provisional()).isTrue();
        assertThat(coverage(byDefault, empty).provisional()).as("N/D is not a provisional score").isFalse();
        assertThat(byDefault.root().coverage().share()).isEqualByComparingTo("25.00");
        assertThat(byDefault.root().coverage().provisional()).isTrue();
        assertThat(never.root().coverage().provisional()).isFalse();
    }

    @Test
    void zero_weights_do_not_count_and_nodes_with_nothing_to_measure_are_left_out_of_the_share() {
        // the 0% indicator is monitoring only; the objective without indicators has nothing to count
        var oo = f.operational("100", f.scoring("100", "80"), f.scoring("0", "N/D"));
        var hollow = f.strategic("50", "100", List.of(), "0", List.of());
        var area = f.area("100", f.strategic("50", oo), hollow);
        var tree = f.score(f.plan(area));

        assertThat(coverage(tree, oo)).isEqualTo(new Coverage(1, 1, new BigDecimal("100"), false));
        assertThat(coverage(tree, hollow)).isEqualTo(Coverage.NONE);
        assertThat(coverage(tree, area).share()).isEqualByComparingTo("100.00");
        assertThat(coverage(tree, area).complete()).isTrue();
    }

    @Test
    void the_two_groups_of_a_strategic_objective_weigh_by_their_group_weights() {
        var os = f.strategic("100", "30", List.of(f.scoring("100", "90")), "70",
                List.of(f.operational("100", f.scoring("100", "N/D"))));
        var tree = f.score(f.plan(f.area("100", os)));

        assertThat(coverage(tree, os).measured()).isEqualTo(1);
        assertThat(coverage(tree, os).counted()).isEqualTo(2);
        assertThat(coverage(tree, os).share()).isEqualByComparingTo("30.00");
        assertThat(coverage(tree, os).provisional()).isTrue();
    }

    @Test
    void count_as_zero_does_not_make_an_unmeasured_indicator_measured() {
        var oo = f.operational("100", f.scoring("50", "100"), f.scoring("50", "N/D"));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))),
                ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO), PolicyOverrides.none());

        assertThat(coverage(tree, oo).measured()).isEqualTo(1);
        assertThat(coverage(tree, oo).share()).isEqualByComparingTo("50.00");
    }

    @Test
    void a_coverage_and_a_threshold_out_of_their_ranges_are_refused() {
        assertThatThrownBy(() -> new Coverage(2, 1, BigDecimal.TEN, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coverage(0, 1, new BigDecimal("100.01"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringPolicy.defaults().withProvisionalBelow(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoringPolicy.defaults().provisionalBelow()).isEqualByComparingTo("50");
        assertThat(ScoringPolicy.defaults().withProvisionalBelow(new BigDecimal("100")).provisionalBelow())
                .isEqualByComparingTo("100");
        assertThatThrownBy(() -> ScoringPolicy.defaults().withProvisionalBelow(new BigDecimal("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Coverage(2, 3, new BigDecimal("70"), false).complete()).isFalse();
    }
}
