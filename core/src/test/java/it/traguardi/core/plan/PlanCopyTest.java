package it.traguardi.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlanCopyTest {

    private static Indicator indicator(int id, Map<Integer, String> baselines, Map<Integer, String> targets) {
        var b = new TreeMap<Integer, Value>();
        baselines.forEach((y, t) -> b.put(y, ItalianFormat.parseValue(t)));
        var t = new TreeMap<Integer, Target>();
        targets.forEach((y, text) -> t.put(y, ItalianFormat.parseTarget(text)));
        return new Indicator(new NodeId(id), "I" + id, "Indicatore " + id, Weight.percent("50"),
                new IndicatorDefinition("misura", Unit.COUNT, b, t, "fonte", "ufficio", "M1"));
    }

    /** An OS indicator #3 with three targets and an OO indicator #5 with its one target. */
    private static Plan plan() {
        var osIndicator = indicator(3, Map.of(2019, "10 N.", 2020, "11 N.", 2021, "12 N."),
                Map.of(2022, "≥ 13 N.", 2023, "≥ 14 N.", 2024, "≥ 15 N."));
        var ooIndicator = indicator(5, Map.of(2021, "7 N."), Map.of(2022, "≥ 8 N."));
        var oo = new OperationalObjective(new NodeId(4), "1.1.1", "OO", Weight.FULL, List.of(ooIndicator));
        var os = new StrategicObjective(new NodeId(2), "1.1", "OS", Weight.FULL, Weight.percent("50"),
                List.of(osIndicator), Weight.percent("50"), List.of(oo));
        return new Plan("Modena", 2022, List.of(2019, 2020, 2021), List.of(2022, 2023, 2024),
                List.of(new StrategicArea(new NodeId(1), "1", "Ambito", Weight.FULL, List.of(os))));
    }

    private static IndicatorDefinition definition(Plan plan, int id) {
        return plan.indicators().filter(i -> i.id().value() == id).findFirst().orElseThrow().definition();
    }

    @Test
    void the_copy_is_next_years_plan_with_the_same_tree_and_ids() {
        var copy = PlanCopy.toNextYear(plan(), Map.of());

        assertThat(copy.year()).isEqualTo(2023);
        assertThat(copy.entity()).isEqualTo("Modena");
        assertThat(copy.targetYears()).containsExactly(2023, 2024, 2025);
        assertThat(copy.baselineYears()).containsExactly(2020, 2021, 2022);
        assertThat(copy.nodes()).extracting(PlanNode::id).isEqualTo(plan().nodes().stream().map(PlanNode::id).toList());
        assertThat(copy.nodes()).extracting(PlanNode::weight).isEqualTo(plan().nodes().stream().map(PlanNode::weight).toList());
        assertThat(definition(copy, 3).formula()).isEqualTo("M1");
    }

    @Test
    void this_years_actual_values_become_the_baselines_of_this_year() {
        var copy = PlanCopy.toNextYear(plan(), Map.of(new NodeId(3), ItalianFormat.parseValue("16 N.")));

        assertThat(definition(copy, 3).baselines()).containsOnlyKeys(2020, 2021, 2022)
                .containsEntry(2022, ItalianFormat.parseValue("16 N."));
        assertThat(definition(copy, 5).baselines()).containsEntry(2021, ItalianFormat.parseValue("7 N."))
                .containsEntry(2022, Value.MISSING);
    }

    @Test
    void planned_years_keep_their_targets_and_a_year_without_one_stays_empty() {
        var copy = PlanCopy.toNextYear(plan(), Map.of());

        // #3 planned 2022-2024: 2023 and 2024 stay, the new last year 2025 is for the planners to set
        assertThat(definition(copy, 3).targets()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                2023, ItalianFormat.parseTarget("≥ 14 N."), 2024, ItalianFormat.parseTarget("≥ 15 N."))));
        // #5 had a target for 2022 only: its 2022 target is not repeated as 2023's
        assertThat(definition(copy, 5).targets()).isEmpty();
    }

    @Test
    void the_checks_of_the_copy_list_each_indicator_without_a_target_for_a_plan_year() {
        var copy = PlanCopy.toNextYear(plan(), Map.of());

        var missing = PlanCheck.check(copy).stream().filter(f -> f.kind() == FindingKind.MISSING_TARGET).toList();

        // #3 lacks the new last year 2025; #5, an annual indicator, lacks the new plan year 2023
        assertThat(missing).extracting(Finding::nodes).containsExactly(List.of(new NodeId(3)), List.of(new NodeId(5)));
        assertThat(missing).extracting(f -> Messages.forLanguage("it").render(f.message())).containsExactly(
                "«I3 - Indicatore 3» non ha un target per il 2025", "«I5 - Indicatore 5» non ha un target per il 2023");
    }

    @Test
    void the_original_plan_has_no_finding_of_a_missing_target() {
        assertThat(PlanCheck.check(plan())).noneMatch(f -> f.kind() == FindingKind.MISSING_TARGET);
    }

    @Test
    void the_copy_keeps_the_targets_as_written_for_the_years_it_keeps() {
        var t = new TreeMap<Integer, Target>();
        t.put(2022, ItalianFormat.parseTarget("almeno 13 N."));
        t.put(2023, ItalianFormat.parseTarget("non inferiore a 14 N"));
        var written = new TreeMap<>(Map.of(2022, "almeno 13 N.", 2023, "non inferiore a 14 N"));
        var indicator = new Indicator(new NodeId(3), "I3", "Indicatore 3", Weight.FULL,
                new IndicatorDefinition("misura", Unit.COUNT, new TreeMap<>(), t, "", "", "", written));
        var os = new StrategicObjective(new NodeId(2), "1.1", "OS", Weight.FULL, Weight.FULL, List.of(indicator),
                Weight.ZERO, List.of());
        var plan = new Plan("Modena", 2022, List.of(2021), List.of(2022, 2023),
                List.of(new StrategicArea(new NodeId(1), "1", "Ambito", Weight.FULL, List.of(os))));

        var copy = definition(PlanCopy.toNextYear(plan, Map.of()), 3);

        // 2022 leaves the target years; 2023 keeps its target and the words the plan wrote it in
        assertThat(copy.writtenTargets()).containsExactly(Map.entry(2023, "non inferiore a 14 N"));
        assertThat(copy.targetWritings()).containsEntry(2023, "non inferiore a 14 N");
    }
}
