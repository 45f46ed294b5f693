package it.traguardi.cli;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A schema of its own on the PostgreSQL server of the development and CI machines, as the store
 * tests make theirs ({@code TRAGUARDI_TEST_POSTGRES} may name another server); dropped on close.
 */
record ScratchPostgres(String serverUrl, String name) implements AutoCloseable {

    static ScratchPostgres create() {
        var configured = System.getenv("TRAGUARDI_TEST_POSTGRES");
        var server = configured == null || configured.isBlank()
                ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : configured.strip();
        var schema = new ScratchPostgres(server, "t_" + UUID.randomUUID().toString().replace("-", ""));
        schema.execute("create schema " + schema.name);
        return schema;
    }

    /** The server URL with this schema as the current one. */
    String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    public void close() {
        execute("drop schema " + name + " cascade");
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(serverUrl); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " is required: " + e.getMessage(), e);
        }
    }
}
