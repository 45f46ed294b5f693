package it.traguardi.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The references of a full plan: each broken one a problem at its path, a sound plan none. */
class FullPlanCheckTest {

    /** A row of the section with the fields given, the others empty. */
    private static FullRow row(FullSection section, Object... fieldsAndValues) {
        var cells = new ArrayList<FullCell>();
        section.fields().forEach(f -> cells.add(FullCell.EMPTY));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            cells.set(section.index((String) fieldsAndValues[i]), switch (fieldsAndValues[i + 1]) {
                case Integer n -> FullCell.of(n);
                case String s -> new FullCell.Text(s);
                case BigDecimal d -> new FullCell.Decimal(d);
                case Instant t -> new FullCell.Time(t);
                case Boolean b -> new FullCell.Flag(b);
                default -> throw new IllegalArgumentException("no cell for " + fieldsAndValues[i + 1]);
            });
        }
        return new FullRow(cells);
    }

    /** An area (1) with an objective (2) and an indicator (3); the plan issued key 4 too, since deleted. */
    private static Map<FullSection, List<FullRow>> sound() {
        var sections = new EnumMap<FullSection, List<FullRow>>(FullSection.class);
        sections.put(FullSection.PLAN, List.of(row(FullSection.PLAN, "last_node_key", 4, "state", "APPROVED")));
        sections.put(FullSection.NODE_IDENTITIES, List.of(row(FullSection.NODE_IDENTITIES, "node_key", 1),
                row(FullSection.NODE_IDENTITIES, "node_key", 2), row(FullSection.NODE_IDENTITIES, "node_key", 3),
                row(FullSection.NODE_IDENTITIES, "node_key", 4)));
        sections.put(FullSection.NODES, List.of(row(FullSection.NODES, "node_key", 1, "kind", "AREA"),
                row(FullSection.NODES, "node_key", 2, "parent_key", 1, "kind", "STRATEGIC_OBJECTIVE"),
                row(FullSection.NODES, "node_key", 3, "parent_key", 2, "kind", "INDICATOR")));
        sections.put(FullSection.MEASURES, List.of(row(FullSection.MEASURES, "code", "M1")));
        sections.put(FullSection.VALUES, List.of(
                row(FullSection.VALUES, "id", 1, "target_kind", "INDICATOR", "node_key", 4, "kind", "MISSING"),
                row(FullSection.VALUES, "id", 2, "target_kind", "MEASURE", "measure_code", "M1", "kind", "NUMBER",
                        "amount", new BigDecimal("12.5"), "amount_scale", 1, "unit", "COUNT")));
        sections.put(FullSection.CONFIRMATIONS, List.of(row(FullSection.CONFIRMATIONS, "target_kind", "MEASURE",
                "measure_code", "M1", "value_id", 2)));
        sections.put(FullSection.ASSIGNMENTS, List.of(row(FullSection.ASSIGNMENTS, "scope_kind", "indicatore", "scope_key", "3")));
        sections.put(FullSection.VERSIONS, List.of(row(FullSection.VERSIONS, "version_number", 1)));
        sections.put(FullSection.VERSION_NODES, List.of(row(FullSection.VERSION_NODES, "version_number", 1, "node_key", 1)));
        return sections;
    }

    private static List<String> problems(Map<FullSection, List<FullRow>> sections) {
        return FullPlanCheck.of(new FullPlan("Modena", 2022, sections)).stream()
                .map(p -> p.path() + " " + p.message().key() + " " + p.message().args()).toList();
    }

    @Test
    void a_sound_plan_with_a_value_of_a_node_since_deleted_has_no_problem() {
        assertThat(problems(sound())).isEmpty();
    }

    /** The policy row as the store writes it: continuous scores, lights 90/70, provisional below 50%. */
    private static FullRow policy(Object... changed) {
        var fields = new ArrayList<Object>(List.of("cap_at_full", true, "bands", "", "late_kind", "NONE",
                "missing", "EXCLUDE_AND_RESCALE", "achieved_from", new BigDecimal("90"), "partly_from", new BigDecimal("70"),
                "provisional_below", new BigDecimal("50")));
        for (int i = 0; i < changed.length; i += 2) {
            int at = fields.indexOf(changed[i]);
            if (at < 0) {
                fields.add(changed[i]);
                fields.add(changed[i + 1]);
            } else {
                fields.set(at + 1, changed[i + 1]);
            }
        }
        return row(FullSection.POLICY, fields.toArray());
    }

    @Test
    void a_policy_row_that_makes_no_scoring_rules_is_refused_at_its_column() {
        // each of these was stored, and then every score, report and policy of the plan failed to load
        for (var bad : List.of(
                List.of(policy("bands", "abc"), "$.policy[0].bands full.problem.policy-column [abc]"),
                List.of(policy("bands", "100,0,50"), "$.policy[0].bands full.problem.policy-column [100,0,50]"),
                List.of(policy("achieved_from", new BigDecimal("10"), "partly_from", new BigDecimal("95")),
                        "$.policy[0].partly_from full.problem.policy-column [95]"),
                List.of(policy("late_kind", "PER_DAY"), "$.policy[0].late_amount full.problem.policy-column [null]"),
                List.of(policy("late_kind", "FIXED", "late_amount", new BigDecimal("150")),
                        "$.policy[0].late_amount full.problem.policy-column [150]"),
                List.of(policy("provisional_below", new BigDecimal("101")),
                        "$.policy[0].provisional_below full.problem.policy-column [101]"))) {
            var sections = sound();
            sections.put(FullSection.POLICY, List.of((FullRow) bad.get(0)));

            assertThat(problems(sections)).containsExactly((String) bad.get(1));
        }
    }

    @Test
    void a_policy_row_as_the_store_writes_it_has_no_problem() {
        var sections = sound();
        sections.put(FullSection.POLICY, List.of(policy("bands", "0,70,90,100", "late_kind", "PER_WEEK",
                "late_amount", new BigDecimal("10"), "floor_percent", new BigDecimal("60"))));

        assertThat(problems(sections)).isEmpty();
    }

    @Test
    void years_of_baselines_or_targets_that_are_no_years_are_refused_at_their_field() {
        // "abc" was caught only when the stored tree was read back, in the words of a Java exception
        var sections = sound();
        sections.put(FullSection.PLAN, List.of(row(FullSection.PLAN, "last_node_key", 4, "state", "APPROVED",
                "baseline_years", "abc", "target_years", "2022,,2024")));
        sections.put(FullSection.VERSIONS, List.of(row(FullSection.VERSIONS, "version_number", 1,
                "baseline_years", "2021", "target_years", "2022,3000")));

        assertThat(problems(sections)).containsExactly(
                "$.plan.baseline_years full.problem.years [1900, 2999, abc]",
                "$.plan.target_years full.problem.years [1900, 2999, 2022,,2024]",
                "$.versions[0].target_years full.problem.years [1900, 2999, 2022,3000]");
    }

    @Test
    void a_confirmation_of_a_value_not_in_the_document_and_an_assignment_of_an_unknown_indicator_are_refused() {
        var sections = sound();
        sections.put(FullSection.CONFIRMATIONS, List.of(row(FullSection.CONFIRMATIONS, "target_kind", "MEASURE",
                "measure_code", "M1", "value_id", 7)));
        sections.put(FullSection.ASSIGNMENTS, List.of(row(FullSection.ASSIGNMENTS, "scope_kind", "indicatore", "scope_key", "abc")));

        assertThat(problems(sections)).containsExactly(
                "$.confirmations[0].value_id full.problem.unknown [7]",
                "$.assignments[0].scope_key full.problem.unknown [abc]");
    }

    @Test
    void frozen_rows_of_an_unknown_version_and_a_key_issued_above_the_last_are_refused() {
        var sections = sound();
        sections.put(FullSection.VERSION_NODES, List.of(row(FullSection.VERSION_NODES, "version_number", 2, "node_key", 1)));
        sections.put(FullSection.PLAN, List.of(row(FullSection.PLAN, "last_node_key", 3, "state", "APPROVED")));

        assertThat(problems(sections)).containsExactly(
                "$.plan.last_node_key full.problem.last-key [3, 4]",
                "$.version_nodes[0].version_number full.problem.unknown [2]");
    }

    @Test
    void a_number_without_its_unit_and_with_more_decimals_than_its_scale_is_refused() {
        var sections = sound();
        sections.put(FullSection.VALUES, List.of(row(FullSection.VALUES, "id", 1, "target_kind", "MEASURE",
                "measure_code", "M1", "kind", "NUMBER", "amount", new BigDecimal("12.55"), "amount_scale", 1)));
        sections.put(FullSection.CONFIRMATIONS, List.of());

        assertThat(problems(sections)).containsExactly(
                "$.values[0].unit full.problem.needed [NUMBER]",
                "$.values[0].amount_scale full.problem.scale [12.55, 1]");
    }
}
