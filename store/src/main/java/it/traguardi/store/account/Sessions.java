package it.traguardi.store.account;

import it.traguardi.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sessioni: signed-in browsers, kept in the database so that every instance of the server knows
 * them and a restart signs nobody out. Only the SHA-256 of the cookie's value is stored. A session
 * ends after {@link #IDLE} without requests, {@link #ABSOLUTE} after sign-in whatever happens, on
 * sign-out, when its account is disabled and when its password changes.
 */
public final class Sessions {

    /** A working day without a request ends the session. */
    public static final Duration IDLE = Duration.ofHours(8);
    /** No session outlives a long working day, however busy. */
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** Last-seen times are written at most this often, so that reading pages does not write on every request. */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(1);
    /** {@code user_session.address varchar(100)}: an IPv6 address with a zone fits. */
    static final int ADDRESS = 100;

    private static final String RESOLVE = """
            select s.id, s.last_seen_at, u.id, u.login, u.display_name, u.administrator, u.disabled, u.password_hash
            from user_session s join app_user u on u.id = s.user_id
            where s.token_hash = ? and s.expires_at > ? and s.last_seen_at > ? and u.disabled = false""";

    private final DataSource dataSource;
    private final Clock clock;

    public Sessions(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens a session for the account; returns the secret for the cookie (shown nowhere else). */
    public String open(long userId, String address) {
        var secret = SecretTokens.newSecret();
        var now = clock.instant();
        Transactions.inTransaction(dataSource, "opening a session", connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at, address)
                    values (?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, userId);
                insert.setString(2, SecretTokens.sha256(secret));
                insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                insert.setObject(5, now.plus(ABSOLUTE).atOffset(ZoneOffset.UTC));
                insert.setString(6, shortened(address));
                insert.executeUpdate();
            }
            return null;
        });
        return secret;
    }

    /** The account of a live session (not expired, not idle too long, account enabled), noting that it was seen. */
    public Optional<User> resolve(String secret) {
        var now = clock.instant();
        return Transactions.inTransaction(dataSource, "reading a session", connection -> {
            try (var select = connection.prepareStatement(RESOLVE)) {
                select.setString(1, SecretTokens.sha256(secret));
                select.setObject(2, now.atOffset(ZoneOffset.UTC));
                select.setObject(3, now.minus(IDLE).atOffset(ZoneOffset.UTC));
                try (var rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<User>empty();
                    }
                    var user = new User(rows.getLong(3), rows.getString(4), rows.getString(5), rows.getBoolean(6),
                            rows.getBoolean(7), rows.getString(8) != null);
                    var seen = rows.getObject(2, OffsetDateTime.class).toInstant();
                    if (seen.plus(SEEN_PRECISION).isBefore(now)) {
                        touch(connection, rows.getLong(1), now);
                    }
                    return Optional.of(user);
                }
            }
        });
    }

    /** Ends the session (sign-out); nothing happens for a secret that names none. */
    public void close(String secret) {
        Transactions.inTransaction(dataSource, "closing a session", connection -> {
            try (var delete = connection.prepareStatement("delete from user_session where token_hash = ?")) {
                delete.setString(1, SecretTokens.sha256(secret));
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the sessions that ended by time (each sign-in does); they are refused anyway. */
    public int sweep() {
        var now = clock.instant();
        return Transactions.inTransaction(dataSource, "removing ended sessions", connection -> {
            try (var delete = connection.prepareStatement(
                    "delete from user_session where expires_at <= ? or last_seen_at <= ?")) {
                delete.setObject(1, now.atOffset(ZoneOffset.UTC));
                delete.setObject(2, now.minus(IDLE).atOffset(ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }

    private static void touch(Connection connection, long id, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("update user_session set last_seen_at = ? where id = ?")) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    static String shortened(String address) {
        return address.length() > ADDRESS ? address.substring(0, ADDRESS) : address;
    }
}
