package it.traguardi.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The row of an entity (ente), made when first needed; names compare exactly. */
final class Entities {

    private static final String INSERT = "insert into entity (name) values (?) on conflict do nothing";
    private static final String SELECT = "select id from entity where name = ?";

    private Entities() {
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
