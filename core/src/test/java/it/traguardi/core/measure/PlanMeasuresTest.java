package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog of measures a plan's formulas name: the unit follows from where a measure stands. */
class PlanMeasuresTest {

    private final List<Indicator> indicators = new ArrayList<>();

    private void indicator(String title, Unit unit, String formula) {
        var id = new NodeId(indicators.size() + 3);
        var definition = IndicatorDefinition.of(title, unit, Map.of(), Map.of());
        indicators.add(new Indicator(id, "I" + id.value(), title, Weight.percent("10"),
                formula.isEmpty() ? definition : definition.withFormula(formula)));
    }

    private Plan plan() {
        var os = new StrategicObjective(new NodeId(2), "OS1", "Obiettivo", Weight.FULL, Weight.FULL,
                indicators, Weight.ZERO, List.<OperationalObjective>of());
        return new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A", "Ambito", Weight.FULL, List.of(os))));
    }

    private static Measure measure(String code, Unit unit, String description) {
        return new Measure(code, description, unit, "", "");
    }

    @Test
    void terms_of_sums_and_differences_take_the_indicator_unit_and_factors_take_none() {
        indicator("Imprese", Unit.COUNT, "A + B - C");
        indicator("Soddisfazione", Unit.PERCENT, "D");
        // A is already in the catalog as a count: the first indicator naming a code describes it
        indicator("Costo per impresa", Unit.EURO, "A / E");
        indicator("Giorni di anticipo", Unit.DAYS, "-F + 1");
        indicator("Massimo", Unit.COUNT, "max(G; 1)");
        indicator("Scelta", Unit.COUNT, "if(H > 0; 1; 0)");
        indicator("Somma con prodotto a destra", Unit.COUNT, "J + K * 2");
        indicator("Somma con prodotto a sinistra", Unit.COUNT, "L * 2 + M");
        indicator("Prodotto di termini", Unit.COUNT, "N * P");
        indicator("Senza formula", Unit.COUNT, "");

        assertThat(PlanMeasures.of(plan())).containsExactly(
                measure("A", Unit.COUNT, ""), measure("B", Unit.COUNT, ""), measure("C", Unit.COUNT, ""),
                measure("D", Unit.PERCENT, "Soddisfazione"),
                measure("E", Unit.UNSPECIFIED, ""),
                measure("F", Unit.DAYS, ""),
                measure("G", Unit.UNSPECIFIED, ""),
                measure("H", Unit.UNSPECIFIED, ""),
                measure("J", Unit.UNSPECIFIED, ""), measure("K", Unit.UNSPECIFIED, ""),
                measure("L", Unit.UNSPECIFIED, ""), measure("M", Unit.UNSPECIFIED, ""),
                measure("N", Unit.UNSPECIFIED, ""), measure("P", Unit.UNSPECIFIED, ""));
    }

    @Test
    void a_measure_named_in_a_formula_is_known_by_its_code_alone() {
        assertThat(Measure.named(" X1 ")).isEqualTo(measure("X1", Unit.UNSPECIFIED, ""));
    }
}
