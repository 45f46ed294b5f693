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
            + ValueColumns.TARGET_COLUMNS + ", written_text) values (?, ?, ?"
            + ", ?".repeat(ValueColumns.TARGET_PARAMETERS + 1) + ")";

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

    /** Writes the nodes of the plan under the plan row {@code planId}, which must have none yet. */
    static void write(Connection connection, long planId, Plan plan) throws SQLException {
        try (var writer = new PlanWriter(connection, planId)) {
            writer.write(plan);
        }
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
            targets.setString(4 + ValueColumns.TARGET_PARAMETERS,
                    indicator.definition().writtenTarget(target.getKey()).orElse(null));
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
