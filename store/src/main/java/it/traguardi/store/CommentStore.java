package it.traguardi.store;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.plan.NodeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/** Archivio dei commenti: the comments on the nodes of an entity's plan year, append-only. */
public final class CommentStore {

    private static final String INSERT = """
            insert into node_comment (entity_id, plan_year, node_key, body, author, created_at)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            select c.node_key, c.body, c.author, c.created_at from node_comment c join entity e on e.id = c.entity_id
            where e.name = ? and c.plan_year = ? and c.node_key = ? and c.archived_at is null
            order by c.created_at, c.id""";

    private final DataSource dataSource;

    public CommentStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Adds a comment by {@code actor} to a node of the entity's plan year, with its audit entry. */
    public void add(String entity, int year, Comment comment, Actor actor) {
        Transactions.inTransaction(dataSource, "adding a comment to " + entity + " " + year, connection -> {
            var entityId = Entities.idOf(connection, entity);
            PlanSaving.requireRecordable(connection, entityId, entity, year);
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setLong(1, entityId);
                insert.setInt(2, year);
                insert.setInt(3, comment.node().value());
                insert.setString(4, comment.text());
                insert.setString(5, comment.author());
                insert.setObject(6, comment.createdAt().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            AuditChain.append(connection, actor, List.of(new AuditChange(
                    new AuditScope.OfNode(entity, year, comment.node()), ChangeKind.COMMENT_ADDED,
                    "nodo " + comment.node(), "", CompactJson.object(Map.of("commento", comment.text())), "")));
            return null;
        });
    }

    /** The comment of the current row of a query over {@code node_comment}. */
    static Comment comment(ResultSet row) throws SQLException {
        return new Comment(new NodeId(row.getInt("node_key")), row.getString("body"), row.getString("author"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** The comments on a node, oldest first. */
    public List<Comment> of(String entity, int year, NodeId node) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(SELECT)) {
            select.setString(1, entity);
            select.setInt(2, year);
            select.setInt(3, node.value());
            var out = new ArrayList<Comment>();
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    out.add(comment(row));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the comments of " + entity + " " + year, e);
        }
    }
}
