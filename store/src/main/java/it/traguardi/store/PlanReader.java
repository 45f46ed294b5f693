package it.traguardi.store;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rebuilds a stored plan with four queries (plan, nodes, baselines, targets), whatever its size:
 * rows are grouped by parent in memory and the records are assembled from the leaves up.
 */
final class PlanReader {

    private static final String SELECT_PLAN = """
            select p.id, p.version, p.baseline_years, p.target_years, p.last_node_key from plan p join entity e on e.id = p.entity_id
            where e.name = ? and p.plan_year = ?""";
    private static final String SELECT_NODES = """
            select node_key, parent_key, kind, code, title, weight, indicator_group_weight,
                operational_group_weight, algorithm, unit, data_source, owner, formula
            from %s where %s = ? order by position, node_key""";
    private static final String SELECT_BASELINES = "select node_key, value_year, " + ValueColumns.BASELINE_COLUMNS
            + " from %s where %s = ?";
    private static final String SELECT_TARGETS = "select node_key, target_year, " + ValueColumns.TARGET_COLUMNS
            + ", written_text from %s where %s = ?";

    /**
     * Where the rows of a plan are: the current plan's tables (by plan row), or the frozen copy of
     * an approved version (by plan_version row, V013), which has the same columns.
     */
    enum Source {
        CURRENT("plan_node", "indicator_baseline", "indicator_target", "plan_id"),
        FROZEN("plan_version_node", "plan_version_baseline", "plan_version_target", "version_id");

        private final String nodes;
        private final String baselines;
        private final String targets;

        Source(String nodes, String baselines, String targets, String owner) {
            this.nodes = SELECT_NODES.formatted(nodes, owner);
            this.baselines = SELECT_BASELINES.formatted(baselines, owner);
            this.targets = SELECT_TARGETS.formatted(targets, owner);
        }
    }

    /** One row of plan_node; the columns a level does not use are null. */
    private record NodeRow(int key, NodeKind kind, String code, String title, Weight weight,
            Weight indicatorGroup, Weight operationalGroup, String algorithm, String unit, String dataSource,
            String owner, String formula) {
    }

    private final Connection connection;
    private final List<NodeRow> roots = new ArrayList<>();
    private final Map<Integer, List<NodeRow>> children = new HashMap<>();
    private final Map<Integer, SortedMap<Integer, Value>> baselines = new HashMap<>();
    private final Map<Integer, SortedMap<Integer, Target>> targets = new HashMap<>();
    private final Map<Integer, SortedMap<Integer, String>> writtenTargets = new HashMap<>();

    private final PlanCache cache;

    PlanReader(Connection connection, PlanCache cache) {
        this.connection = connection;
        this.cache = cache;
    }

    Optional<Plan> read(String entity, int year) throws SQLException {
        return readVersioned(entity, year).map(Versioned::plan);
    }

    /** The plan with the version of the row it was read from (or found cached under). */
    Optional<Versioned> readVersioned(String entity, int year) throws SQLException {
        try (var statement = connection.prepareStatement(SELECT_PLAN)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                var planId = row.getLong("id");
                var version = row.getInt("version");
                var cached = cache.get(planId, version);
                if (cached.isPresent()) {
                    return Optional.of(new Versioned(cached.get(), version));
                }
                readChildren(Source.CURRENT, planId);
                var plan = new Plan(entity, year, years(row.getString("baseline_years")),
                        years(row.getString("target_years")), roots.stream().map(this::area).toList(),
                        row.getInt("last_node_key"));
                cache.put(planId, version, plan);
                return Optional.of(new Versioned(plan, version));
            }
        }
    }

    /**
     * The approved version stored as plan_version row {@code versionId}, with its years and last
     * issued key as recorded there. Frozen versions never change, so they are cached under the
     * negated row id, apart from the current plans' rows.
     */
    Plan readFrozen(long versionId, String entity, int year, String baselineYears, String targetYears,
            int lastNodeKey) throws SQLException {
        var cached = cache.get(-versionId, 0);
        if (cached.isPresent()) {
            return cached.get();
        }
        readChildren(Source.FROZEN, versionId);
        var plan = new Plan(entity, year, years(baselineYears), years(targetYears), roots.stream().map(this::area).toList(),
                lastNodeKey);
        cache.put(-versionId, 0, plan);
        return plan;
    }

    private void readChildren(Source source, long planId) throws SQLException {
        query(source.nodes, planId, row -> {
            var node = node(row);
            var parent = row.getInt("parent_key");
            if (row.wasNull()) {
                roots.add(node);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
            }
        });
        query(source.baselines, planId, row -> baselines.computeIfAbsent(row.getInt("node_key"), k -> new TreeMap<>())
                .put(row.getInt("value_year"), ValueColumns.value(row)));
        query(source.targets, planId, this::target);
    }

    private void target(ResultSet row) throws SQLException {
        int node = row.getInt("node_key");
        int year = row.getInt("target_year");
        targets.computeIfAbsent(node, k -> new TreeMap<>()).put(year, ValueColumns.target(row));
        var written = row.getString("written_text");
        if (written != null) {
            writtenTargets.computeIfAbsent(node, k -> new TreeMap<>()).put(year, written);
        }
    }

    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String sql, long planId, RowConsumer consumer) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, planId);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    consumer.accept(row);
                }
            }
        }
    }

    private static NodeRow node(ResultSet row) throws SQLException {
        return new NodeRow(row.getInt("node_key"), NodeKind.valueOf(row.getString("kind")), row.getString("code"),
                row.getString("title"), weight(row, "weight"), weight(row, "indicator_group_weight"),
                weight(row, "operational_group_weight"), row.getString("algorithm"), row.getString("unit"),
                row.getString("data_source"), row.getString("owner"), row.getString("formula"));
    }

    private static Weight weight(ResultSet row, String column) throws SQLException {
        var percent = row.getBigDecimal(column);
        return percent == null ? null : new Weight(percent);
    }

    private StrategicArea area(NodeRow row) {
        return new StrategicArea(new NodeId(row.key()), row.code(), row.title(), row.weight(),
                childrenOf(row, NodeKind.STRATEGIC_OBJECTIVE, this::objective));
    }

    private StrategicObjective objective(NodeRow row) {
        return new StrategicObjective(new NodeId(row.key()), row.code(), row.title(), row.weight(),
                row.indicatorGroup(), childrenOf(row, NodeKind.INDICATOR, this::indicator),
                row.operationalGroup(), childrenOf(row, NodeKind.OPERATIONAL_OBJECTIVE, this::operational));
    }

    private OperationalObjective operational(NodeRow row) {
        return new OperationalObjective(new NodeId(row.key()), row.code(), row.title(), row.weight(),
                childrenOf(row, NodeKind.INDICATOR, this::indicator));
    }

    private Indicator indicator(NodeRow row) {
        var definition = new IndicatorDefinition(row.algorithm(), Unit.valueOf(row.unit()),
                baselines.getOrDefault(row.key(), new TreeMap<>()), targets.getOrDefault(row.key(), new TreeMap<>()),
                row.dataSource(), row.owner(), row.formula() == null ? "" : row.formula(),
                writtenTargets.getOrDefault(row.key(), new TreeMap<>()));
        return new Indicator(new NodeId(row.key()), row.code(), row.title(), row.weight(), definition);
    }

    private <T> List<T> childrenOf(NodeRow parent, NodeKind kind, Function<NodeRow, T> build) {
        return children.getOrDefault(parent.key(), List.of()).stream()
                .filter(child -> child.kind() == kind)
                .map(build)
                .toList();
    }

    private static List<Integer> years(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
