package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanCopy;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do with the targets as the plan wrote them: keep the text beside what
 * was understood ({@code indicator_target.written_text}), through saving, replacing and copying.
 */
abstract class WrittenTargetsContract {

    private static final NodeId PERCENT = new NodeId(3);
    private static final NodeId DEADLINE = new NodeId(4);

    PlanStore store;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        store = new PlanStore(database().dataSource());
    }

    /** Two indicators whose targets are written as plans write them, one of them in the file form. */
    private static Plan plan() {
        var percent = indicator(PERCENT, Unit.PERCENT,
                Map.of(2022, "almeno 90%", 2023, "non superiore al 5%", 2024, ">= 95 %"));
        var deadline = indicator(DEADLINE, Unit.DATE, Map.of(2022, "entro il 30 giugno 2022"));
        var os = new StrategicObjective(new NodeId(2), "1.1", "Obiettivo", Weight.FULL, Weight.FULL,
                List.of(percent, deadline), Weight.ZERO, List.of());
        return new Plan("Scritture", 2022, List.of(2021), List.of(2022, 2023, 2024),
                List.of(new StrategicArea(new NodeId(1), "1", "Ambito", Weight.FULL, List.of(os))));
    }

    private static Indicator indicator(NodeId id, Unit unit, Map<Integer, String> written) {
        var targets = new TreeMap<Integer, Target>();
        written.forEach((year, text) -> targets.put(year, ItalianFormat.parseTarget(text)));
        var definition = new IndicatorDefinition("misura", unit, new TreeMap<Integer, Value>(), targets, "", "", "",
                new TreeMap<>(written));
        return new Indicator(id, "1.1." + id.value(), "Indicatore " + id.value(), Weight.percent("50"), definition);
    }

    private static IndicatorDefinition definition(Plan plan, NodeId id) {
        return plan.indicators().filter(i -> i.id().equals(id)).findFirst().orElseThrow().definition();
    }

    /** The written_text column, row by row: node, year, text (null where the file form was written). */
    private List<String> column() throws SQLException {
        var out = new ArrayList<String>();
        try (var connection = database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery(
                        "select t.node_key, t.target_year, t.written_text from indicator_target t join plan p on p.id = t.plan_id"
                                + " order by p.plan_year, t.node_key, t.target_year")) {
            while (rows.next()) {
                out.add(rows.getInt(1) + " " + rows.getInt(2) + " " + rows.getString(3));
            }
        }
        return out;
    }

    @Test
    void a_saved_plan_loads_back_with_its_targets_as_written() throws SQLException {
        store.save(plan(), false, TestActors.TESTER);

        var loaded = store.load("Scritture", 2022).orElseThrow();

        assertThat(loaded).isEqualTo(plan());
        assertThat(definition(loaded, PERCENT).targetWritings()).containsExactly(Map.entry(2022, "almeno 90%"),
                Map.entry(2023, "non superiore al 5%"), Map.entry(2024, ">= 95 %"));
        assertThat(ItalianFormat.format(definition(loaded, PERCENT).targets().get(2022))).isEqualTo("≥ 90 %");
        assertThat(definition(loaded, DEADLINE).writtenTarget(2022)).contains("entro il 30 giugno 2022");
        // ">= 95 %" is the file form of its target: nothing to keep beside it
        assertThat(column()).containsExactly("3 2022 almeno 90%", "3 2023 non superiore al 5%", "3 2024 null",
                "4 2022 entro il 30 giugno 2022");
    }

    @Test
    void a_replacement_that_changes_a_target_without_a_text_drops_the_old_text_of_that_year_only()
            throws SQLException {
        store.save(plan(), false, TestActors.TESTER);
        var old = definition(plan(), PERCENT);
        var targets = new TreeMap<>(old.targets());
        targets.put(2022, ItalianFormat.parseTarget("≥ 92 %"));
        var changed = new IndicatorDefinition(old.algorithm(), old.unit(), old.baselines(), targets, old.dataSource(),
                old.owner(), old.formula(), old.writtenTargets());

        store.replace(PlanEdits.define(plan(), PERCENT, changed), 1, TestActors.TESTER);

        var loaded = store.load("Scritture", 2022).orElseThrow();
        assertThat(definition(loaded, PERCENT).writtenTargets()).containsExactly(Map.entry(2023, "non superiore al 5%"));
        assertThat(column()).containsExactly("3 2022 null", "3 2023 non superiore al 5%", "3 2024 null",
                "4 2022 entro il 30 giugno 2022");
    }

    @Test
    void a_plan_copied_to_next_year_keeps_the_texts_of_the_targets_it_keeps() throws SQLException {
        store.save(plan(), false, TestActors.TESTER);
        var copy = PlanCopy.toNextYear(store.load("Scritture", 2022).orElseThrow(), Map.of());

        store.save(copy, false, TestActors.TESTER);

        var loaded = store.load("Scritture", 2023).orElseThrow();
        assertThat(loaded).isEqualTo(copy);
        assertThat(definition(loaded, PERCENT).writtenTargets()).containsExactly(Map.entry(2023, "non superiore al 5%"));
        assertThat(definition(loaded, DEADLINE).writtenTargets()).isEmpty();
    }
}
