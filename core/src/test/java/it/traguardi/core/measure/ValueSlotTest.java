package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a value is entered for: measures by code (the catalog's first), then indicators without a formula. */
class ValueSlotTest {

    private static Indicator indicator(int id, String formula) {
        var definition = IndicatorDefinition.of("Indicatore " + id, Unit.COUNT, Map.of(), Map.of());
        return new Indicator(new NodeId(id), "I" + id, "Indicatore " + id, Weight.percent("25"),
                formula.isEmpty() ? definition : definition.withFormula(formula));
    }

    private static Plan plan(List<Indicator> indicators) {
        var os = new StrategicObjective(new NodeId(2), "OS1", "Obiettivo", Weight.FULL, Weight.FULL,
                indicators, Weight.ZERO, List.<OperationalObjective>of());
        return new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A", "Ambito", Weight.FULL, List.of(os))));
    }

    @Test
    void measures_of_catalog_and_formulas_come_once_by_code_then_the_indicators_entered_directly() {
        var plan = plan(List.of(indicator(5, ""), indicator(3, "Z + B"), indicator(4, ""), indicator(6, "B / C")));
        var catalog = List.of(new Measure("B", "Imprese iscritte", Unit.COUNT, "", ""),
                new Measure("A", "Solo nel catalogo", Unit.EURO, "", ""));

        var slots = ValueSlot.of(plan, catalog);

        // A, B from the catalog (B with its description), C and Z from the formulas; then I5 and I4 in plan order
        assertThat(slots).extracting(ValueSlot::target).containsExactly(ValueTarget.measure("A"),
                ValueTarget.measure("B"), ValueTarget.measure("C"), ValueTarget.measure("Z"),
                ValueTarget.indicator(new NodeId(5)), ValueTarget.indicator(new NodeId(4)));
        assertThat(((ValueSlot.OfMeasure) slots.get(1)).measure().description()).isEqualTo("Imprese iscritte");
    }

    @Test
    void an_indicator_with_a_formula_is_computed_and_is_no_slot() {
        assertThatThrownBy(() -> new ValueSlot.OfIndicator(indicator(3, "A + B")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
