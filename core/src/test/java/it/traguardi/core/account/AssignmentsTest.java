package it.traguardi.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueTarget;
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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What an assignment covers: its indicator, the indicators of its unit, their measures, the objectives above them. */
class AssignmentsTest {

    /** Area #1: OS #2 with indicator #3 (Ufficio Studi, M1 + M2) and OO #5 with indicator #6 (Registro imprese, M3); area #7: OS #8 with #9 (M2). */
    static Plan plan() {
        var oo5 = new OperationalObjective(new NodeId(5), "1.1.1", "OO uno", Weight.FULL,
                List.of(indicator(6, "Registro imprese", "M3")));
        var os2 = new StrategicObjective(new NodeId(2), "1.1", "OS uno", Weight.FULL, Weight.percent("50"),
                List.of(indicator(3, "Ufficio Studi", "M1 + M2")), Weight.percent("50"), List.of(oo5));
        var os8 = new StrategicObjective(new NodeId(8), "2.1", "OS due", Weight.FULL, Weight.FULL,
                List.of(indicator(9, "", "M2")), Weight.percent("0"), List.of());
        return new Plan("Modena", 2022, List.of(2021), List.of(2022), List.of(
                new StrategicArea(new NodeId(1), "1", "Ambito uno", Weight.percent("70"), List.of(os2)),
                new StrategicArea(new NodeId(7), "2", "Ambito due", Weight.percent("30"), List.of(os8))));
    }

    static Indicator indicator(int id, String owner, String formula) {
        return new Indicator(new NodeId(id), "I" + id, "Indicatore " + id, Weight.FULL,
                new IndicatorDefinition("", Unit.COUNT, new TreeMap<>(), new TreeMap<>(), "", owner, formula));
    }

    private static Assignments of(Assignment.Scope... scopes) {
        return new Assignments(List.of(scopes));
    }

    @Test
    void an_assigned_indicator_covers_itself_its_measures_and_the_objectives_above_it_only() {
        var plan = plan();
        var mine = of(new Assignment.Scope.OfIndicator(new NodeId(6)));

        assertThat(mine.covers(plan, ValueTarget.indicator(new NodeId(6)))).isTrue();
        assertThat(mine.covers(plan, ValueTarget.measure("M3"))).isTrue();
        assertThat(mine.covers(plan, ValueTarget.measure("M1"))).isFalse();
        assertThat(mine.covers(plan, ValueTarget.indicator(new NodeId(3)))).isFalse();
        // OO #5 and OS #2 hold indicator #6; area #7 does not
        assertThat(mine.covers(plan, new NodeId(5))).isTrue();
        assertThat(mine.covers(plan, new NodeId(2))).isTrue();
        assertThat(mine.covers(plan, new NodeId(7))).isFalse();
        assertThat(mine.covers(plan, new NodeId(3))).isFalse();
    }

    @Test
    void a_unit_covers_the_indicators_it_owns_as_written_whatever_the_case() {
        var plan = plan();
        var mine = of(new Assignment.Scope.OfOwner("  ufficio studi "));

        assertThat(mine.covers(plan, ValueTarget.indicator(new NodeId(3)))).isTrue();
        assertThat(mine.covers(plan, ValueTarget.measure("M2"))).isTrue();
        assertThat(mine.covers(plan, ValueTarget.indicator(new NodeId(6)))).isFalse();
        // indicator #9 has no owner: no unit covers it
        assertThat(mine.covers(plan, ValueTarget.indicator(new NodeId(9)))).isFalse();
    }

    @Test
    void a_measure_covers_only_that_measure() {
        var plan = plan();
        var mine = of(new Assignment.Scope.OfMeasure("M2"));

        assertThat(mine.covers(plan, ValueTarget.measure("M2"))).isTrue();
        assertThat(mine.covers(plan, ValueTarget.measure("M1"))).isFalse();
        assertThat(mine.covers(plan, ValueTarget.indicator(new NodeId(9)))).isFalse();
        assertThat(Assignments.NONE.covers(plan, ValueTarget.measure("M2"))).isFalse();
    }

    @Test
    void an_assignment_is_read_with_exactly_one_scope_and_the_indicator_by_its_code() {
        var plan = plan();

        assertThat(AssignmentText.read(plan, " rossi ", "I6", "", "")).isEqualTo(new AssignmentText.Reading.Accepted(
                new Assignment("Modena", 2022, "rossi", new Assignment.Scope.OfIndicator(new NodeId(6)))));
        assertThat(AssignmentText.read(plan, "rossi", "", "", "Ufficio Studi")).isEqualTo(new AssignmentText.Reading.Accepted(
                new Assignment("Modena", 2022, "rossi", new Assignment.Scope.OfOwner("Ufficio Studi"))));
        assertThat(AssignmentText.read(plan, "rossi", "I6", "M1", "")).isEqualTo(new AssignmentText.Reading.Refused(
                AssignmentText.Field.MEASURE, Message.of("assign.scope.one")));
        assertThat(AssignmentText.read(plan, "rossi", "", "", "")).isEqualTo(new AssignmentText.Reading.Refused(
                AssignmentText.Field.INDICATOR, Message.of("assign.scope.one")));
        assertThat(AssignmentText.read(plan, "", "I6", "", "")).isEqualTo(new AssignmentText.Reading.Refused(
                AssignmentText.Field.USER, Message.of("assign.user.missing")));
        assertThat(AssignmentText.read(plan, "rossi", "I99", "", "")).isEqualTo(new AssignmentText.Reading.Refused(
                AssignmentText.Field.INDICATOR, Message.of("assign.indicator.unknown", "I99", "Modena", "2022", 0)));
    }

    @Test
    void a_login_too_long_or_with_a_control_character_is_refused_on_the_user() {
        var plan = plan();

        var tooLong = AssignmentText.read(plan, "r".repeat(201), "I6", "", "");
        var control = AssignmentText.read(plan, "ros\u0007si", "I6", "", "");

        assertThat(tooLong).isInstanceOfSatisfying(AssignmentText.Reading.Refused.class, r -> {
            assertThat(r.field()).isEqualTo(AssignmentText.Field.USER);
            assertThat(r.problem().key()).isEqualTo("limit.text.too-long");
        });
        assertThat(control).isInstanceOfSatisfying(AssignmentText.Reading.Refused.class,
                r -> assertThat(r.problem().key()).isEqualTo("limit.text.control"));
    }
}
