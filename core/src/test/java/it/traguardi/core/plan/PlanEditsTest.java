package it.traguardi.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanEditsTest {

    /** Area #1 (OS #2 with indicators #3 #4 and OO #5 with indicator #6), area #7 (OS #8). */
    static Plan plan() {
        var i3 = indicator(3, "60");
        var i4 = indicator(4, "40");
        var oo5 = new OperationalObjective(new NodeId(5), "1.1.1", "OO uno", Weight.FULL, List.of(indicator(6, "100")));
        var os2 = new StrategicObjective(new NodeId(2), "1.1", "OS uno", Weight.FULL, Weight.percent("50"),
                List.of(i3, i4), Weight.percent("50"), List.of(oo5));
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

    private static List<Integer> ids(List<? extends PlanNode> nodes) {
        return nodes.stream().map(n -> n.id().value()).toList();
    }

    @Test
    void editing_a_node_changes_its_code_title_and_weight_and_keeps_its_children() {
        var edited = PlanEdits.edit(plan(), new NodeId(2), "1.9", "OS rinominato", Weight.percent("100"));

        var os = edited.strategicObjectives().findFirst().orElseThrow();
        assertThat(os.code()).isEqualTo("1.9");
        assertThat(os.title()).isEqualTo("OS rinominato");
        assertThat(ids(os.indicators())).containsExactly(3, 4);
        assertThat(edited.nodes()).hasSize(plan().nodes().size());
    }

    @Test
    void a_weight_group_that_sums_to_100_is_saved_in_member_order() {
        var edited = PlanEdits.setWeights(plan(), new SiblingGroup.ObjectiveIndicators(new NodeId(2)),
                List.of(Weight.percent("33.33"), Weight.percent("66.67")));

        var os = edited.strategicObjectives().findFirst().orElseThrow();
        assertThat(os.indicators()).extracting(Indicator::weight)
                .containsExactly(Weight.percent("33.33"), Weight.percent("66.67"));
    }

    @Test
    void a_weight_group_that_sums_to_90_is_refused_with_the_sum() {
        assertThatThrownBy(() -> PlanEdits.setWeights(plan(), new SiblingGroup.Areas(),
                List.of(Weight.percent("60"), Weight.percent("30"))))
                .isInstanceOfSatisfying(PlanEditException.class, e -> {
                    assertThat(e.reason().key()).isEqualTo("plan.edit.weights-sum");
                    assertThat(e.reason().args()).containsExactly("90,00%");
                });
    }

    @Test
    void sums_within_one_hundredth_of_100_are_accepted() {
        var edited = PlanEdits.setWeights(plan(), new SiblingGroup.Areas(),
                List.of(Weight.percent("33.33"), Weight.percent("66.66")));

        assertThat(edited.areas().get(1).weight()).isEqualTo(Weight.percent("66.66"));
    }

    @Test
    void the_two_parts_of_an_objective_are_weighted_together() {
        var edited = PlanEdits.setWeights(plan(), new SiblingGroup.Parts(new NodeId(2)),
                List.of(Weight.percent("30"), Weight.percent("70")));

        var os = edited.strategicObjectives().findFirst().orElseThrow();
        assertThat(os.indicatorGroupWeight()).isEqualTo(Weight.percent("30"));
        assertThat(os.operationalGroupWeight()).isEqualTo(Weight.percent("70"));
    }

    @Test
    void a_weight_list_of_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> PlanEdits.setWeights(plan(), new SiblingGroup.Areas(), List.of(Weight.FULL)))
                .isInstanceOfSatisfying(PlanEditException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("plan.edit.weights-count"));
    }

    @Test
    void a_new_node_takes_the_next_id_and_the_level_of_its_group() {
        var edited = PlanEdits.add(plan(), new SiblingGroup.Operationals(new NodeId(8)), "2.1.1", "Nuovo OO", Weight.ZERO);

        var os = edited.strategicObjectives().toList().get(1);
        assertThat(os.operationalObjectives()).singleElement().satisfies(oo -> {
            assertThat(oo.id()).isEqualTo(new NodeId(9));
            assertThat(oo.title()).isEqualTo("Nuovo OO");
        });
    }

    @Test
    void a_node_added_after_a_delete_does_not_take_the_deleted_node_s_id() {
        // #8 is the highest id; deleting area #7 removes it from the tree, not from the ids issued
        var deleted = PlanEdits.delete(plan(), new NodeId(7));
        var added = PlanEdits.add(deleted, new SiblingGroup.Areas(), "3", "Ambito tre", Weight.ZERO);

        assertThat(ids(added.areas())).containsExactly(1, 9);
        assertThat(added.lastIssuedId()).isEqualTo(9);
    }

    @Test
    void adding_under_a_missing_parent_is_refused() {
        assertThatThrownBy(() -> PlanEdits.add(plan(), new SiblingGroup.OperationalIndicators(new NodeId(3)), "", "x",
                Weight.ZERO)).isInstanceOf(PlanEditException.class);
    }

    @Test
    void deleting_a_node_removes_its_subtree() {
        var edited = PlanEdits.delete(plan(), new NodeId(5));

        assertThat(ids(edited.nodes())).containsExactly(1, 2, 3, 4, 7, 8);
    }

    @Test
    void deleting_an_unknown_node_is_refused() {
        assertThatThrownBy(() -> PlanEdits.delete(plan(), new NodeId(99)))
                .isInstanceOfSatisfying(PlanEditException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("plan.edit.no-node"));
    }

    @Test
    void moving_down_and_up_swaps_neighbours_and_the_ends_are_refused() {
        var down = PlanEdits.move(plan(), new NodeId(3), +1);
        assertThat(ids(down.strategicObjectives().findFirst().orElseThrow().indicators())).containsExactly(4, 3);

        var up = PlanEdits.move(down, new NodeId(3), -1);
        assertThat(ids(up.strategicObjectives().findFirst().orElseThrow().indicators())).containsExactly(3, 4);

        assertThatThrownBy(() -> PlanEdits.move(plan(), new NodeId(1), -1)).isInstanceOf(PlanEditException.class);
        assertThatThrownBy(() -> PlanEdits.move(plan(), new NodeId(7), +1)).isInstanceOf(PlanEditException.class);
    }

    @Test
    void moving_to_another_parent_of_the_right_level_carries_the_subtree() {
        var edited = PlanEdits.moveTo(plan(), new NodeId(5), new SiblingGroup.Operationals(new NodeId(8)));

        var objectives = edited.strategicObjectives().toList();
        assertThat(objectives.get(0).operationalObjectives()).isEmpty();
        assertThat(ids(objectives.get(1).operationalObjectives())).containsExactly(5);
        assertThat(ids(objectives.get(1).operationalObjectives().getFirst().indicators())).containsExactly(6);
    }

    @Test
    void moving_to_a_group_of_another_level_is_refused() {
        assertThatThrownBy(() -> PlanEdits.moveTo(plan(), new NodeId(5), new SiblingGroup.ObjectiveIndicators(new NodeId(8))))
                .isInstanceOfSatisfying(PlanEditException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("plan.edit.wrong-level"));
    }

    @Test
    void the_group_of_a_node_is_found() {
        assertThat(PlanEdits.groupOf(plan(), new NodeId(6))).isEqualTo(new SiblingGroup.OperationalIndicators(new NodeId(5)));
        assertThat(PlanEdits.groupOf(plan(), new NodeId(7))).isEqualTo(new SiblingGroup.Areas());
    }

    @Test
    void a_definition_can_only_be_given_to_an_indicator() {
        var definition = new IndicatorDefinition("somma", Unit.EURO, new TreeMap<>(), new TreeMap<>(), "", "", "A + B");

        var edited = PlanEdits.define(plan(), new NodeId(4), definition);

        assertThat(edited.indicators().filter(i -> i.id().value() == 4).findFirst().orElseThrow().definition().formula())
                .isEqualTo("A + B");
        assertThatThrownBy(() -> PlanEdits.define(plan(), new NodeId(2), definition))
                .isInstanceOfSatisfying(PlanEditException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("plan.edit.not-indicator"));
    }

    @Test
    void moving_a_node_to_its_own_group_changes_nothing() {
        var plan = plan();

        assertThat(PlanEdits.moveTo(plan, new NodeId(3), new SiblingGroup.ObjectiveIndicators(new NodeId(2))))
                .isEqualTo(plan);
    }

    @Test
    void a_node_is_found_by_its_id_with_its_subtree() {
        var plan = plan();

        assertThat(PlanEdits.node(plan, new NodeId(7))).isEqualTo(plan.areas().get(1));
        assertThat(PlanEdits.node(plan, new NodeId(7)).kind()).isEqualTo(NodeKind.AREA);
    }

    @Test
    void the_members_of_a_group_come_whole_with_their_children() {
        var plan = plan();

        assertThat(PlanEdits.members(plan, new SiblingGroup.Areas())).containsExactlyElementsOf(plan.areas());
        assertThat(PlanEdits.members(plan, new SiblingGroup.Objectives(new NodeId(1))))
                .containsExactlyElementsOf(plan.areas().getFirst().objectives());
    }

    @Test
    void the_two_parts_of_an_objective_are_a_group_of_the_objective_level_that_nothing_moves_into() {
        var parts = new SiblingGroup.Parts(new NodeId(2));

        assertThat(parts.members()).isEqualTo(NodeKind.STRATEGIC_OBJECTIVE);
        assertThat(PlanEdits.members(plan(), parts)).isEmpty();
        assertThatThrownBy(() -> PlanEdits.moveTo(plan(), new NodeId(8), parts)).isInstanceOf(PlanEditException.class);
    }
}
