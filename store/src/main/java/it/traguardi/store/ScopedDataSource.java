package it.traguardi.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool of a PostgreSQL database as the stores see it: every connection handed out carries the
 * {@link EntityScope} of the thread that takes it, in the session setting the row-level security
 * policies read. Set at every checkout rather than with {@code set local} in each transaction,
 * because most reads run outside any transaction (auto-commit) and would otherwise carry none; a
 * connection keeps the setting until its next checkout sets it again. A physical connection that
 * already carries the wanted value is not asked again (one round trip saved on most checkouts).
 */
final class ScopedDataSource implements DataSource {

    private static final String APPLY = "select set_config('" + EntityScope.SETTING + "', ?, false)";

    private final DataSource pool;
    /** The setting each physical connection carries, as this class last set it. */
    private final Map<Object, String> carried = Collections.synchronizedMap(new WeakHashMap<>());

    ScopedDataSource(DataSource pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(pool.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        var setting = EntityScope.setting();
        try {
            var physical = connection.unwrap(org.postgresql.PGConnection.class);
            if (!setting.equals(carried.get(physical))) {
                try (var apply = connection.prepareStatement(APPLY)) {
                    apply.setString(1, setting);
                    apply.executeQuery().close();
                }
                // only once the setting is committed: a rolled-back transaction would undo it
                if (connection.getAutoCommit()) {
                    carried.put(physical, setting);
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
