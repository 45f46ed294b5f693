package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.score.Status;
import it.traguardi.core.score.TrafficLights;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores from what is stored: the latest recorded value counts, and a plan without values is N/D. */
class PlanResultsTest {

    @TempDir
    static Path folder;
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("traguardi"));
        new PlanStore(database.dataSource()).save(SamplePlans.sample(), false, TestActors.TESTER);
        new PlanStore(database.dataSource()).save(SamplePlans.sample("Senza valori", SamplePlans.YEAR), false, TestActors.TESTER);
        new PlanStore(database.dataSource()).save(SamplePlans.sample("Regole", SamplePlans.YEAR), false, TestActors.TESTER);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void the_latest_recorded_value_of_an_indicator_is_its_actual_and_scores_it() {
        var plan = SamplePlans.sample();
        var indicator = ValueTarget.indicator(new NodeId(3));
        new ValueStore(database.dataSource()).record(plan.entity(), plan.year(), List.of(
                record(indicator, "33.50", "2023-01-10T10:00:00Z"),
                record(indicator, "67", "2023-01-11T10:00:00Z")), TestActors.TESTER);

        var result = new PlanResults(database.dataSource()).of(plan);

        assertThat(result.period()).isEqualTo(Period.of(plan.year()));
        assertThat(result.actuals().get(new NodeId(3))).isEqualTo(percent("67"));
        var node = result.tree().find(new NodeId(3)).orElseThrow();
        assertThat(node.status()).isEqualTo(Status.ACHIEVED);
        assertThat(result.tree().root().score()).isInstanceOf(Score.Scored.class);
    }

    @Test
    void a_plan_without_values_is_not_available_at_the_root() {
        var result = new PlanResults(database.dataSource()).of(SamplePlans.sample("Senza valori", SamplePlans.YEAR));

        assertThat(result.actuals()).doesNotContainKey(new NodeId(3));
        assertThat(result.tree().root().status()).isEqualTo(Status.NOT_AVAILABLE);
    }

    @Test
    void the_entry_of_values_judges_a_missed_target_by_the_stored_rules() {
        var plan = SamplePlans.sample("Regole", SamplePlans.YEAR);
        var values = new ValueStore(database.dataSource());
        // 33,50 of >= 67,00 % is 50%: not achieved by the default lights (90, 70), achieved by (40, 30)
        var byDefault = new ArrayList<ValueEntry.FieldProblem>();
        values.entry(plan, TestActors.TESTER).read("#3", "2022", "33,50", "", byDefault);
        new PolicyStore(database.dataSource()).save(plan.entity(), plan.year(), new PlanPolicy(
                ScoringPolicy.defaults().withLights(new TrafficLights(new BigDecimal("40"), new BigDecimal("30"))),
                PolicyOverrides.none()), TestActors.TESTER);
        var lowered = new ArrayList<ValueEntry.FieldProblem>();
        var record = values.entry(plan, TestActors.TESTER).read("#3", "2022", "33,50", "", lowered);

        assertThat(byDefault).containsExactly(
                new ValueEntry.FieldProblem("reason", Message.of("values.reason.required", "11.1")));
        assertThat(lowered).isEmpty();
        assertThat(record).isPresent();
    }

    private static Value percent(String amount) {
        return Value.of(new Quantity(new BigDecimal(amount), Unit.PERCENT));
    }

    private static ValueRecord record(ValueTarget target, String amount, String at) {
        return new ValueRecord(target, Period.of(SamplePlans.YEAR), percent(amount), Instant.parse(at),
                ValueRecord.SYSTEM, "");
    }
}
