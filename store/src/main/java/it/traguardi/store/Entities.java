package it.traguardi.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The row of an entity (ente), made when first needed; names compare exactly. */
final class Entities {

    private static final String INSERT = "insert into entity (name) values (?) on conflict do nothing";
    private static final String SELECT = "select id from entity where name = ?";

    private Entities() {
    }

    /** The id of the entity, if it has a row. */
    static Optional<Long> find(Connection connection, String entity) throws SQLException {
        try (var select = connection.prepareStatement(SELECT)) {
            select.setString(1, entity);
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * The id of the entity, inserting it when new, inside the caller's transaction. Read first: an
     * entity nearly always has its row, and an insert that meets the unique name costs far more
     * than a read (on H2 it is a failed insert inside). Two writers of a new entity may both find
     * no row; the insert ignores the second one's, and the read after it finds the first one's.
     */
    static long idOf(Connection connection, String entity) throws SQLException {
        var found = find(connection, entity);
        if (found.isPresent()) {
            return found.get();
        }
        try (var insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entity);
            insert.executeUpdate();
        }
        return find(connection, entity).orElseThrow();
    }
}
