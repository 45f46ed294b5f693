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
}
