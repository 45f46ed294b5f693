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
    private static Row row(Section section, Object... fieldsAndValues) {
        var cells = new ArrayList<Cell>();
        section.fields().forEach(f -> cells.add(Cell.EMPTY));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            cells.set(section.index((String) fieldsAndValues[i]), switch (fieldsAndValues[i + 1]) {
                case Integer n -> Cell.of(n);
                case String s -> new Cell.Text(s);
                case BigDecimal d -> new Cell.Number(d);
                case Instant t -> new Cell.Time(t);
                case Boolean b -> new Cell.Flag(b);
                default -> throw new IllegalArgumentException("no cell for " + fieldsAndValues[i + 1]);
            });
        }
        return new Row(cells);
    }

    /** An area (1) with an objective (2) and an indicator (3); the plan issued key 4 too, since deleted. */
    private static Map<Section, List<Row>> sound() {
        var sections = new EnumMap<Section, List<Row>>(Section.class);
        sections.put(Section.PLAN, List.of(row(Section.PLAN, "last_node_key", 4, "state", "APPROVED")));
        sections.put(Section.NODE_IDENTITIES, List.of(row(Section.NODE_IDENTITIES, "node_key", 1),
                row(Section.NODE_IDENTITIES, "node_key", 2), row(Section.NODE_IDENTITIES, "node_key", 3),
                row(Section.NODE_IDENTITIES, "node_key", 4)));
        sections.put(Section.NODES, List.of(row(Section.NODES, "node_key", 1, "kind", "AREA"),
                row(Section.NODES, "node_key", 2, "parent_key", 1, "kind", "STRATEGIC_OBJECTIVE"),
                row(Section.NODES, "node_key", 3, "parent_key", 2, "kind", "INDICATOR")));
        sections.put(Section.MEASURES, List.of(row(Section.MEASURES, "code", "M1")));
        sections.put(Section.VALUES, List.of(
                row(Section.VALUES, "id", 1, "target_kind", "INDICATOR", "node_key", 4, "kind", "MISSING"),
                row(Section.VALUES, "id", 2, "target_kind", "MEASURE", "measure_code", "M1", "kind", "NUMBER",
                        "amount", new BigDecimal("12.5"), "amount_scale", 1, "unit", "COUNT")));
        sections.put(Section.CONFIRMATIONS, List.of(row(Section.CONFIRMATIONS, "target_kind", "MEASURE",
                "measure_code", "M1", "value_id", 2)));
        sections.put(Section.ASSIGNMENTS, List.of(row(Section.ASSIGNMENTS, "scope_kind", "indicatore", "scope_key", "3")));
        sections.put(Section.VERSIONS, List.of(row(Section.VERSIONS, "version_number", 1)));
        sections.put(Section.VERSION_NODES, List.of(row(Section.VERSION_NODES, "version_number", 1, "node_key", 1)));
        return sections;
    }

    private static List<String> problems(Map<Section, List<Row>> sections) {
        return FullPlanCheck.of(new FullPlan("Modena", 2022, sections)).stream()
                .map(p -> p.path() + " " + p.message().key() + " " + p.message().args()).toList();
    }

    @Test
    void a_sound_plan_with_a_value_of_a_node_since_deleted_has_no_problem() {
        assertThat(problems(sound())).isEmpty();
    }

    @Test
    void a_confirmation_of_a_value_not_in_the_document_and_an_assignment_of_an_unknown_indicator_are_refused() {
        var sections = sound();
        sections.put(Section.CONFIRMATIONS, List.of(row(Section.CONFIRMATIONS, "target_kind", "MEASURE",
                "measure_code", "M1", "value_id", 7)));
        sections.put(Section.ASSIGNMENTS, List.of(row(Section.ASSIGNMENTS, "scope_kind", "indicatore", "scope_key", "abc")));

        assertThat(problems(sections)).containsExactly(
                "$.confirmations[0].value_id full.problem.unknown [7]",
                "$.assignments[0].scope_key full.problem.unknown [abc]");
    }

    @Test
    void frozen_rows_of_an_unknown_version_and_a_key_issued_above_the_last_are_refused() {
        var sections = sound();
        sections.put(Section.VERSION_NODES, List.of(row(Section.VERSION_NODES, "version_number", 2, "node_key", 1)));
        sections.put(Section.PLAN, List.of(row(Section.PLAN, "last_node_key", 3, "state", "APPROVED")));

        assertThat(problems(sections)).containsExactly(
                "$.plan.last_node_key full.problem.last-key [3, 4]",
                "$.version_nodes[0].version_number full.problem.unknown [2]");
    }

    @Test
    void a_number_without_its_unit_and_with_more_decimals_than_its_scale_is_refused() {
        var sections = sound();
        sections.put(Section.VALUES, List.of(row(Section.VALUES, "id", 1, "target_kind", "MEASURE",
                "measure_code", "M1", "kind", "NUMBER", "amount", new BigDecimal("12.55"), "amount_scale", 1)));
        sections.put(Section.CONFIRMATIONS, List.of());

        assertThat(problems(sections)).containsExactly(
                "$.values[0].unit full.problem.needed [NUMBER]",
                "$.values[0].amount_scale full.problem.scale [12.55, 1]");
    }
}
