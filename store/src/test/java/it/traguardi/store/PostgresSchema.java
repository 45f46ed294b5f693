package it.traguardi.store;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL server of the development and CI machines, so that test runs
 * never see each other's tables. The server is required: when it cannot be reached the tests fail.
 * {@code TRAGUARDI_TEST_POSTGRES} may name another server (a JDBC URL with its query string).
 * Public, in the store's test jar, for the tests of the modules above that need PostgreSQL too.
 */
public record PostgresSchema(String serverUrl, String name) implements AutoCloseable {

    static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    public static PostgresSchema create() {
        var configured = System.getenv("TRAGUARDI_TEST_POSTGRES");
        var server = configured == null || configured.isBlank() ? DEFAULT_SERVER : configured.strip();
        var schema = new PostgresSchema(server, "t_" + UUID.randomUUID().toString().replace("-", ""));
        schema.execute("create schema " + schema.name);
        return schema;
    }

    /** The server URL with this schema as the current one, for Flyway and for every query. */
    public String url() {
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
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " is required by the tests: "
                    + e.getMessage(), e);
        }
    }
}
