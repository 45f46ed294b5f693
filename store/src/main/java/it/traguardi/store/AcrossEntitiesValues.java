package it.traguardi.store;

import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.value.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link IndicatorAcrossEntities} reads about the entities of a page besides their indicators:
 * the latest values at the period (one query for every entity of the page, by
 * {@code actual_value_plan_ix}: each entity's values of the year are side by side in it) and which entities have scoring rules of
 * their own.
 */
final class AcrossEntitiesValues {

    // "node_key + 0" and "measure_code || ''": with the plain columns PostgreSQL reads a page of 1,000
    // entities by actual_value_measure_ix, which holds every entity's measure of the year (16,000 heap
    // pages, 1.3 s on the national set); without them, by actual_value_plan_ix, the page's entities only
    // (4,900 pages, 0.46 s)
    private static final String SELECT_VALUES = """
            select v.* from actual_value v
            where v.plan_year = ? and v.archived_at is null and %s and v.entity_id in (%s)
            and (v.target_kind = 'INDICATOR' and v.node_key + 0 in (%s)
                or v.target_kind = 'MEASURE' and v.measure_code || '' in (%s))
            order by v.recorded_at, v.id""";
    private static final String OWN_RULES = """
            select e.id from entity e where e.id in (%s) and (
                exists (select 1 from plan_policy r where r.entity_id = e.id and r.plan_year = ?)
                or exists (select 1 from policy_override o where o.entity_id = e.id and o.plan_year = ?))""";

    private AcrossEntitiesValues() {
    }

    /** {@code ?, ?, ?}: n parameter marks for an {@code in} list; {@code null} (matching nothing) when none. */
    static String marks(int n) {
        return n == 0 ? "null" : String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * By entity id: the latest value at the period of the entries' indicators (any of their nodes: an
     * entity's other nodes are not in its indicator's plan, so they are never read) and of the measures
     * the indicators' formulas read.
     */
    static Map<Long, Map<ValueTarget, Value>> latest(Connection connection, List<IndicatorAcrossEntities.Entry> entries,
            Period period, List<Indicator> indicators) throws SQLException {
        var entities = entries.stream().map(IndicatorAcrossEntities.Entry::entityId).distinct().toList();
        var nodes = new TreeSet<Integer>();
        entries.forEach(e -> nodes.add(e.node().value()));
        var measures = new TreeSet<String>();
        indicators.forEach(i -> Actuals.formula(i).ifPresent(expr -> measures.addAll(expr.measures())));
        var sql = SELECT_VALUES.formatted(PeriodColumns.condition("v", period), marks(entities.size()),
                marks(nodes.size()), marks(measures.size()));
        var out = new HashMap<Long, Map<ValueTarget, Value>>();
        try (var statement = connection.prepareStatement(sql)) {
            statement.setInt(1, entries.getFirst().year());
            var next = PeriodColumns.bindCondition(statement, 2, period);
            for (var entity : entities) {
                statement.setLong(next++, entity);
            }
            for (var node : nodes) {
                statement.setInt(next++, node);
            }
            for (var measure : measures) {
                statement.setString(next++, measure);
            }
            read(statement, out);
        }
        return out;
    }

    /** Later rows replace earlier ones: the query reads them in the order they were recorded. */
    private static void read(PreparedStatement statement, Map<Long, Map<ValueTarget, Value>> out) throws SQLException {
        try (var row = statement.executeQuery()) {
            while (row.next()) {
                var record = ValueStore.record(row);
                out.computeIfAbsent(row.getLong("entity_id"), id -> new HashMap<>()).put(record.target(), record.value());
            }
        }
    }

    /** The ids of the entries' entities that have scoring rules (or overrides) of their own for the year. */
    static Set<Long> ownRules(Connection connection, List<IndicatorAcrossEntities.Entry> entries) throws SQLException {
        var entities = entries.stream().map(IndicatorAcrossEntities.Entry::entityId).distinct().toList();
        var out = new HashSet<Long>();
        try (var statement = connection.prepareStatement(OWN_RULES.formatted(marks(entities.size())))) {
            var next = 1;
            for (var entity : entities) {
                statement.setLong(next++, entity);
            }
            statement.setInt(next, entries.getFirst().year());
            statement.setInt(next + 1, entries.getFirst().year());
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    out.add(row.getLong(1));
                }
            }
        }
        return out;
    }
}
