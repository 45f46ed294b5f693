package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.Floor;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.score.TrafficLights;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the score stamps: a stamp changes with everything a year-end score reads. */
abstract class ScoreStampsContract {

    private static final String ENTITY = SamplePlans.ENTITY;
    private static final int YEAR = SamplePlans.YEAR;

    ScoreStamps stamps;
    PlanStore plans;

    abstract Database database();

    @BeforeEach
    void startWithTwoPlans() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        stamps = new ScoreStamps(database().dataSource());
        plans = new PlanStore(database().dataSource());
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        plans.save(SamplePlans.sample(ENTITY, YEAR + 1), false, TestActors.TESTER);
    }

    private ScoreStamps.Stamp stamp(int year) {
        return stamps.all().stream().filter(s -> s.entity().equals(ENTITY) && s.year() == year).findFirst()
                .orElseThrow();
    }

    private void record(Period period) {
        var value = Value.of(new Quantity(new BigDecimal("12"), Unit.COUNT));
        new ValueStore(database().dataSource()).record(ENTITY, YEAR, List.of(new ValueRecord(
                ValueTarget.indicator(new NodeId(3)), period, value, Instant.parse("2023-01-10T10:00:00Z"),
                ValueRecord.SYSTEM, "")), TestActors.TESTER);
    }

    @Test
    void a_plans_revision_moves_with_its_values_rules_and_plan_and_not_with_another_plans() {
        var policies = new PolicyStore(database().dataSource());
        var first = stamps.revision(ENTITY, YEAR).orElseThrow();
        var other = stamps.revision(ENTITY, YEAR + 1).orElseThrow();
        record(Period.of(YEAR));
        var value = stamps.revision(ENTITY, YEAR).orElseThrow();
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults(), PolicyOverrides.none()), TestActors.TESTER);
        var rules = stamps.revision(ENTITY, YEAR).orElseThrow();
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults(),
                PolicyOverrides.none().with(new NodeId(3), new PolicyChange.Cap(false))), TestActors.TESTER);
        var override = stamps.revision(ENTITY, YEAR).orElseThrow();
        plans.save(SamplePlans.sample(), true, TestActors.TESTER);
        var replaced = stamps.revision(ENTITY, YEAR).orElseThrow();

        assertThat(List.of(first, value, rules, override, replaced)).doesNotHaveDuplicates();
        assertThat(stamps.revision(ENTITY, YEAR)).contains(replaced);
        assertThat(stamps.revision(ENTITY, YEAR + 1)).contains(other);
        assertThat(stamps.revision(ENTITY, YEAR + 5)).isEmpty();
        assertThat(stamps.revision("Nessuno", YEAR)).isEmpty();
    }

    @Test
    void every_stored_plan_has_a_stamp_with_its_version_and_no_values_or_rules_yet() {
        assertThat(stamps.all()).extracting(ScoreStamps.Stamp::year).containsExactlyInAnyOrder(YEAR, YEAR + 1);
        assertThat(stamp(YEAR).version()).isEqualTo(1);
        assertThat(stamp(YEAR).yearValues()).isZero();
        assertThat(stamp(YEAR).rules()).isEmpty();
    }

    @Test
    void a_year_end_value_changes_the_plans_stamp_only() {
        var before = stamp(YEAR);
        var other = stamp(YEAR + 1);

        record(Period.of(YEAR));
        record(Period.of(YEAR));

        // two records, the second a correction of the first: each one counts
        assertThat(stamp(YEAR).yearValues()).isEqualTo(2);
        assertThat(stamp(YEAR)).isNotEqualTo(before);
        assertThat(stamp(YEAR + 1)).isEqualTo(other);
    }

    @Test
    void a_value_of_another_period_leaves_the_year_end_count_alone_and_counts_among_all_values() {
        var before = stamp(YEAR);

        record(new Period.Day(LocalDate.of(YEAR, 6, 30)));

        // the year-end score does not depend on it; what still waits for 30 June does
        assertThat(stamp(YEAR).yearValues()).isEqualTo(before.yearValues()).isZero();
        assertThat(stamp(YEAR).allValues()).isEqualTo(1);
        assertThat(stamp(YEAR)).isNotEqualTo(before);
    }

    @Test
    void saving_rules_or_an_override_changes_the_stamp() {
        var policies = new PolicyStore(database().dataSource());
        var before = stamp(YEAR);
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults(), PolicyOverrides.none()), TestActors.TESTER);
        var defaults = stamp(YEAR);
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO),
                PolicyOverrides.none()), TestActors.TESTER);
        var countAsZero = stamp(YEAR);
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO),
                PolicyOverrides.none().with(new NodeId(3), new PolicyChange.Cap(false))), TestActors.TESTER);
        var override = stamp(YEAR);
        policies.save(ENTITY, YEAR, new PlanPolicy(ScoringPolicy.defaults().withMissing(MissingPolicy.COUNT_AS_ZERO),
                PolicyOverrides.none()), TestActors.TESTER);

        assertThat(List.of(before, defaults, countAsZero, override)).doesNotHaveDuplicates();
        // the same rules saved again: the same stamp, the same score
        assertThat(stamp(YEAR)).isEqualTo(countAsZero);
    }

    @Test
    void a_change_of_the_last_column_of_the_rules_or_of_a_column_left_empty_changes_the_stamp() {
        var policies = new PolicyStore(database().dataSource());
        var defaults = ScoringPolicy.defaults();
        policies.save(ENTITY, YEAR, new PlanPolicy(defaults, PolicyOverrides.none()), TestActors.TESTER);
        var before = stamp(YEAR);
        // partly_from is the last column of plan_policy
        var lights = defaults.lights();
        policies.save(ENTITY, YEAR, new PlanPolicy(defaults.withLights(new TrafficLights(lights.achievedFrom(),
                lights.partlyFrom().subtract(BigDecimal.ONE))), PolicyOverrides.none()), TestActors.TESTER);
        var partly = stamp(YEAR);
        // the default floor leaves its column empty; a floor fills it
        policies.save(ENTITY, YEAR, new PlanPolicy(defaults.withFloor(Floor.below("60")), PolicyOverrides.none()), TestActors.TESTER);
        var floor = stamp(YEAR);

        assertThat(List.of(before, partly, floor)).doesNotHaveDuplicates();
        assertThat(stamp(YEAR + 1).rules()).isEmpty();
    }

    @Test
    void a_stamp_names_its_plan_and_needs_its_entity_and_rules() {
        var stamp = stamp(YEAR);

        assertThat(stamp.entity()).isEqualTo(ENTITY);
        assertThat(stamp.planRow()).isEqualTo(planRow(YEAR));
        assertThat(stamp(YEAR + 1).planRow()).isEqualTo(planRow(YEAR + 1));
        assertThatThrownBy(() -> new ScoreStamps.Stamp(null, YEAR, 1, 1, 0, "", 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ScoreStamps.Stamp(ENTITY, YEAR, 1, 1, 0, null, 0))
                .isInstanceOf(NullPointerException.class);
    }

    private long planRow(int year) {
        try (var connection = database().dataSource().getConnection();
                var statement = connection.prepareStatement("select id from plan where plan_year = ?")) {
            statement.setInt(1, year);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_replaced_or_recreated_plan_has_a_new_stamp() {
        var first = stamp(YEAR);
        plans.replace(SamplePlans.sample(), 1, TestActors.TESTER);
        var replaced = stamp(YEAR);
        plans.delete(ENTITY, YEAR, TestActors.TESTER);
        plans.save(SamplePlans.sample(), false, TestActors.TESTER);
        var recreated = stamp(YEAR);

        assertThat(replaced.version()).isEqualTo(2);
        // version 1 again, but another row: not the first plan's stamp
        assertThat(recreated.version()).isEqualTo(1);
        assertThat(List.of(first, replaced, recreated)).doesNotHaveDuplicates();
    }
}
