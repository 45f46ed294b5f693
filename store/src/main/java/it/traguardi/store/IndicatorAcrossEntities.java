package it.traguardi.store;

import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.IndicatorScoring;
import it.traguardi.core.score.PlanPolicy;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Confronto tra enti: one indicator, by its code, in the plans of every entity for a year (payment
 * timeliness in 8,000 plans), with its target, actual and achievement at a period. In two steps, so
 * that a page of the comparison costs what the page shows, not what the country holds:
 * {@link #entries} lists where the indicator is (one query, read on PostgreSQL from the index
 * {@code plan_node_code_ix} and the plans' keys, no indicator row fetched; the embedded database, which
 * holds one entity or a few, has not that index and reads every plan node), and {@link #rows} scores
 * some of those entries (a page) in three more queries whatever their number: their definitions and
 * targets, the latest values of the indicators and of the measures their formulas read, and which of
 * those entities have scoring rules of their own (loaded one by one; the others score by the defaults).
 *
 * <p>It reads every entity's rows, so it runs unrestricted ({@link EntityScope}); the caller keeps
 * only the entries the requester may read, and {@link Entry#published} says which are read by the
 * public as stored (published or closed, and no revision in progress whose draft would show).
 */
public final class IndicatorAcrossEntities {

    private static final String SELECT_ENTRIES = """
            select p.id as plan_id, e.id as entity_id, e.name as entity, p.state, p.revision_reason, n.node_key
            from plan_node n join plan p on p.id = n.plan_id join entity e on e.id = p.entity_id
            where n.code = ? and n.kind = 'INDICATOR' and p.plan_year = ?
            order by e.name, n.node_key""";
    private static final String SELECT_DEFINITIONS = """
            select n.plan_id, n.node_key, n.code, n.title, n.unit, n.algorithm, n.formula, t.kind, t.amount,
                t.amount_scale, t.amount_high, t.amount_high_scale, t.unit as target_unit, t.notation, t.date_value, t.flag
            from plan_node n join plan p on p.id = n.plan_id
            left join indicator_target t on t.plan_id = n.plan_id and t.node_key = n.node_key and t.target_year = p.plan_year
            where n.code = ? and n.kind = 'INDICATOR' and n.plan_id in (%s)""";

    /** The most entries scored in one round of queries; a page of the comparison is at most this long. */
    public static final int CHUNK = 1000;

    /** Where the indicator is: the entity's plan for the year and the node, and whether the public reads it. */
    public record Entry(long planId, long entityId, String entity, int year, String code, NodeId node,
            boolean published) {

        public Entry {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(node, "node");
        }
    }

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

    /** An indicator as its plan defines it, with its target for the plan year. */
    private record Definition(Indicator indicator, Target target) {
    }

    /** The key of an indicator row: its plan and node. */
    private record NodeOfPlan(long planId, int node) {
    }

    private final DataSource dataSource;
    private final PolicyStore policies;

    public IndicatorAcrossEntities(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.policies = new PolicyStore(dataSource);
    }

    /** Every entity's indicator of that code in its plan for the year, by entity name, scored at the period. */
    public List<Row> of(String code, int year, Period period) {
        return rows(entries(code, year), period);
    }

    /** Where every entity's plan for the year has an indicator of that code, by entity name then node. */
    public List<Entry> entries(String code, int year) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(SELECT_ENTRIES)) {
            statement.setString(1, code);
            statement.setInt(2, year);
            var out = new ArrayList<Entry>();
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    out.add(entry(row, code, year));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the indicator " + code + " of every entity for " + year, e);
        }
    }

    private static Entry entry(ResultSet row, String code, int year) throws SQLException {
        var state = row.getString("state");
        var published = ("PUBLISHED".equals(state) || "CLOSED".equals(state)) && row.getString("revision_reason") == null;
        return new Entry(row.getLong("plan_id"), row.getLong("entity_id"), row.getString("entity"), year, code,
                new NodeId(row.getInt("node_key")), published);
    }

    /**
     * The entries (of one code and year, as {@link #entries} gave them) scored at the period, in their
     * order; an entry whose indicator has gone since is left out.
     */
    public List<Row> rows(List<Entry> entries, Period period) {
        if (entries.size() > CHUNK) {
            // a query's parameters are bounded (PostgreSQL: 32,767), so a long list goes in parts
            var out = new ArrayList<Row>(entries.size());
            for (var from = 0; from < entries.size(); from += CHUNK) {
                out.addAll(rows(entries.subList(from, Math.min(entries.size(), from + CHUNK)), period));
            }
            return out;
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        var first = entries.getFirst();
        if (entries.stream().anyMatch(e -> !e.code().equals(first.code()) || e.year() != first.year())) {
            throw new IllegalArgumentException("entries of one code and year only");
        }
        try (var connection = dataSource.getConnection()) {
            var definitions = definitions(connection, entries);
            var latest = AcrossEntitiesValues.latest(connection, entries, period,
                    definitions.values().stream().map(Definition::indicator).toList());
            var ownRules = AcrossEntitiesValues.ownRules(connection, entries);
            var out = new ArrayList<Row>(entries.size());
            for (var entry : entries) {
                var definition = definitions.get(new NodeOfPlan(entry.planId(), entry.node().value()));
                if (definition != null) {
                    var rules = ownRules.contains(entry.entityId()) ? policies.load(entry.entity(), entry.year())
                            : PlanPolicy.defaults();
                    out.add(row(entry, definition, latest.getOrDefault(entry.entityId(), Map.of()), rules));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the indicator " + first.code() + " of " + entries.size()
                    + " entities for " + first.year(), e);
        }
    }

    private static Row row(Entry entry, Definition definition, Map<ValueTarget, Value> latest, PlanPolicy rules) {
        var indicator = definition.indicator();
        var actual = Actuals.of(indicator, latest);
        var policy = rules.overrides().policyFor(indicator.id(), rules.policy());
        return new Row(entry.entity(), entry.year(), entry.published(), indicator, definition.target(), actual,
                IndicatorScoring.score(definition.target(), actual, policy));
    }

    /** The definition and target of each entry's indicator, by plan and node. */
    private static Map<NodeOfPlan, Definition> definitions(Connection connection, List<Entry> entries)
            throws SQLException {
        var plans = entries.stream().map(Entry::planId).distinct().toList();
        var out = new HashMap<NodeOfPlan, Definition>();
        try (var statement = connection.prepareStatement(SELECT_DEFINITIONS.formatted(AcrossEntitiesValues.marks(
                plans.size())))) {
            statement.setString(1, entries.getFirst().code());
            var next = 2;
            for (var plan : plans) {
                statement.setLong(next++, plan);
            }
            var year = entries.getFirst().year();
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    out.put(new NodeOfPlan(row.getLong("plan_id"), row.getInt("node_key")), definition(row, year));
                }
            }
        }
        return out;
    }

    private static Definition definition(ResultSet row, int year) throws SQLException {
        var target = row.getString("kind") == null ? Target.MISSING : ValueColumns.target(row);
        var targets = new TreeMap<Integer, Target>();
        targets.put(year, target);
        var formula = row.getString("formula");
        var definition = new IndicatorDefinition(Objects.requireNonNullElse(row.getString("algorithm"), ""),
                Unit.valueOf(row.getString("unit")), new TreeMap<>(), targets, "", "",
                formula == null ? "" : formula, new TreeMap<>());
        var indicator = new Indicator(new NodeId(row.getInt("node_key")), row.getString("code"), row.getString("title"),
                Weight.percent("100"), definition);
        return new Definition(indicator, target);
    }
}
