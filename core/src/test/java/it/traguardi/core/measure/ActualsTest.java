package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.formula.AlgorithmReading;
import it.traguardi.core.formula.Reading;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActualsTest {

    private static final NodeId SUM = new NodeId(3);
    private static final NodeId WORDS = new NodeId(4);

    private static Plan plan() {
        var sum = new Indicator(SUM, "I1", "Imprese assistite", Weight.percent("50"),
                IndicatorDefinition.of("Imprese assistite D1.1_1 + D1.1_2", Unit.COUNT, Map.of(), Map.of())
                        .withFormula(derived("Imprese assistite D1.1_1 + D1.1_2")));
        var words = new Indicator(WORDS, "I2", "Soddisfazione", Weight.percent("50"),
                IndicatorDefinition.of("Rilevata con questionario", Unit.PERCENT, Map.of(), Map.of())
                        .withFormula(derived("Rilevata con questionario")));
        var os = new StrategicObjective(new NodeId(2), "OS1", "Obiettivo", Weight.FULL, Weight.FULL,
                List.of(sum, words), Weight.ZERO, List.<OperationalObjective>of());
        return new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A", "Ambito", Weight.FULL, List.of(os))));
    }

    private static Value number(String amount, Unit unit) {
        return Value.of(new Quantity(new BigDecimal(amount), unit));
    }

    @Test
    void an_indicator_without_an_entered_value_is_computed_from_its_measures() {
        var latest = Map.<ValueTarget, Value>of(
                ValueTarget.measure("D1.1_1"), number("1.133", Unit.COUNT),
                ValueTarget.measure("D1.1_2"), number("10", Unit.COUNT));

        var actuals = Actuals.of(plan(), latest);

        assertThat(actuals).containsOnlyKeys(SUM);
        assertThat(((Value.Amount) actuals.get(SUM)).quantity().amount()).isEqualByComparingTo("11.133");
    }

    @Test
    void an_entered_indicator_value_wins_over_its_formula() {
        var latest = Map.<ValueTarget, Value>of(
                ValueTarget.measure("D1.1_1"), number("1", Unit.COUNT),
                ValueTarget.measure("D1.1_2"), number("2", Unit.COUNT),
                ValueTarget.indicator(SUM), number("7", Unit.COUNT),
                ValueTarget.indicator(WORDS), number("97.09", Unit.PERCENT));

        assertThat(Actuals.of(plan(), latest)).isEqualTo(Map.of(
                SUM, number("7", Unit.COUNT), WORDS, number("97.09", Unit.PERCENT)));
    }

    @Test
    void a_formula_missing_a_measure_gives_not_available_never_zero() {
        var latest = Map.<ValueTarget, Value>of(ValueTarget.measure("D1.1_1"), number("1", Unit.COUNT));

        assertThat(Actuals.of(plan(), latest)).isEqualTo(Map.of(SUM, Value.MISSING));
    }

    @Test
    void a_formula_of_one_measure_passes_a_completion_date_through_to_a_deadline_indicator() {
        var deadline = new Indicator(new NodeId(3), "71.B1.1_1", "Emissione ruolo entro la data", Weight.FULL,
                IndicatorDefinition.of("Emissione entro la data B1.1.1", Unit.DATE, Map.of(), Map.of())
                        .withFormula("B1.1.1"));
        var os = new StrategicObjective(new NodeId(2), "OS1", "Obiettivo", Weight.FULL, Weight.FULL,
                List.of(deadline), Weight.ZERO, List.<OperationalObjective>of());
        var plan = new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A", "Ambito", Weight.FULL, List.of(os))));
        var done = new Value.Day(java.time.LocalDate.of(2022, 12, 15));

        assertThat(Actuals.of(plan, Map.of(ValueTarget.measure("B1.1.1"), done))).isEqualTo(Map.of(deadline.id(), done));
        assertThat(Actuals.of(plan, Map.of(ValueTarget.measure("B1.1.1"), new Value.Flag(true))))
                .isEqualTo(Map.of(deadline.id(), new Value.Flag(true)));
    }

    @Test
    void a_computed_actual_has_the_indicator_unit_or_count_when_that_unit_is_not_a_number() {
        var share = new Indicator(new NodeId(3), "I1", "Quota", Weight.percent("50"),
                IndicatorDefinition.of("A su B", Unit.PERCENT, Map.of(), Map.of()).withFormula("A / B * 100"));
        var unknown = new Indicator(new NodeId(4), "I2", "Senza unita'", Weight.percent("50"),
                IndicatorDefinition.of("A", Unit.UNSPECIFIED, Map.of(), Map.of()).withFormula("A + B"));
        var os = new StrategicObjective(new NodeId(2), "OS1", "Obiettivo", Weight.FULL, Weight.FULL,
                List.of(share, unknown), Weight.ZERO, List.<OperationalObjective>of());
        var plan = new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A", "Ambito", Weight.FULL, List.of(os))));
        var latest = Map.<ValueTarget, Value>of(
                ValueTarget.measure("A"), number("1", Unit.COUNT),
                ValueTarget.measure("B"), number("4", Unit.COUNT));

        var actuals = Actuals.of(plan, latest);

        assertThat(((Value.Amount) actuals.get(share.id())).quantity().unit()).isEqualTo(Unit.PERCENT);
        assertThat(((Value.Amount) actuals.get(share.id())).quantity().amount()).isEqualByComparingTo("25");
        assertThat(actuals.get(unknown.id())).isEqualTo(number("5", Unit.COUNT));
    }

    @Test
    void one_indicator_alone_has_the_actual_it_has_in_its_plan_and_not_available_where_the_plan_leaves_it_out() {
        var latest = Map.<ValueTarget, Value>of(
                ValueTarget.measure("D1.1_1"), number("1.133", Unit.COUNT),
                ValueTarget.measure("D1.1_2"), number("10", Unit.COUNT));
        var plan = plan();
        var sum = plan.indicators().filter(i -> i.id().equals(SUM)).findFirst().orElseThrow();
        var words = plan.indicators().filter(i -> i.id().equals(WORDS)).findFirst().orElseThrow();

        // the sum is computed from the two measures (11.133), as within the plan
        assertThat(Actuals.of(sum, latest)).isEqualTo(Actuals.of(plan, latest).get(SUM));
        assertThat(((Value.Amount) Actuals.of(sum, latest)).quantity().amount()).isEqualByComparingTo("11.133");
        // a formula in words has no measures to compute from: the plan leaves it out, alone it is N/D
        assertThat(Actuals.of(plan, latest)).doesNotContainKey(WORDS);
        assertThat(Actuals.of(words, latest)).isEqualTo(Value.MISSING);
        assertThat(Actuals.of(words, Map.of(ValueTarget.indicator(WORDS), number("97.09", Unit.PERCENT))))
                .isEqualTo(number("97.09", Unit.PERCENT));
    }

    /** The formula the importer derives from an algorithm text, as stored with the plan. */
    private static String derived(String algorithm) {
        return AlgorithmReading.read(algorithm) instanceof Reading.Derived d ? d.formulaText() : "";
    }
}
