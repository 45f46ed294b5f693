package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreBands;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Notation;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the comparison across entities: four plans share the code ITP
 * (≤ 30 days), one of them twice; the entries come by entity name then node, the public flag from
 * the plan's state, and each row (scored alone, or within a page) equals the score the entity's whole
 * plan gives the same indicator, its own scoring rules included.
 */
abstract class IndicatorAcrossEntitiesContract {

    private static final int YEAR = 2025;

    abstract Database database();

    private Stores stores;
    private IndicatorAcrossEntities across;

    @BeforeEach
    void fourPlans() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        stores = Stores.on(database().dataSource());
        across = new IndicatorAcrossEntities(database().dataSource());
        store(plan("Ente Delta", ""), 20, true);
        store(plan("Ente Beta", ""), 45, false);
        store(plan("Ente Gamma", "PAG - SCAD"), -1, true);
        stores.values().record("Ente Gamma", YEAR, List.of(measure("PAG", 38), measure("SCAD", 10)), TestActors.TESTER);
        store(twice(plan("Ente Alfa", "")), 40, false);
        // Alfa scores by steps: 40 days for ≤ 30 is 75%, which the bands 0-70-90-100 make 70
        stores.policies().save("Ente Alfa", YEAR, new PlanPolicy(ScoringPolicy.defaults(), PolicyOverrides.none()
                .with(new NodeId(3), new PolicyChange.Bands(ScoreBands.of("0", "70", "90", "100")))), TestActors.TESTER);
    }

    @Test
    void the_cross_entity_indexes_are_kept_on_postgresql_only() throws SQLException {
        var indexes = new java.util.TreeSet<String>();
        try (var connection = database().dataSource().getConnection()) {
            for (var table : List.of("plan_node", "actual_value")) {
                try (var rows = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
                        table, false, false)) {
                    while (rows.next()) {
                        if (rows.getString("INDEX_NAME") != null) {
                            indexes.add(rows.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        var crossEntity = List.of("plan_node_code_ix", "actual_value_measure_ix", "actual_value_node_ix");

        // a national installation (PostgreSQL) needs them for the comparison; on the embedded database they
        // would only slow every value recorded and every plan saved
        if (database().isPostgres()) {
            assertThat(indexes).containsAll(crossEntity);
        } else {
            assertThat(indexes).doesNotContainAnyElementsOf(crossEntity).contains("actual_value_plan_ix");
        }
    }

    @Test
    void entries_come_by_entity_name_then_node_with_the_plan_s_public_flag() {
        var entries = across.entries("ITP", YEAR);

        assertThat(entries).extracting(e -> e.entity() + "/" + e.node().value() + "/" + e.published())
                .containsExactly("Ente Alfa/3/false", "Ente Alfa/4/false", "Ente Beta/3/false", "Ente Delta/3/true",
                        "Ente Gamma/3/true");
        assertThat(across.entries("ITP", 2024)).isEmpty();
        assertThat(across.entries("XYZ", YEAR)).isEmpty();
        assertThat(across.rows(List.of(), Period.of(YEAR))).isEmpty();
    }

    @Test
    void every_row_equals_the_score_of_the_entity_s_whole_plan() {
        var rows = across.of("ITP", YEAR, Period.of(YEAR));

        assertThat(rows).extracting(r -> r.entity() + "/" + r.indicator().id().value() + " " + r.actual() + " " + percent(r.score()))
                .containsExactly("Ente Alfa/3 " + days(40) + " 70.00", "Ente Alfa/4 " + Value.MISSING + " N/D",
                        "Ente Beta/3 " + days(45) + " 66.67", "Ente Delta/3 " + days(20) + " 100.00",
                        "Ente Gamma/3 " + days(28) + " 100.00");
        for (var row : rows) {
            var plan = stores.plans().load(row.entity(), YEAR).orElseThrow();
            var snapshot = stores.results().snapshot(plan, Period.of(YEAR));
            var indicator = plan.indicator(row.indicator().id()).orElseThrow();
            assertThat(row.score()).isEqualTo(snapshot.score(indicator).score());
            assertThat(row.actual()).isEqualTo(snapshot.actuals().getOrDefault(indicator.id(), Value.MISSING));
            assertThat(row.target()).isEqualTo(indicator.definition().targets().getOrDefault(YEAR, Target.MISSING));
        }
    }

    @Test
    void a_page_of_entries_scores_as_the_whole_list_does() {
        var entries = across.entries("ITP", YEAR);
        var all = across.rows(entries, Period.of(YEAR));

        assertThat(across.rows(entries.subList(2, 4), Period.of(YEAR))).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(across.rows(entries.subList(0, 1), Period.of(YEAR))).containsExactly(all.getFirst());
        var june = across.rows(entries.subList(3, 5), new Period.Day(LocalDate.of(YEAR, 6, 30)));
        assertThat(june).extracting(IndicatorAcrossEntities.Row::actual).containsExactly(Value.MISSING, Value.MISSING);
    }

    private static String percent(Score score) {
        return switch (score) {
            case Score.Scored s -> s.achievement().percent().toPlainString();
            case Score.NotAvailable n -> "N/D";
        };
    }

    private static Value days(int days) {
        return Value.of(new Quantity(BigDecimal.valueOf(days), Unit.DAYS));
    }

    private static Plan plan(String entity, String formula) {
        var target = new Target.AtMost(new Quantity(BigDecimal.valueOf(30), Unit.DAYS), Notation.SYMBOL);
        var definition = IndicatorDefinition.of("Giorni medi di pagamento", Unit.DAYS, Map.of(), Map.of(YEAR, target));
        var indicator = new Indicator(new NodeId(3), "ITP", "Tempestività dei pagamenti", Weight.percent("100"),
                formula.isEmpty() ? definition : definition.withFormula(formula));
        return plan(entity, List.of(indicator));
    }

    private static Plan plan(String entity, List<Indicator> indicators) {
        var objective = new StrategicObjective(new NodeId(2), "1.1", "Pagare in tempo", Weight.percent("100"),
                Weight.percent("100"), indicators, Weight.percent("0"), List.of());
        return new Plan(entity, YEAR, List.of(), List.of(YEAR),
                List.of(new StrategicArea(new NodeId(1), "A1", "Bilancio", Weight.percent("100"), List.of(objective))));
    }

    /** The plan with a second indicator of the same code (codes are labels and may repeat), without a target. */
    private static Plan twice(Plan plan) {
        var first = plan.areas().getFirst().objectives().getFirst().indicators().getFirst();
        var second = new Indicator(new NodeId(4), "ITP", "Tempestività, altro calcolo", Weight.percent("0"),
                IndicatorDefinition.of("Altro calcolo", Unit.DAYS, Map.of(), Map.of()));
        return plan(plan.entity(), List.of(first, second));
    }

    private void store(Plan plan, int days, boolean publish) {
        stores.plans().save(plan, false, TestActors.TESTER);
        if (days >= 0) {
            stores.values().record(plan.entity(), YEAR, List.of(new ValueRecord(ValueTarget.indicator(new NodeId(3)),
                    Period.of(YEAR), days(days), Instant.parse("2026-01-15T09:00:00Z"), "tester", "fine anno")),
                    TestActors.TESTER);
        }
        if (publish) {
            var lifecycle = stores.plans().lifecycle();
            lifecycle.change(plan.entity(), YEAR, new Transition.Approve(new ApprovingAct("7", LocalDate.of(YEAR, 1, 31))),
                    1, TestActors.TESTER);
            lifecycle.change(plan.entity(), YEAR, new Transition.Publish(), 2, TestActors.TESTER);
        }
    }

    private static ValueRecord measure(String code, int days) {
        return new ValueRecord(ValueTarget.measure(code), Period.of(YEAR), days(days),
                Instant.parse("2026-01-15T09:00:00Z"), "tester", "");
    }
}
