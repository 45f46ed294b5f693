package it.traguardi.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import it.traguardi.core.plan.NodeMatch.Outcome;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NodeMatchingTest {

    /** The stored plan of {@link PlanEditsTest#plan()}: ids 1..8, indicators I3, I4 (OS 1.1) and I6 (OO 1.1.1). */
    private static final Plan STORED = PlanEditsTest.plan();

    /** The same tree read again from a file: ids given anew in reading order, from 1. */
    private static Plan reread(List<StrategicArea> areas) {
        return Renumbering.inReadingOrder(
                new Plan(STORED.entity(), STORED.year(), STORED.baselineYears(), STORED.targetYears(), areas));
    }

    private static PlanNode find(Plan plan, String code) {
        return plan.nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private static Indicator indicator(int id, String code, String title, String formula) {
        return new Indicator(new NodeId(id), code, title, Weight.FULL,
                new IndicatorDefinition("", Unit.COUNT, new TreeMap<>(), new TreeMap<>(), "", "", formula));
    }

    @Test
    void the_same_plan_read_again_keeps_every_id_and_issues_none() {
        var matching = NodeMatching.of(STORED, reread(STORED.areas()));

        assertThat(matching.plan()).isEqualTo(STORED);
        assertThat(matching.unchanged()).isTrue();
        assertThat(matching.counts()).containsEntry(Outcome.KEPT, 8).containsEntry(Outcome.NEW, 0);
    }

    @Test
    void an_area_inserted_on_top_gets_a_new_id_and_every_stored_node_keeps_its_own() {
        var added = new StrategicArea(new NodeId(99), "0", "Ambito nuovo", Weight.percent("10"), List.of());
        var areas = new ArrayList<StrategicArea>();
        areas.add(added);
        areas.addAll(STORED.areas());
        var incoming = reread(areas);

        var matching = NodeMatching.of(STORED, incoming);

        // every stored node keeps its id under its code, whatever position it now has
        for (var node : STORED.nodes()) {
            assertThat(find(matching.plan(), node.code()).id()).isEqualTo(node.id());
        }
        // the new area takes the first id never issued: 9, not the 1 its reading gave it
        assertThat(find(matching.plan(), "0").id()).isEqualTo(new NodeId(9));
        assertThat(matching.plan().lastIssuedId()).isEqualTo(9);
        assertThat(matching.counts()).containsEntry(Outcome.KEPT, 8).containsEntry(Outcome.NEW, 1)
                .containsEntry(Outcome.GONE, 0);
        assertThat(matching.unchanged()).isFalse();
        // listed by outcome, as the preview counts them: the new area read first comes after the kept nodes
        assertThat(matching.matches()).extracting(NodeMatch::outcome).isSorted().endsWith(Outcome.NEW);
    }

    @Test
    void a_kept_or_renamed_node_keeps_its_id_and_nothing_else_may_say_so() {
        var stored = find(STORED, "I3");
        var other = find(STORED, "I4");

        assertThatIllegalArgumentException().isThrownBy(() -> new NodeMatch.Kept(stored, other, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NodeMatch.Renamed(stored, other, NodeMatch.Basis.CODE, false));
        assertThat(new NodeMatch.Kept(stored, stored, true).outcome()).isEqualTo(Outcome.MOVED);
    }

    @Test
    void a_new_node_never_takes_the_id_of_a_node_deleted_before() {
        var stored = PlanEdits.delete(STORED, new NodeId(7));
        assertThat(stored.lastIssuedId()).isEqualTo(8);
        var incoming = reread(List.of(STORED.areas().getFirst(),
                new StrategicArea(new NodeId(50), "3", "Ambito tre", Weight.percent("30"), List.of())));

        var matching = NodeMatching.of(stored, incoming);

        assertThat(find(matching.plan(), "3").id()).isEqualTo(new NodeId(9));
    }

    @Test
    void a_corrected_title_keeps_the_node_by_its_code_and_a_corrected_code_by_its_title() {
        var incoming = PlanEdits.edit(PlanEdits.edit(STORED, new NodeId(3), "I3", "Titolo corretto", Weight.percent("60")),
                new NodeId(4), "I4-bis", "Indicatore 4", Weight.percent("40"));

        var matching = NodeMatching.of(STORED, reread(incoming.areas()));

        assertThat(find(matching.plan(), "I3").id()).isEqualTo(new NodeId(3));
        assertThat(find(matching.plan(), "I4-bis").id()).isEqualTo(new NodeId(4));
        assertThat(matching.matches()).filteredOn(m -> m instanceof NodeMatch.Renamed)
                .extracting(m -> ((NodeMatch.Renamed) m).basis())
                .containsExactlyInAnyOrder(NodeMatch.Basis.CODE, NodeMatch.Basis.TITLE);
    }

    @Test
    void a_node_under_another_parent_is_moved_and_keeps_its_id() {
        var incoming = PlanEdits.moveTo(STORED, new NodeId(2), new SiblingGroup.Objectives(new NodeId(7)));

        var matching = NodeMatching.of(STORED, reread(incoming.areas()));

        assertThat(find(matching.plan(), "1.1").id()).isEqualTo(new NodeId(2));
        assertThat(matching.matches()).filteredOn(m -> m.outcome() == Outcome.MOVED)
                .extracting(m -> ((NodeMatch.Kept) m).stored().code()).containsExactly("1.1");
    }

    @Test
    void an_indicator_with_new_code_and_title_but_the_same_formula_is_the_same_indicator() {
        var stored = PlanTrees.rewrite(STORED, (group, members) -> members.stream()
                .map(n -> n.id().equals(new NodeId(6)) ? indicator(6, "I6", "Indicatore 6", "D1 + D2") : n).toList());
        var incoming = PlanTrees.rewrite(STORED, (group, members) -> members.stream()
                .map(n -> n.id().equals(new NodeId(6)) ? indicator(6, "X", "Altro titolo", "D1 + D2") : n).toList());

        var matching = NodeMatching.of(stored, reread(incoming.areas()));

        assertThat(find(matching.plan(), "X").id()).isEqualTo(new NodeId(6));
        assertThat(matching.matches()).filteredOn(m -> m instanceof NodeMatch.Renamed)
                .extracting(m -> ((NodeMatch.Renamed) m).basis()).containsExactly(NodeMatch.Basis.FORMULA);
    }

    @Test
    void an_indicator_alike_only_by_its_place_is_uncertain_and_carries_nothing() {
        var incoming = PlanEdits.edit(STORED, new NodeId(6), "Z9", "Tutt'altra cosa", Weight.FULL);

        var matching = NodeMatching.of(STORED, reread(incoming.areas()));

        var z9 = find(matching.plan(), "Z9");
        assertThat(z9.id()).isEqualTo(new NodeId(9));
        assertThat(matching.matches()).filteredOn(m -> m instanceof NodeMatch.Uncertain).singleElement()
                .satisfies(m -> assertThat(((NodeMatch.Uncertain) m).stored().code()).isEqualTo("I6"));
        assertThat(matching.detached()).extracting(PlanNode::code).containsExactly("I6");
    }

    @Test
    void a_node_missing_from_the_new_plan_is_gone() {
        var incoming = PlanEdits.delete(STORED, new NodeId(4));

        var matching = NodeMatching.of(STORED, reread(incoming.areas()));

        assertThat(matching.detached()).extracting(PlanNode::code).containsExactly("I4");
        assertThat(matching.counts()).containsEntry(Outcome.GONE, 1).containsEntry(Outcome.KEPT, 7);
    }

    @Test
    void repeated_codes_and_titles_are_paired_in_the_order_of_the_tree() {
        var twin = new OperationalObjective(new NodeId(20), "1.1.1", "OO uno", Weight.FULL,
                List.of(PlanEditsTest.indicator(21, "100")));
        var stored = PlanTrees.rewrite(STORED, (group, members) -> group.equals(new SiblingGroup.Operationals(new NodeId(2)))
                ? List.of(members.getFirst(), twin) : members);

        var matching = NodeMatching.of(stored, reread(stored.areas()));

        assertThat(matching.plan()).isEqualTo(stored);
    }

    @Test
    void two_swapped_codes_carry_nothing_since_code_and_title_point_to_different_nodes() {
        // I3 and I4 swap their codes, each keeping its title: by code each would take the other's values
        var incoming = PlanEdits.edit(PlanEdits.edit(STORED, new NodeId(3), "I4", "Indicatore 3", Weight.percent("60")),
                new NodeId(4), "I3", "Indicatore 4", Weight.percent("40"));

        var matching = NodeMatching.of(STORED, reread(incoming.areas()));

        assertThat(matching.matches()).filteredOn(m -> m instanceof NodeMatch.Uncertain).hasSize(2);
        assertThat(matching.detached()).extracting(PlanNode::code).containsExactlyInAnyOrder("I3", "I4");
        assertThat(find(matching.plan(), "I3").id().value()).isGreaterThan(8);
        assertThat(find(matching.plan(), "I4").id().value()).isGreaterThan(8);
    }

    @Test
    void a_code_given_to_a_new_indicator_does_not_bring_it_the_old_indicator_s_values() {
        // I6 is renamed I6-old (same title); a new indicator under the same OO takes the code I6
        var renamed = PlanEdits.edit(STORED, new NodeId(6), "I6-old", "Indicatore 6", Weight.FULL);
        var incoming = PlanEdits.add(renamed, new SiblingGroup.OperationalIndicators(new NodeId(5)), "I6",
                "Nuove imprese esportatrici", Weight.ZERO);

        var matching = NodeMatching.of(STORED, reread(incoming.areas()));

        assertThat(find(matching.plan(), "I6").id()).isNotEqualTo(new NodeId(6));
        assertThat(matching.matches()).noneMatch(m -> m instanceof NodeMatch.Renamed r && r.incoming().code().equals("I6"));
    }

    @Test
    void of_two_twins_the_one_left_in_place_keeps_its_id_when_the_other_moves() {
        // two indicators with the same code and title: #3 under OS #2 and #20 under OO #5
        var twin = new Indicator(new NodeId(20), "I3", "Indicatore 3", Weight.ZERO, PlanEditsTest.indicator(3, "0").definition());
        var stored = PlanTrees.rewrite(STORED, (group, members) -> group.equals(new SiblingGroup.OperationalIndicators(
                new NodeId(5))) ? List.of(members.getFirst(), twin) : members);
        // the first twin (#3, under OS #2) moves under OS #8; #20 stays under OO #5
        var incoming = PlanEdits.moveTo(stored, new NodeId(3), new SiblingGroup.ObjectiveIndicators(new NodeId(8)));

        var matching = NodeMatching.of(stored, reread(incoming.areas()));

        var underOo = matching.plan().operationalObjectives().filter(oo -> oo.code().equals("1.1.1")).findFirst()
                .orElseThrow().indicators();
        assertThat(underOo).extracting(PlanNode::id).contains(new NodeId(20));
        assertThat(matching.counts()).containsEntry(Outcome.MOVED, 1);
    }
}
