package it.traguardi.store;

import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.Assignments;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.plan.NodeId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Archivio degli incarichi: who answers for which indicator, measure or organisational unit of an
 * entity's plan year. Adding what is already there, or removing what is not, changes nothing and
 * says so; every change is recorded in the audit trail, on the plan year it belongs to.
 */
public final class AssignmentStore {

    private static final String MATCH = """
            select a.id from assignment a join entity e on e.id = a.entity_id
            where e.name = ? and a.plan_year = ? and a.login = ? and a.scope_kind = ? and a.scope_key = ?""";
    private static final String INSERT = """
            insert into assignment (entity_id, plan_year, login, scope_kind, scope_key) values (?, ?, ?, ?, ?)""";
    private static final String DELETE = "delete from assignment where id = ?";
    private static final String SELECT = """
            select a.login, a.scope_kind, a.scope_key from assignment a join entity e on e.id = a.entity_id
            where e.name = ? and a.plan_year = ? order by a.login, a.scope_kind, a.scope_key, a.id""";

    private final DataSource dataSource;

    public AssignmentStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Adds the assignment; false when it was already there. */
    public boolean add(Assignment assignment, Actor actor) {
        return Transactions.inTransaction(dataSource, "assigning " + assignment, connection -> {
            if (find(connection, assignment) != 0) {
                return false;
            }
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setLong(1, Entities.idOf(connection, assignment.entity()));
                insert.setInt(2, assignment.year());
                insert.setString(3, assignment.login());
                insert.setString(4, kind(assignment.scope()));
                insert.setString(5, key(assignment.scope()));
                insert.executeUpdate();
            }
            audit(connection, actor, assignment, ChangeKind.ASSIGNMENT_ADDED, "", state(assignment));
            return true;
        });
    }

    /** Removes the assignment; false when there was none. */
    public boolean remove(Assignment assignment, Actor actor) {
        return Transactions.inTransaction(dataSource, "removing " + assignment, connection -> {
            var id = find(connection, assignment);
            if (id == 0) {
                return false;
            }
            try (var delete = connection.prepareStatement(DELETE)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            audit(connection, actor, assignment, ChangeKind.ASSIGNMENT_REMOVED, state(assignment), "");
            return true;
        });
    }

    /** Every assignment of the entity's plan year, by login. */
    public List<Assignment> list(String entity, int year) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(SELECT)) {
            select.setString(1, entity);
            select.setInt(2, year);
            var out = new ArrayList<Assignment>();
            try (var row = select.executeQuery()) {
                while (row.next()) {
                    out.add(new Assignment(entity, year, row.getString("login"), scope(row)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the assignments of " + entity + " " + year, e);
        }
    }

    /** What one person answers for in the entity's plan year. */
    public Assignments of(String entity, int year, String login) {
        return new Assignments(list(entity, year).stream().filter(a -> a.login().equals(login.strip()))
                .map(Assignment::scope).toList());
    }

    private static void audit(Connection connection, Actor actor, Assignment assignment, ChangeKind kind,
            String before, String after) throws SQLException {
        var scope = assignment.scope() instanceof Assignment.Scope.OfIndicator i
                ? new AuditScope.OfNode(assignment.entity(), assignment.year(), i.id())
                : new AuditScope.OfPlan(assignment.entity(), assignment.year());
        AuditChain.append(connection, actor, List.of(new AuditChange(scope, kind, "incarico di " + assignment.login(),
                before, after, "")));
    }

    private static String state(Assignment assignment) {
        var state = new LinkedHashMap<String, String>();
        state.put("utente", assignment.login());
        state.put("ambito", kind(assignment.scope()));
        state.put("chiave", key(assignment.scope()));
        return CompactJson.object(state);
    }

    /** The id of the same assignment, or 0 when there is none. */
    private static long find(Connection connection, Assignment assignment) throws SQLException {
        try (var select = connection.prepareStatement(MATCH)) {
            select.setString(1, assignment.entity());
            select.setInt(2, assignment.year());
            select.setString(3, assignment.login());
            select.setString(4, kind(assignment.scope()));
            select.setString(5, key(assignment.scope()));
            try (var row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static String kind(Assignment.Scope scope) {
        return switch (scope) {
            case Assignment.Scope.OfIndicator i -> "indicatore";
            case Assignment.Scope.OfMeasure m -> "misura";
            case Assignment.Scope.OfOwner o -> "unita";
        };
    }

    private static String key(Assignment.Scope scope) {
        return switch (scope) {
            case Assignment.Scope.OfIndicator i -> Integer.toString(i.id().value());
            case Assignment.Scope.OfMeasure m -> m.code();
            case Assignment.Scope.OfOwner o -> o.owner();
        };
    }

    private static Assignment.Scope scope(ResultSet row) throws SQLException {
        var key = row.getString("scope_key");
        return switch (row.getString("scope_kind")) {
            case "indicatore" -> new Assignment.Scope.OfIndicator(new NodeId(Integer.parseInt(key)));
            case "misura" -> new Assignment.Scope.OfMeasure(key);
            case "unita" -> new Assignment.Scope.OfOwner(key);
            default -> throw new StoreException("unknown assignment kind " + row.getString("scope_kind"), null);
        };
    }
}
