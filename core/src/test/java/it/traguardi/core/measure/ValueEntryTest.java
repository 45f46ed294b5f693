package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.formula.AlgorithmReading;
import it.traguardi.core.formula.Reading;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comment rule holds wherever a value is read (docs/domain.md, "The comment on a missed target"). */
class ValueEntryTest {

    private static final Instant NOW = Instant.parse("2022-07-01T10:00:00Z");

    /** I1 = D1.1_1 + D1.1_2, at least 100 in 2022; I2 entered directly, at least 80 %. */
    private static Plan plan() {
        var sum = new Indicator(new NodeId(3), "I1", "Imprese assistite", Weight.percent("50"),
                IndicatorDefinition.of("Imprese assistite D1.1_1 + D1.1_2", Unit.COUNT, Map.of(),
                        Map.of(2022, ItalianFormat.parseTarget("≥ 100 N."))).withFormula(
                        AlgorithmReading.read("Imprese assistite D1.1_1 + D1.1_2") instanceof Reading.Derived d
                                ? d.formulaText() : ""));
        var survey = new Indicator(new NodeId(4), "I2", "Soddisfazione", Weight.percent("50"),
                IndicatorDefinition.of("Rilevata con questionario", Unit.PERCENT, Map.of(),
                        Map.of(2022, ItalianFormat.parseTarget("≥ 80 %"))));
        var os = new StrategicObjective(new NodeId(2), "OS1", "Obiettivo", Weight.FULL, Weight.FULL,
                List.of(sum, survey), Weight.ZERO, List.<OperationalObjective>of());
        return new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A", "Ambito", Weight.FULL, List.of(os))));
    }

    private record Read(Optional<ValueRecord> record, List<ValueEntry.FieldProblem> problems) {
    }

    private static Read read(ValueEntry entry, String code, String value, String reason) {
        var problems = new ArrayList<ValueEntry.FieldProblem>();
        return new Read(entry.read(code, "2022", value, reason, problems), problems);
    }

    @Test
    void a_value_that_misses_its_target_without_a_reason_is_refused_in_the_reason_field() {
        // 60 of at least 80: 75%, partly achieved
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "I2", "60", "");

        assertThat(read.record()).isEmpty();
        assertThat(read.problems()).containsExactly(
                new ValueEntry.FieldProblem("reason", Message.of("values.reason.required", "I2")));
    }

    @Test
    void a_value_that_misses_its_target_with_a_reason_is_read() {
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "I2", "60", "questionario ridotto");

        assertThat(read.problems()).isEmpty();
        assertThat(read.record().orElseThrow().reason()).isEqualTo("questionario ridotto");
    }

    @Test
    void a_blank_reason_is_no_reason() {
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "I2", "60", "   ");

        assertThat(read.problems()).extracting(ValueEntry.FieldProblem::field).containsExactly("reason");
    }

    @Test
    void a_value_that_reaches_its_target_needs_no_reason() {
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "I2", "80", "");

        assertThat(read.problems()).isEmpty();
        assertThat(read.record()).isPresent();
    }

    @Test
    void a_measure_value_is_judged_by_the_indicators_its_formula_completes_with_the_stored_values() {
        var plan = plan();
        Map<ValueTarget, Value> stored = Map.of(ValueTarget.measure("D1.1_1"), ItalianFormat.parseEntered("50", Unit.COUNT));
        var entry = ValueEntry.forPlan(plan, List.of(), NOW,
                period -> Snapshot.of(plan, period, ScoringPolicy.defaults(), PolicyOverrides.none(), stored));

        // 50 + 10 of at least 100: 60%, not achieved
        var short_ = read(entry, "D1.1_2", "10", "");
        // 50 + 50: 100%
        var enough = read(entry, "D1.1_2", "50", "");

        assertThat(short_.problems()).containsExactly(
                new ValueEntry.FieldProblem("reason", Message.of("values.reason.required", "I1")));
        assertThat(enough.problems()).isEmpty();
    }

    @Test
    void a_measure_value_that_completes_no_formula_yet_needs_no_reason() {
        // D1.1_1 alone leaves I1 N/D (D1.1_2 missing): no target is missed
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "D1.1_1", "1", "");

        assertThat(read.problems()).isEmpty();
    }

    @Test
    void an_unreadable_value_is_reported_without_judging_its_target() {
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "I2", "abc", "");

        assertThat(read.problems()).extracting(ValueEntry.FieldProblem::field).containsExactly("value");
    }

    @Test
    void a_reason_longer_than_its_column_is_refused_in_the_reason_field() {
        var read = read(ValueEntry.forPlan(plan(), List.of(), NOW), "I2", "90", "x".repeat(2001));

        assertThat(read.record()).isEmpty();
        assertThat(read.problems()).extracting(ValueEntry.FieldProblem::field).containsExactly("reason");
    }

    @Test
    void an_entry_resolves_the_codes_of_its_plan() {
        var entry = ValueEntry.forPlan(plan(), List.of(), NOW);

        assertThat(entry.codes().resolve("I2"))
                .isEqualTo(new ValueCodes.Resolution.Found(ValueTarget.indicator(new NodeId(4)), Unit.PERCENT));
    }

    @Test
    void a_situation_takes_only_the_records_of_its_own_period() {
        var plan = plan();
        var year = Snapshot.of(plan, Period.of(2022), ScoringPolicy.defaults(), PolicyOverrides.none(), Map.of());
        var survey = ValueTarget.indicator(new NodeId(4));
        var midYear = new ValueRecord(survey, Period.parse("2022-06-30"), ItalianFormat.parseEntered("90", Unit.PERCENT),
                NOW, ValueRecord.SYSTEM, "");
        var final_ = new ValueRecord(survey, Period.of(2022), ItalianFormat.parseEntered("85", Unit.PERCENT),
                NOW, ValueRecord.SYSTEM, "");

        assertThat(year.with(List.of(midYear)).actuals()).doesNotContainKey(new NodeId(4));
        assertThat(year.with(List.of(midYear, final_)).actuals())
                .containsEntry(new NodeId(4), ItalianFormat.parseEntered("85", Unit.PERCENT));
    }

    @Test
    void a_measure_moves_only_the_indicators_whose_formula_uses_it_and_that_have_no_value_of_their_own() {
        var plan = plan();
        var none = Snapshot.of(plan, Period.of(2022), ScoringPolicy.defaults(), PolicyOverrides.none(), Map.of());
        var entered = Snapshot.of(plan, Period.of(2022), ScoringPolicy.defaults(), PolicyOverrides.none(),
                Map.of(ValueTarget.indicator(new NodeId(3)), ItalianFormat.parseEntered("120", Unit.COUNT)));

        assertThat(none.affectedBy(ValueTarget.measure("D1.1_2"))).extracting(Indicator::code).containsExactly("I1");
        assertThat(none.affectedBy(ValueTarget.measure("D9"))).isEmpty();
        assertThat(entered.affectedBy(ValueTarget.measure("D1.1_2"))).isEmpty();
        assertThat(none.affectedBy(ValueTarget.indicator(new NodeId(4)))).extracting(Indicator::code)
                .containsExactly("I2");
    }
}
