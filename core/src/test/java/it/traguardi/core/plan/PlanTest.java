package it.traguardi.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static Indicator indicator(int id) {
        var definition = new IndicatorDefinition("misura", Unit.COUNT, new TreeMap<Integer, Value>(),
                new TreeMap<Integer, Target>(), "", "");
        return new Indicator(new NodeId(id), "I" + id, "Indicatore " + id, Weight.FULL, definition);
    }

    /** Area #1, OS #2 with indicator #3, OO #4 with indicator #5: every level of the tree. */
    private static Plan plan() {
        var oo = new OperationalObjective(new NodeId(4), "1.1.1", "OO", Weight.FULL, List.of(indicator(5)));
        var os = new StrategicObjective(new NodeId(2), "1.1", "OS", Weight.FULL, Weight.percent("50"),
                List.of(indicator(3)), Weight.percent("50"), List.of(oo));
        return new Plan("Modena", 2022, List.of(2021), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "1", "Ambito", Weight.FULL, List.of(os))));
    }

    @Test
    void a_node_is_found_by_its_id_at_every_level() {
        var plan = plan();

        for (int id = 1; id <= 5; id++) {
            assertThat(plan.node(new NodeId(id))).as("#" + id).get().extracting(PlanNode::id).isEqualTo(new NodeId(id));
        }
        assertThat(plan.node(new NodeId(4)).orElseThrow()).isInstanceOf(OperationalObjective.class);
        assertThat(plan.node(new NodeId(6))).isEmpty();
    }

    @Test
    void an_indicator_is_found_by_its_id_and_another_kind_of_node_is_not_one() {
        var plan = plan();

        assertThat(plan.indicator(new NodeId(5))).contains(indicator(5));
        assertThat(plan.indicator(new NodeId(3))).contains(indicator(3));
        assertThat(plan.indicator(new NodeId(2))).isEmpty();
        assertThat(plan.indicator(new NodeId(9))).isEmpty();
    }
}
