package it.traguardi.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What an edit changed, node by node, as the audit trail tells it. */
class PlanDiffTest {

    /** Two areas; the first with an objective of two indicators (3, 4) and an operational objective 5. */
    static Plan plan() {
        var oo5 = new OperationalObjective(new NodeId(5), "1.1.1", "OO uno", Weight.FULL, List.of(indicator(6, "100")));
        var os2 = new StrategicObjective(new NodeId(2), "1.1", "OS uno", Weight.FULL, Weight.percent("50"),
                List.of(indicator(3, "60"), indicator(4, "40")), Weight.percent("50"), List.of(oo5));
        var os8 = new StrategicObjective(new NodeId(8), "2.1", "OS due", Weight.FULL, Weight.percent("50"), List.of(),
                Weight.percent("50"), List.of());
        return new Plan("Modena", 2022, List.of(2019, 2020, 2021), List.of(2022, 2023, 2024), List.of(
                new StrategicArea(new NodeId(1), "1", "Ambito uno", Weight.percent("70"), List.of(os2)),
                new StrategicArea(new NodeId(7), "2", "Ambito due", Weight.percent("30"), List.of(os8))));
    }

    static Indicator indicator(int id, String weight) {
        return new Indicator(new NodeId(id), "I" + id, "Indicatore " + id, Weight.percent(weight),
                new IndicatorDefinition("", Unit.COUNT, new TreeMap<>(), new TreeMap<>(), "", ""));
    }

    @Test
    void the_same_plan_has_no_change_even_with_weights_written_with_more_zeros_than_stored() {
        var plan = plan();
        var zeros = PlanEdits.setWeights(plan, new SiblingGroup.Areas(),
                List.of(new Weight(new BigDecimal("70.00")), new Weight(new BigDecimal("30.00"))));

        assertThat(PlanDiff.between(plan, plan)).isEmpty();
        assertThat(PlanDiff.between(plan, zeros)).isEmpty();
    }

    @Test
    void a_move_to_another_parent_tells_where_from_and_where_to() {
        var plan = plan();
        var moved = PlanEdits.moveTo(plan, new NodeId(5), new SiblingGroup.Operationals(new NodeId(8)));

        assertThat(PlanDiff.between(plan, moved)).containsExactly(new NodeChange(ChangeKind.NODE_MOVED, new NodeId(5),
                "1.1.1 - OO uno", "{\"sotto\":\"1.1 - OS uno\",\"posizione\":\"1\"}",
                "{\"sotto\":\"2.1 - OS due\",\"posizione\":\"1\"}"));
    }

    @Test
    void an_added_node_tells_its_code_title_place_and_weight() {
        var plan = plan();
        var added = PlanEdits.add(plan, new SiblingGroup.Operationals(new NodeId(8)), "2.1.1", "Nuovo OO", Weight.ZERO);

        assertThat(PlanDiff.between(plan, added)).containsExactly(new NodeChange(ChangeKind.NODE_ADDED, new NodeId(9),
                "2.1.1 - Nuovo OO", "",
                "{\"codice\":\"2.1.1\",\"titolo\":\"Nuovo OO\",\"sotto\":\"2.1 - OS due\",\"posizione\":\"1\",\"peso\":\"0,00%\"}"));
    }

    @Test
    void swapping_two_siblings_moves_both_in_their_new_order_and_nothing_else() {
        var plan = plan();
        var swapped = PlanEdits.move(plan, new NodeId(4), -1);

        assertThat(PlanDiff.between(plan, swapped)).extracting(NodeChange::kind, NodeChange::node).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.NODE_MOVED, new NodeId(4)),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.NODE_MOVED, new NodeId(3)));
    }

    @Test
    void json_text_escapes_quotes_backslashes_and_control_characters() {
        assertThat(CompactJson.object(java.util.Map.of("titolo", "a \"b\" \\ c\n\u0001")))
                .isEqualTo("{\"titolo\":\"a \\\"b\\\" \\\\ c\\n\\u0001\"}");
        assertThat(CompactJson.object(java.util.Map.of())).isEmpty();
    }
}
