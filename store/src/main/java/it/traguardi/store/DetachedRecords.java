package it.traguardi.store;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Valori e commenti di nodi non piu' nel piano: what was recorded for indicators and objectives
 * that a later version of the plan no longer has (deleted by an editor, or not recognised in a
 * file imported again). Never moved to another node, never dropped: readable here, under the code
 * and title the node last had.
 */
public final class DetachedRecords {

    /** A node no longer in the plan, with what was recorded for it, oldest first. */
    public record DetachedNode(NodeId id, NodeKind kind, String code, String title, List<ValueRecord> values,
            List<Comment> comments) {

        public DetachedNode {
            Objects.requireNonNull(id, "id");
            values = List.copyOf(values);
            comments = List.copyOf(comments);
        }

        /** "code - title", or the title alone when the node had no code. */
        public String label() {
            return code.isEmpty() ? title : code + " - " + title;
        }
    }

    private static final String NOT_IN_PLAN = " and not exists (select 1 from plan_node n join plan p on p.id = n.plan_id"
            + " where p.entity_id = x.entity_id and p.plan_year = x.plan_year and n.node_key = x.node_key)";
    private static final String VALUES = """
            select x.*, i.kind as node_kind, i.code as node_code, i.title as node_title
            from actual_value x join entity e on e.id = x.entity_id
            left join node_identity i on i.entity_id = x.entity_id and i.plan_year = x.plan_year and i.node_key = x.node_key
            where e.name = ? and x.plan_year = ? and x.target_kind = 'INDICATOR' and x.archived_at is null"""
            + NOT_IN_PLAN + " order by x.node_key, x.period_date, x.recorded_at, x.id";
    private static final String COMMENTS = """
            select x.*, i.kind as node_kind, i.code as node_code, i.title as node_title
            from node_comment x join entity e on e.id = x.entity_id
            left join node_identity i on i.entity_id = x.entity_id and i.plan_year = x.plan_year and i.node_key = x.node_key
            where e.name = ? and x.plan_year = ? and x.archived_at is null"""
            + NOT_IN_PLAN + " order by x.node_key, x.created_at, x.id";

    private final DataSource dataSource;

    public DetachedRecords(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Every node of the entity's plan year that has values or comments but is not in its plan, by id. */
    public List<DetachedNode> of(String entity, int year) {
        var nodes = new TreeMap<NodeId, Parts>();
        try (var connection = dataSource.getConnection()) {
            read(connection, VALUES, entity, year, nodes, true);
            read(connection, COMMENTS, entity, year, nodes, false);
        } catch (SQLException e) {
            throw new StoreException("reading the detached values of " + entity + " for " + year, e);
        }
        return nodes.values().stream().map(Parts::node).toList();
    }

    /** A detached node being read: its name and what was recorded for it. */
    private record Parts(NodeId id, NodeKind kind, String code, String title, List<ValueRecord> values,
            List<Comment> comments) {

        DetachedNode node() {
            return new DetachedNode(id, kind, code, title, values, comments);
        }
    }

    private static void read(Connection connection, String sql, String entity, int year, Map<NodeId, Parts> nodes,
            boolean values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, entity);
            statement.setInt(2, year);
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    var id = new NodeId(row.getInt("node_key"));
                    var parts = nodes.get(id);
                    if (parts == null) {
                        var kind = row.getString("node_kind");
                        parts = new Parts(id, kind == null ? NodeKind.INDICATOR : NodeKind.valueOf(kind),
                                Objects.requireNonNullElse(row.getString("node_code"), ""),
                                Objects.requireNonNullElse(row.getString("node_title"), id.toString()),
                                new ArrayList<>(), new ArrayList<>());
                        nodes.put(id, parts);
                    }
                    if (values) {
                        parts.values().add(ValueStore.record(row));
                    } else {
                        parts.comments().add(CommentStore.comment(row));
                    }
                }
            }
        }
    }
}
