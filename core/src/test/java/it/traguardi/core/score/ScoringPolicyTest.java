package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import it.traguardi.core.plan.NodeId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringPolicyTest {

    @Test
    void the_defaults_are_what_chambers_publish() {
        var defaults = ScoringPolicy.defaults();

        assertThat(defaults.capAtFull()).isTrue();
        assertThat(defaults.floor()).isEqualTo(Floor.NONE);
        assertThat(defaults.bands().isContinuous()).isTrue();
        assertThat(defaults.lateCredit()).isEqualTo(LateCredit.NONE);
        assertThat(defaults.missing()).isEqualTo(MissingPolicy.EXCLUDE_AND_RESCALE);
        assertThat(defaults.lights()).isEqualTo(new TrafficLights(new BigDecimal("90"), new BigDecimal("70")));
    }

    @ParameterizedTest(name = "raw {0}: cap {1}, floor {2}, bands {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            -20 | true  | 0  | -           | 0
            150 | true  | 0  | -           | 100
            150 | false | 0  | -           | 150
            55  | true  | 60 | -           | 0
            65  | true  | 60 | 0 70 90 100 | 0
            95  | true  | 60 | 0 70 90 100 | 90
            150 | false | 60 | 0 70 90 100 | 100
            """)
    void settling_clamps_at_zero_then_caps_then_floors_then_bands(String raw, boolean cap, String floor, String bands,
            String expected) {
        var policy = ScoringPolicy.defaults().withCapAtFull(cap)
                .withFloor(floor.equals("0") ? Floor.NONE : Floor.below(floor))
                .withBands(bands.equals("-") ? ScoreBands.continuous() : ScoreBands.of(bands.split(" ")));

        assertThat(policy.settle(new BigDecimal(raw))).isEqualByComparingTo(expected);
    }

    @Test
    void overrides_change_their_indicator_in_order_on_top_of_the_plan_policy() {
        var indicator = new NodeId(7);
        var overrides = PolicyOverrides.none()
                .with(indicator, new PolicyChange.Cap(false), new PolicyChange.FloorAt(Floor.below("50")))
                .with(indicator, new PolicyChange.Late(new LateCredit.Fixed(new BigDecimal("40"))));
        var plan = ScoringPolicy.defaults();

        assertThat(overrides.policyFor(indicator, plan)).isEqualTo(plan.withCapAtFull(false)
                .withFloor(Floor.below("50")).withLateCredit(new LateCredit.Fixed(new BigDecimal("40"))));
        assertThat(overrides.policyFor(new NodeId(8), plan)).isEqualTo(plan);
    }

    @Test
    void a_replacing_override_ignores_the_plan_policy_but_later_changes_still_apply() {
        var indicator = new NodeId(3);
        var own = ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO);
        var overrides = PolicyOverrides.none().with(indicator, new PolicyChange.Replace(own),
                new PolicyChange.Bands(ScoreBands.of("0", "100")));

        assertThat(overrides.policyFor(indicator, ScoringPolicy.defaults().withCapAtFull(false)))
                .isEqualTo(own.withBands(ScoreBands.of("0", "100")));
    }

    @Test
    void settings_that_make_no_sense_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreBands.of("0", "90", "70"));
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreBands.of("-10", "100"));
        assertThatIllegalArgumentException().isThrownBy(() -> Floor.below("0"));
        assertThatIllegalArgumentException().isThrownBy(() -> new TrafficLights(new BigDecimal("70"), new BigDecimal("90")));
        assertThatIllegalArgumentException().isThrownBy(() -> new LateCredit.Fixed(new BigDecimal("120")));
        assertThatIllegalArgumentException().isThrownBy(() -> new LateCredit.PointsPerDay(new BigDecimal("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Achievement(new BigDecimal("-0.01")));
    }

    @Test
    void band_thresholds_must_rise_strictly_so_a_repeated_one_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreBands.of("0", "70", "70", "100"));
        assertThat(ScoreBands.of("0", "70", "71").thresholds()).hasSize(3);
    }

    @Test
    void no_late_credit_may_be_negative_and_zero_points_are_allowed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LateCredit.PointsPerWeek(new BigDecimal("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> new LateCredit.Fixed(new BigDecimal("-1")));
        // zero points a day: a late completion keeps its full 100%
        assertThat(new LateCredit.PointsPerDay(BigDecimal.ZERO).credit(30)).isEqualByComparingTo("100");
        assertThat(new LateCredit.Fixed(BigDecimal.ZERO).credit(1)).isEqualByComparingTo("0");
    }

    @Test
    void traffic_lights_may_start_partly_achieved_at_zero_or_at_the_achieved_threshold() {
        var noRed = new TrafficLights(new BigDecimal("90"), BigDecimal.ZERO);
        var noAmber = new TrafficLights(new BigDecimal("80"), new BigDecimal("80"));

        assertThat(noRed.status(new Achievement(BigDecimal.ZERO))).isEqualTo(Status.PARTLY_ACHIEVED);
        assertThat(noAmber.status(new Achievement(new BigDecimal("79.99")))).isEqualTo(Status.NOT_ACHIEVED);
        assertThat(noAmber.status(new Achievement(new BigDecimal("80")))).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void achievements_are_ordered_by_their_exact_value() {
        var low = new Achievement(new BigDecimal("69.994"));
        var high = new Achievement(new BigDecimal("69.996"));

        // both show 69,99 % and 70,00 % resp.; the order follows the exact figures
        assertThat(low.compareTo(high)).isNegative();
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(new Achievement(new BigDecimal("69.9940")))).isZero();
    }

    @Test
    void a_plan_without_rules_follows_the_defaults_with_no_overrides() {
        var defaults = PlanPolicy.defaults();

        assertThat(defaults.policy()).isEqualTo(ScoringPolicy.defaults());
        assertThat(defaults.overrides()).isEqualTo(PolicyOverrides.none());
    }
}
