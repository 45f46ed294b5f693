package it.traguardi.store.account;

import it.traguardi.store.StoreException;
import it.traguardi.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Freno ai tentativi: after {@link #PER_LOGIN} failed sign-ins of one login, or {@link #PER_ADDRESS}
 * from one address, within {@link #WINDOW}, further attempts are refused until the oldest failure
 * leaves the window. The failures are rows in the database, not counters in memory, so every
 * instance of the server counts the same ones, on H2 and PostgreSQL alike (bucket4j's shared
 * backend exists only for PostgreSQL and would add a second way of storing the same thing).
 */
public final class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Enough for typing mistakes; few enough that guessing one person's password takes years. */
    public static final int PER_LOGIN = 5;
    /** An office behind one address may have several people mistyping at once. */
    public static final int PER_ADDRESS = 20;

    private final DataSource dataSource;
    private final Clock clock;

    public LoginThrottle(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether attempts for the login, or from the address, are held back now. */
    public boolean throttled(String normalizedLogin, String address) {
        try (var connection = dataSource.getConnection()) {
            return count(connection, "login", normalizedLogin) >= PER_LOGIN
                    || count(connection, "address", Sessions.shortened(address)) >= PER_ADDRESS;
        } catch (SQLException e) {
            throw new StoreException("counting failed sign-ins", e);
        }
    }

    /** Counts a failed attempt, and forgets the failures that left the window. */
    public void failed(String normalizedLogin, String address) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        Transactions.inTransaction(dataSource, "counting a failed sign-in", connection -> {
            try (var delete = connection.prepareStatement("delete from login_failure where failed_at <= ?")) {
                delete.setObject(1, now.minus(WINDOW));
                delete.executeUpdate();
            }
            try (var insert = connection.prepareStatement(
                    "insert into login_failure (login, address, failed_at) values (?, ?, ?)")) {
                insert.setString(1, limited(normalizedLogin));
                insert.setString(2, Sessions.shortened(address));
                insert.setObject(3, now);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** A successful sign-in forgets the login's failures (those of the address stay: they may be someone else's). */
    public void succeeded(String normalizedLogin) {
        Transactions.inTransaction(dataSource, "forgetting failed sign-ins", connection -> {
            try (var delete = connection.prepareStatement("delete from login_failure where login = ?")) {
                delete.setString(1, limited(normalizedLogin));
                delete.executeUpdate();
            }
            return null;
        });
    }

    private long count(Connection connection, String column, String key) throws SQLException {
        // column is one of two constants, never user input
        try (var select = connection.prepareStatement(
                "select count(*) from login_failure where " + column + " = ? and failed_at > ?")) {
            select.setString(1, column.equals("login") ? limited(key) : key);
            select.setObject(2, clock.instant().minus(WINDOW).atOffset(ZoneOffset.UTC));
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A login typed at the sign-in form may be anything: what is counted fits its column. */
    private static String limited(String login) {
        return login.length() > 200 ? login.substring(0, 200) : login;
    }
}
