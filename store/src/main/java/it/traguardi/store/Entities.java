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

    /** The id of the entity, inserting it when new, inside the caller's transaction. */
    static long idOf(Connection connection, String entity) throws SQLException {
        try (var insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entity);
            insert.executeUpdate();
        }
        try (var select = connection.prepareStatement(SELECT)) {
            select.setString(1, entity);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
