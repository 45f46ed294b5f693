package it.traguardi.store;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Weight;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the nodes of one plan, with the baselines and targets of its indicators, as three JDBC
 * batches (one round trip each), inside the caller's transaction. Parents are added before
 * their children, as the self-referencing foreign key needs.
 */
final class PlanWriter implements AutoCloseable {

    private static final String INSERT_NODE = """
            insert into plan_node (plan_id, node_key, parent_key, kind, position, code, title, weight,
                indicator_group_weight, operational_group_weight, algorithm, unit, data_source, owner, formula)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_BASELINE = "insert into indicator_baseline (plan_id, node_key, value_year, "
            + ValueColumns.BASELINE_COLUMNS + ") values (?, ?, ?" + ", ?".repeat(ValueColumns.BASELINE_PARAMETERS) + ")";
    private static final String INSERT_TARGET = "insert into indicator_target (plan_id, node_key, target_year, "
            + ValueColumns.TARGET_COLUMNS + ") values (?, ?, ?" + ", ?".repeat(ValueColumns.TARGET_PARAMETERS) + ")";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INSERT_ENTITY = "insert into entity (name) values (?) on conflict do nothing";
    private static final String SELECT_ENTITY = "select id from entity where name = ?";
    private static final String LOCK_PLAN = "select id, version from plan where entity_id = ? and plan_year = ? for update";
    private static final String DELETE_PLAN = "delete from plan where id = ?";
    private static final String INSERT_PLAN = """
            insert into plan (entity_id, plan_year, baseline_years, target_years, version) values (?, ?, ?, ?, ?)""";

    private final long planId;
    private final PreparedStatement nodes;
    private final PreparedStatement baselines;
    private final PreparedStatement targets;

    private PlanWriter(Connection connection, long planId) throws SQLException {
        this.planId = planId;
        this.nodes = connection.prepareStatement(INSERT_NODE);
        this.baselines = connection.prepareStatement(INSERT_BASELINE);
        this.targets = connection.prepareStatement(INSERT_TARGET);
    }

    /**
     * Saves a plan inside the caller's transaction: the entity row if new, the plan row (replacing
     * the stored plan of the same entity and year only when asked), then the nodes.
     */
    static void save(Connection connection, Plan plan, boolean replace) throws SQLException {
        save(connection, plan, replace, Optional.empty());
    }

    /**
     * As {@link #save(Connection, Plan, boolean)} with replace, but only over the stored version
     * {@code expected}: the check happens on the locked row, so two writers never both pass it.
     */
    static void replace(Connection connection, Plan plan, int expected) throws SQLException {
        save(connection, plan, true, Optional.of(expected));
    }

    private static void save(Connection connection, Plan plan, boolean replace, Optional<Integer> expected)
            throws SQLException {
        var entityId = entityId(connection, plan.entity());
        var version = 1;
        try (var lock = connection.prepareStatement(LOCK_PLAN)) {
            lock.setLong(1, entityId);
            lock.setInt(2, plan.year());
            try (var stored = lock.executeQuery()) {
                var current = stored.next() ? Optional.of(stored.getInt("version")) : Optional.<Integer>empty();
                if (expected.isPresent() && !expected.equals(current)) {
                    throw new PlanChangedException(plan.entity(), plan.year(), expected.get(), current);
                }
                if (current.isPresent()) {
                    if (!replace) {
                        throw new PlanExistsException(plan.entity(), plan.year());
                    }
                    version = current.get() + 1;
                    deletePlan(connection, stored.getLong("id"));
                }
            }
        }
        try (var writer = new PlanWriter(connection, insertPlan(connection, entityId, plan, version))) {
            writer.write(plan);
        }
    }

    private static long entityId(Connection connection, String entity) throws SQLException {
        try (var insert = connection.prepareStatement(INSERT_ENTITY);
                var select = connection.prepareStatement(SELECT_ENTITY)) {
            insert.setString(1, entity);
            insert.executeUpdate();
            select.setString(1, entity);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void deletePlan(Connection connection, long planId) throws SQLException {
        try (var delete = connection.prepareStatement(DELETE_PLAN)) {
            delete.setLong(1, planId);
            delete.executeUpdate();
        }
    }

    private static long insertPlan(Connection connection, long entityId, Plan plan, int version)
            throws SQLException {
        try (var insert = connection.prepareStatement(INSERT_PLAN, new String[] {"id"})) {
            insert.setLong(1, entityId);
            insert.setInt(2, plan.year());
            insert.setString(3, years(plan.baselineYears()));
            insert.setString(4, years(plan.targetYears()));
            insert.setInt(5, version);
            executeUnique(insert, plan);
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Another transaction may store the same plan between our check and our insert. */
    private static void executeUnique(PreparedStatement insert, Plan plan) throws SQLException {
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new PlanExistsException(plan.entity(), plan.year());
            }
            throw e;
        }
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void write(Plan plan) throws SQLException {
        var position = 0;
        for (var area : plan.areas()) {
            addNode(area, null, ++position);
            addObjectives(area);
        }
        nodes.executeBatch();
        baselines.executeBatch();
        targets.executeBatch();
    }

    private void addObjectives(StrategicArea area) throws SQLException {
        var position = 0;
        for (var os : area.objectives()) {
            addNode(os, area.id(), ++position);
            addIndicators(os.id(), os.indicators());
            var ooPosition = 0;
            for (var oo : os.operationalObjectives()) {
                addNode(oo, os.id(), ++ooPosition);
                addIndicators(oo.id(), oo.indicators());
            }
        }
    }

    private void addIndicators(NodeId parent, List<Indicator> indicators) throws SQLException {
        var position = 0;
        for (var indicator : indicators) {
            addNode(indicator, parent, ++position);
            addValues(indicator);
        }
    }

    /** Adds a node; {@code parent} is null for an area, the root of its branch. */
    private void addNode(PlanNode node, NodeId parent, int position) throws SQLException {
        nodes.setLong(1, planId);
        nodes.setInt(2, node.id().value());
        if (parent == null) {
            nodes.setNull(3, Types.INTEGER);
        } else {
            nodes.setInt(3, parent.value());
        }
        nodes.setString(4, node.kind().name());
        nodes.setInt(5, position);
        nodes.setString(6, node.code());
        nodes.setString(7, node.title());
        nodes.setBigDecimal(8, node.weight().percent());
        switch (node) {
            case StrategicArea a -> bindLevelColumns(null, null, null);
            case StrategicObjective os -> bindLevelColumns(os.indicatorGroupWeight(), os.operationalGroupWeight(), null);
            case OperationalObjective oo -> bindLevelColumns(null, null, null);
            case Indicator i -> bindLevelColumns(null, null, i.definition());
        }
        nodes.addBatch();
    }

    private void bindLevelColumns(Weight indicatorGroup, Weight operationalGroup, IndicatorDefinition definition)
            throws SQLException {
        Columns.setDecimal(nodes, 9, indicatorGroup == null ? null : indicatorGroup.percent());
        Columns.setDecimal(nodes, 10, operationalGroup == null ? null : operationalGroup.percent());
        Columns.setString(nodes, 11, definition == null ? null : definition.algorithm());
        Columns.setString(nodes, 12, definition == null ? null : definition.unit().name());
        Columns.setString(nodes, 13, definition == null ? null : definition.dataSource());
        Columns.setString(nodes, 14, definition == null ? null : definition.owner());
        Columns.setString(nodes, 15, definition == null ? null : definition.formula());
    }

    private void addValues(Indicator indicator) throws SQLException {
        for (var baseline : indicator.definition().baselines().entrySet()) {
            bindKey(baselines, indicator.id(), baseline.getKey());
            ValueColumns.bind(baselines, 4, baseline.getValue());
            baselines.addBatch();
        }
        for (var target : indicator.definition().targets().entrySet()) {
            bindKey(targets, indicator.id(), target.getKey());
            ValueColumns.bind(targets, 4, target.getValue());
            targets.addBatch();
        }
    }

    private void bindKey(PreparedStatement statement, NodeId node, int year) throws SQLException {
        statement.setLong(1, planId);
        statement.setInt(2, node.value());
        statement.setInt(3, year);
    }

    @Override
    public void close() throws SQLException {
        try (nodes; baselines; targets) {
            // closes the three statements, even when one of them fails to close
        }
    }
}
