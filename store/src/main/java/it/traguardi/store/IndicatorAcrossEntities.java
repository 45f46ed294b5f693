package it.traguardi.store;

import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.score.IndicatorScoring;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Confronto tra enti: one indicator, by its code, in the plans of every entity for a year (payment
 * timeliness in 8,000 plans), with its target, actual and achievement at a period. Three queries
 * whatever the number of entities, never a plan loaded whole: the indicators by code (index
 * {@code plan_node_code_ix}) with the plan's state and their target for the plan year; the latest
 * values of those indicators and of the measures their formulas read; the entities with scoring
 * rules of their own, whose rules are then loaded one by one (the others score by the defaults).
 *
 * <p>It reads every entity's rows, so it runs unrestricted ({@link EntityScope}); the caller keeps
 * only the rows the requester may read, and {@link Row#published} says which are read by the public
 * as stored (published or closed, and no revision in progress whose draft would show).
 */
public final class IndicatorAcrossEntities {

    private static final String SELECT_INDICATORS = """
            select e.id as entity_id, e.name as entity, p.state, p.revision_reason, n.node_key, n.code, n.title,
                n.unit, n.algorithm, n.formula, t.kind, t.amount, t.amount_scale, t.amount_high, t.amount_high_scale,
                t.unit as target_unit, t.notation, t.date_value, t.flag
            from plan_node n join plan p on p.id = n.plan_id join entity e on e.id = p.entity_id
            left join indicator_target t on t.plan_id = n.plan_id and t.node_key = n.node_key and t.target_year = p.plan_year
            where n.code = ? and n.kind = 'INDICATOR' and p.plan_year = ?
            order by e.name, n.node_key""";
    private static final String SELECT_VALUES = """
            select v.* from actual_value v join plan p on p.entity_id = v.entity_id and p.plan_year = v.plan_year
            join plan_node n on n.plan_id = p.id and n.code = ? and n.kind = 'INDICATOR'
            where v.plan_year = ? and v.archived_at is null and %s
            and (v.target_kind = 'INDICATOR' and v.node_key = n.node_key or v.target_kind = 'MEASURE' and v.measure_code in (%s))
            order by v.recorded_at, v.id""";
    private static final String OWN_RULES = """
            select e.name from entity e where exists (select 1 from plan_policy r where r.entity_id = e.id and r.plan_year = ?)
            or exists (select 1 from policy_override o where o.entity_id = e.id and o.plan_year = ?)""";

    /**
     * One entity's indicator: where it is (entity, year, node), whether the public reads it, the
     * indicator as the plan defines it, its actual at the period (N/D when none) and its achievement.
     */
    public record Row(String entity, int year, boolean published, Indicator indicator, Target target, Value actual,
            Score score) {

        public Row {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(score, "score");
        }
    }

    /** An indicator row as read, before its values. */
    private record Found(long entityId, String entity, boolean published, Indicator indicator, Target target) {
    }

    private final DataSource dataSource;
    private final PolicyStore policies;

    public IndicatorAcrossEntities(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.policies = new PolicyStore(dataSource);
    }

    /** Every entity's indicator of that code in its plan for the year, by entity name, scored at the period. */
    public List<Row> of(String code, int year, Period period) {
        try (var connection = dataSource.getConnection()) {
            var found = indicators(connection, code, year);
            if (found.isEmpty()) {
                return List.of();
            }
            var latest = values(connection, code, year, period, measures(found));
            var ownRules = ownRules(connection, year);
            var out = new ArrayList<Row>(found.size());
            for (var f : found) {
                var rules = ownRules.contains(f.entity()) ? policies.load(f.entity(), year) : PlanPolicy.defaults();
                out.add(row(f, year, latest.getOrDefault(f.entityId(), Map.of()), rules));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the indicator " + code + " of every entity for " + year, e);
        }
    }

    private static Row row(Found f, int year, Map<ValueTarget, Value> latest, PlanPolicy rules) {
        var indicator = f.indicator();
        var actual = Actuals.of(alone(f.entity(), year, indicator), latest).getOrDefault(indicator.id(), Value.MISSING);
        var policy = rules.overrides().policyFor(indicator.id(), rules.policy());
        return new Row(f.entity(), year, f.published(), indicator, f.target(), actual,
                IndicatorScoring.score(f.target(), actual, policy));
    }

    /** A plan of the indicator alone: what {@link Actuals} needs to compute it as the whole plan would. */
    private static Plan alone(String entity, int year, Indicator indicator) {
        var hundred = Weight.percent("100");
        var objective = new StrategicObjective(new NodeId(Integer.MAX_VALUE - 1), "-", "-", hundred, hundred,
                List.of(indicator), Weight.percent("0"), List.of());
        return new Plan(entity, year, List.of(), List.of(), List.of(new StrategicArea(
                new NodeId(Integer.MAX_VALUE), "-", "-", hundred, List.of(objective))));
    }

    private static List<Found> indicators(Connection connection, String code, int year) throws SQLException {
        var out = new ArrayList<Found>();
        try (var statement = connection.prepareStatement(SELECT_INDICATORS)) {
            statement.setString(1, code);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    out.add(found(row, year));
                }
            }
        }
        return out;
    }

    private static Found found(ResultSet row, int year) throws SQLException {
        var target = row.getString("kind") == null ? Target.MISSING : ValueColumns.target(row);
        var targets = new TreeMap<Integer, Target>();
        targets.put(year, target);
        var formula = row.getString("formula");
        var definition = new IndicatorDefinition(Objects.requireNonNullElse(row.getString("algorithm"), ""),
                Unit.valueOf(row.getString("unit")), new TreeMap<>(), targets, "", "",
                formula == null ? "" : formula, new TreeMap<>());
        var indicator = new Indicator(new NodeId(row.getInt("node_key")), row.getString("code"), row.getString("title"),
                Weight.percent("100"), definition);
        var state = row.getString("state");
        var published = ("PUBLISHED".equals(state) || "CLOSED".equals(state)) && row.getString("revision_reason") == null;
        return new Found(row.getLong("entity_id"), row.getString("entity"), published, indicator, target);
    }

    /** The measure codes the indicators' formulas read. */
    private static Set<String> measures(List<Found> found) {
        var out = new HashSet<String>();
        for (var f : found) {
            Actuals.formula(f.indicator()).ifPresent(expr -> out.addAll(expr.measures()));
        }
        return out;
    }

    /** By entity id: the latest value of each indicator found and of each measure of their formulas. */
    private static Map<Long, Map<ValueTarget, Value>> values(Connection connection, String code, int year,
            Period period, Set<String> measures) throws SQLException {
        var codes = measures.isEmpty() ? "null" : String.join(", ", java.util.Collections.nCopies(measures.size(), "?"));
        var out = new HashMap<Long, Map<ValueTarget, Value>>();
        try (var statement = connection.prepareStatement(SELECT_VALUES.formatted(PeriodColumns.condition("v", period),
                codes))) {
            statement.setString(1, code);
            statement.setInt(2, year);
            var next = PeriodColumns.bindCondition(statement, 3, period);
            for (var measure : measures) {
                statement.setString(next++, measure);
            }
            read(statement, out);
        }
        return out;
    }

    private static void read(PreparedStatement statement, Map<Long, Map<ValueTarget, Value>> out) throws SQLException {
        try (var row = statement.executeQuery()) {
            while (row.next()) {
                var record = ValueStore.record(row);
                out.computeIfAbsent(row.getLong("entity_id"), id -> new HashMap<>()).put(record.target(), record.value());
            }
        }
    }

    private static Set<String> ownRules(Connection connection, int year) throws SQLException {
        var out = new HashSet<String>();
        try (var statement = connection.prepareStatement(OWN_RULES)) {
            statement.setInt(1, year);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    out.add(row.getString(1));
                }
            }
        }
        return out;
    }
}
