package it.traguardi.core.score;

import static it.traguardi.core.score.Scores.assertShown;
import static it.traguardi.core.score.Scores.shown;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.PlanNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private final PlanFixture f = new PlanFixture();

    private ScoreNode node(ScoreTree tree, PlanNode node) {
        return tree.find(node.id()).orElseThrow();
    }

    @Test
    void the_entity_is_the_weighted_mean_of_its_areas() {
        var first = f.area("60", f.strategic("100", f.operational("100", f.scoring("100", "80"))));
        var second = f.area("40", f.strategic("100", f.operational("100", f.scoring("100", "50"))));
        var tree = f.score(f.plan(first, second));

        assertShown(tree.root().score(), "68.00");
        assertThat(tree.root().subject()).isEqualTo(new Subject.Entity("CCIAA di Prova", PlanFixture.YEAR));
        assertThat(tree.root().status()).isEqualTo(Status.NOT_ACHIEVED);
        assertShown(node(tree, first).score(), "80.00");
        assertShown(node(tree, second).score(), "50.00");
    }

    @Test
    void the_tree_has_a_score_node_for_every_plan_node_and_the_entity() {
        var plan = f.plan(f.area("100", f.strategic("100", "50", List.of(f.scoring("100", "90")), "50",
                List.of(f.operational("100", f.scoring("60", "70"), f.scoring("40", "N/D"))))));
        var tree = f.score(plan);

        assertThat(tree.nodes()).hasSize(plan.nodes().size() + 1);
        plan.nodes().forEach(n -> assertThat(tree.find(n.id())).isPresent());
    }

    @ParameterizedTest(name = "indicator group {0}% at {1}, operational group {2}% at {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            50  | 100 | 50  | 50  | 75.00
            30  | 100 | 70  | 50  | 65.00
            100 | 100 | 0   | 50  | 100.00
            0   | 100 | 100 | 50  | 50.00
            50  | N/D | 50  | 50  | 50.00
            50  | 100 | 50  | N/D | 100.00
            50  | N/D | 50  | N/D | N/D score.node.noMeasurableChild
            """)
    void a_strategic_objective_combines_its_two_groups_by_the_group_weights(String indicatorGroup, String indicator,
            String operationalGroup, String operational, String expected) {
        var os = f.strategic("100", indicatorGroup, List.of(f.scoring("100", indicator)), operationalGroup,
                List.of(f.operational("100", f.scoring("100", operational))));
        var tree = f.score(f.plan(f.area("100", os)));

        assertShown(node(tree, os).score(), expected);
    }

    @Test
    void the_groups_are_explicit_entries_of_the_strategic_objective_explanation() {
        var missing = f.scoring("100", "N/D");
        var os = f.strategic("100", "50", List.of(missing), "50", List.of(f.operational("100", f.scoring("100", "60"))));
        var explanation = node(f.score(f.plan(f.area("100", os))), os).explanation();

        assertThat(explanation.contributors()).singleElement().satisfies(c -> {
            assertThat(c.part()).isInstanceOfSatisfying(Part.Group.class,
                    g -> assertThat(g.kind()).isEqualTo(GroupKind.OPERATIONAL_OBJECTIVES));
            assertThat(c.weight().percent()).isEqualByComparingTo("50");
            assertThat(c.effectiveWeightShown()).isEqualByComparingTo("100");
            assertThat(c.contributionShown()).isEqualByComparingTo("60");
        });
        assertThat(explanation.excluded()).singleElement().satisfies(e -> {
            assertThat(e.reason().key()).isEqualTo("score.excluded.notAvailable");
            var group = (Part.Group) e.part();
            assertThat(group.kind()).isEqualTo(GroupKind.INDICATORS);
            assertThat(group.members().excluded()).extracting(x -> ((Part.Child) x.part()).id())
                    .containsExactly(missing.id());
        });
    }

    @Test
    void an_unavailable_indicator_is_left_out_and_its_siblings_rescaled() {
        var first = f.scoring("50", "100");
        var missing = f.scoring("30", "N/D");
        var third = f.scoring("20", "50");
        var oo = f.operational("100", first, missing, third);
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))));
        var explanation = node(tree, oo).explanation();

        assertShown(node(tree, oo).score(), "85.71");
        assertThat(explanation.contributors()).extracting(Contribution::effectiveWeightShown)
                .containsExactly(new BigDecimal("71.43"), new BigDecimal("28.57"));
        assertThat(explanation.contributors()).extracting(Contribution::contributionShown)
                .containsExactly(new BigDecimal("71.43"), new BigDecimal("14.29"));
        assertThat(explanation.excluded()).singleElement()
                .satisfies(e -> assertThat(e.reason().key()).isEqualTo("score.excluded.notAvailable"));
        assertThat(node(tree, missing).status()).isEqualTo(Status.NOT_AVAILABLE);
    }

    @Test
    void under_count_as_zero_an_unavailable_indicator_counts_as_zero_with_its_full_weight() {
        var oo = f.operational("100", f.scoring("50", "100"), f.scoring("30", "N/D"), f.scoring("20", "50"));
        var policy = ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO);
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))), policy, PolicyOverrides.none());
        var explanation = node(tree, oo).explanation();

        assertShown(node(tree, oo).score(), "60.00");
        assertThat(explanation.excluded()).isEmpty();
        assertThat(explanation.contributors()).extracting(Contribution::countedAsZero).containsExactly(false, true, false);
        assertThat(explanation.contributors()).extracting(Contribution::effectiveWeightShown)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("30.00"), new BigDecimal("20.00"));
    }

    @Test
    void count_as_zero_can_be_set_for_one_indicator_only() {
        var zeroWhenMissing = f.scoring("25", "N/D");
        var oo = f.operational("100", f.scoring("50", "80"), zeroWhenMissing, f.scoring("25", "N/D"));
        var overrides = PolicyOverrides.none().with(zeroWhenMissing.id(), new PolicyChange.MissingValues(MissingPolicy.COUNT_AS_ZERO));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))), ScoringPolicy.defaults(), overrides);

        assertShown(node(tree, oo).score(), "53.33");
        assertThat(node(tree, oo).explanation().excluded()).hasSize(1);
    }

    @Test
    void a_zero_weight_indicator_is_monitoring_only_and_never_rescaled_into_anything() {
        var monitored = f.scoring("0", "10");
        var oo = f.operational("100", f.scoring("100", "80"), monitored);
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))),
                ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO), PolicyOverrides.none());

        assertShown(node(tree, oo).score(), "80.00");
        assertThat(node(tree, monitored).status()).isEqualTo(Status.MONITORING_ONLY);
        assertShown(node(tree, monitored).score(), "10.00");
        assertThat(node(tree, oo).explanation().excluded()).singleElement().satisfies(e -> {
            assertThat(e.reason().key()).isEqualTo("score.excluded.zeroWeight");
            assertThat(e.weight().isZero()).isTrue();
        });
        assertThat(node(tree, oo).explanation().contributors()).singleElement()
                .satisfies(c -> assertThat(c.effectiveWeightShown()).isEqualByComparingTo("100"));
    }

    @Test
    void a_zero_weight_unavailable_indicator_does_not_count_as_zero() {
        var oo = f.operational("100", f.scoring("100", "80"), f.scoring("0", "N/D"));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))),
                ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO), PolicyOverrides.none());

        assertShown(node(tree, oo).score(), "80.00");
    }

    @Test
    void unavailability_travels_up_through_every_level_with_its_reason() {
        var indicator = f.scoring("100", "N/D");
        var oo = f.operational("100", indicator);
        var os = f.strategic("100", "50", List.of(f.scoring("100", "N/D")), "50", List.of(oo));
        var area = f.area("100", os);
        var tree = f.score(f.plan(area));

        assertShown(node(tree, indicator).score(), "N/D score.actual.missing");
        for (var n : List.<PlanNode>of(oo, os, area)) {
            assertShown(node(tree, n).score(), "N/D score.node.noMeasurableChild");
            assertThat(node(tree, n).status()).isEqualTo(Status.NOT_AVAILABLE);
        }
        assertShown(tree.root().score(), "N/D score.node.noMeasurableChild");
        assertThat(tree.root().status()).isEqualTo(Status.NOT_AVAILABLE);
        assertThat(((Score.NotAvailable) node(tree, os).score()).reason().args()).containsExactly(2);
    }

    @Test
    void a_node_with_nothing_below_it_is_not_available_because_empty() {
        var oo = f.operational("100");
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))));

        assertShown(node(tree, oo).score(), "N/D score.node.empty");
        assertShown(f.score(f.plan()).root().score(), "N/D score.node.empty");
    }

    @Test
    void an_objective_with_only_monitoring_indicators_is_not_available() {
        var oo = f.operational("100", f.scoring("0", "90"), f.scoring("0", "70"));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))));

        assertShown(node(tree, oo).score(), "N/D score.node.noMeasurableChild");
        assertThat(node(tree, oo).explanation().excluded()).hasSize(2);
    }

    @Test
    void an_unavailable_area_is_left_out_of_the_entity() {
        var measured = f.area("70", f.strategic("100", f.operational("100", f.scoring("100", "40"))));
        var unmeasured = f.area("30", f.strategic("100", f.operational("100", f.scoring("100", "N/D"))));
        var tree = f.score(f.plan(measured, unmeasured));

        assertShown(tree.root().score(), "40.00");
        assertThat(tree.root().explanation().excluded()).singleElement()
                .satisfies(e -> assertThat(((Part.Child) e.part()).id()).isEqualTo(unmeasured.id()));
    }

    @Test
    void an_indicator_without_a_target_for_the_year_is_not_available() {
        var noTarget = f.withoutTargetForYear("50", "10 N.");
        var oo = f.operational("100", noTarget, f.scoring("50", "70"));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))));

        assertShown(node(tree, noTarget).score(), "N/D score.target.missing");
        assertShown(node(tree, oo).score(), "70.00");
    }

    @Test
    void parents_use_the_exact_achievements_of_their_children_not_the_rounded_ones() {
        var first = f.indicator("50", "≥ 100 N.", "10,005 N.");
        var second = f.indicator("50", "≥ 100 N.", "10,004 N.");
        var oo = f.operational("100", first, second);
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))));

        assertShown(node(tree, first).score(), "10.01");
        assertShown(node(tree, second).score(), "10.00");
        assertShown(node(tree, oo).score(), "10.00");
    }

    @Test
    void rescaled_weights_sum_to_one_hundred_and_contributions_to_the_score() {
        var oo = f.operational("100", f.scoring("33.33", "90"), f.scoring("33.33", "N/D"), f.scoring("33.34", "45"));
        var node = node(f.score(f.plan(f.area("100", f.strategic("100", oo)))), oo);
        var contributors = node.explanation().contributors();

        var weights = contributors.stream().map(Contribution::effectiveWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        var points = contributors.stream().map(Contribution::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Rounding.shown(weights)).isEqualByComparingTo("100");
        assertThat(Rounding.shown(points)).isEqualByComparingTo(((Score.Scored) node.score()).achievement().percent());
    }

    @Test
    void an_override_applies_to_its_indicator_only() {
        var uncapped = f.scoring("50", "150");
        var capped = f.scoring("50", "150");
        var oo = f.operational("100", uncapped, capped);
        var overrides = PolicyOverrides.none().with(uncapped.id(),
                new PolicyChange.Replace(ScoringPolicy.defaults().withCapAtFull(false)));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))), ScoringPolicy.defaults(), overrides);

        assertShown(node(tree, uncapped).score(), "150.00");
        assertShown(node(tree, capped).score(), "100.00");
        assertShown(node(tree, oo).score(), "125.00");
    }

    @Test
    void a_zero_weight_objective_is_monitoring_only() {
        var monitored = f.operational("0", f.scoring("100", "20"));
        var os = f.strategic("100", f.operational("100", f.scoring("100", "95")), monitored);
        var tree = f.score(f.plan(f.area("100", os)));

        assertThat(node(tree, monitored).status()).isEqualTo(Status.MONITORING_ONLY);
        assertShown(node(tree, os).score(), "95.00");
        assertThat(node(tree, os).status()).isEqualTo(Status.ACHIEVED);
    }

    @ParameterizedTest(name = "{0}% is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100    | ACHIEVED
            90     | ACHIEVED
            89,995 | ACHIEVED
            89,99  | PARTLY_ACHIEVED
            70     | PARTLY_ACHIEVED
            69,99  | NOT_ACHIEVED
            0      | NOT_ACHIEVED
            """)
    void traffic_lights_follow_the_shown_percentage(String actual, Status expected) {
        var indicator = f.indicator("100", "≥ 100 N.", actual + " N.");
        var oo = f.operational("100", indicator);
        var tree = f.score(f.plan(f.area("100", f.strategic("100", oo))));

        assertThat(node(tree, indicator).status()).isEqualTo(expected);
        assertThat(node(tree, oo).status()).isEqualTo(expected);
    }

    @Test
    void traffic_light_thresholds_are_settings() {
        var indicator = f.scoring("100", "85");
        var lights = new TrafficLights(new BigDecimal("80"), new BigDecimal("60"));
        var tree = f.score(f.plan(f.area("100", f.strategic("100", f.operational("100", indicator)))),
                ScoringPolicy.defaults().withLights(lights), PolicyOverrides.none());

        assertThat(node(tree, indicator).status()).isEqualTo(Status.ACHIEVED);
        assertThat(shown(tree.root().score())).isEqualTo("85.00");
        assertThat(tree.root().status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void two_trees_are_equal_when_their_scores_are_and_differ_when_an_actual_does() {
        var plan = f.plan(f.area("100", f.strategic("100", f.operational("100", f.scoring("100", "80")))));
        var tree = f.score(plan);
        var again = f.score(plan);
        var other = Scoring.score(plan, PlanFixture.YEAR, java.util.Map.of(), ScoringPolicy.defaults(),
                PolicyOverrides.none());

        assertThat(again).isEqualTo(tree).hasSameHashCodeAs(tree);
        assertThat(other).isNotEqualTo(tree);
        assertThat(tree).isNotEqualTo(tree.root());
        assertThat(tree.toString()).isEqualTo("ScoreTree[root=" + tree.root() + "]");
    }
}
