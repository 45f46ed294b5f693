package it.traguardi.store;

import it.traguardi.core.plan.NodeId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** How many values and comments each node of an entity's plan year has (archived ones aside). */
final class NodeRecords {

    private static final String VALUES = """
            select node_key, count(*) from actual_value
            where entity_id = ? and plan_year = ? and target_kind = 'INDICATOR' and archived_at is null
            group by node_key""";
    private static final String COMMENTS = """
            select node_key, count(*) from node_comment
            where entity_id = ? and plan_year = ? and archived_at is null group by node_key""";

    private NodeRecords() {
    }

    static Map<NodeId, Integer> values(Connection connection, long entityId, int year) throws SQLException {
        return counts(connection, VALUES, entityId, year);
    }

    static Map<NodeId, Integer> comments(Connection connection, long entityId, int year) throws SQLException {
        return counts(connection, COMMENTS, entityId, year);
    }

    private static Map<NodeId, Integer> counts(Connection connection, String sql, long entityId, int year)
            throws SQLException {
        var out = new HashMap<NodeId, Integer>();
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, entityId);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    out.put(new NodeId(row.getInt(1)), row.getInt(2));
                }
            }
        }
        return out;
    }
}
