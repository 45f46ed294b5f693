package it.traguardi.store.account;

import it.traguardi.store.StoreException;
import it.traguardi.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accessi unici in corso: single sign-on (OpenID Connect) sign-ins between the browser's departure
 * to the identity provider and its return, in the database (table {@code pending_sign_on}) under the
 * SHA-256 of their random {@code state}, so that any instance finishes what another began and a
 * restart loses nothing. Each lives {@link #LIFE} and is {@linkplain #take taken} once: a replayed
 * return finds nothing.
 */
public final class PendingSignOns {

    /** Time enough to type a password and a second factor at the identity provider, not to keep a state lying about. */
    public static final Duration LIFE = Duration.ofMinutes(10);
    /** {@code pending_sign_on.redirect_uri} and {@code next_path}: longer ones are refused before they are kept. */
    public static final int MAX_TEXT = 2000;

    /** What the return is checked against: the nonce and PKCE verifier sent, the return address, and where to go after. */
    public record PendingSignOn(String nonce, String codeVerifier, String redirectUri, String next) {
        public PendingSignOn {
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(codeVerifier, "codeVerifier");
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(next, "next");
            if (redirectUri.length() > MAX_TEXT || next.length() > MAX_TEXT || nonce.length() > 200
                    || codeVerifier.length() > 200) {
                throw new IllegalArgumentException("a pending sign-on longer than its columns");
            }
        }
    }

    private static final String INSERT = """
            insert into pending_sign_on (state_hash, nonce, code_verifier, redirect_uri, next_path, created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            select nonce, code_verifier, redirect_uri, next_path from pending_sign_on
            where state_hash = ? and expires_at > ?""";

    private final DataSource dataSource;
    private final Clock clock;

    public PendingSignOns(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps a sign-in begun with the state; the expired ones go in the same transaction. */
    public void begin(String state, PendingSignOn pending) {
        var now = clock.instant();
        Transactions.inTransaction(dataSource, "keeping a single sign-on in progress", connection -> {
            purge(connection, now);
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, SecretTokens.sha256(state));
                insert.setString(2, pending.nonce());
                insert.setString(3, pending.codeVerifier());
                insert.setString(4, pending.redirectUri());
                insert.setString(5, pending.next());
                insert.setObject(6, now.atOffset(ZoneOffset.UTC));
                insert.setObject(7, now.plus(LIFE).atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The sign-in begun with the state, removed as it is read: empty when none was begun with it, it
     * expired, or it was taken already (by this server or another, even at the same moment: only the
     * one whose delete removed the row gets it).
     */
    public Optional<PendingSignOn> take(String state) {
        var hash = SecretTokens.sha256(state);
        var now = clock.instant();
        return Transactions.inTransaction(dataSource, "taking a single sign-on in progress", connection -> {
            var found = find(connection, hash, now);
            try (var delete = connection.prepareStatement("delete from pending_sign_on where state_hash = ?")) {
                delete.setString(1, hash);
                return delete.executeUpdate() == 1 ? found : Optional.<PendingSignOn>empty();
            }
        });
    }

    private static Optional<PendingSignOn> find(Connection connection, String hash, Instant now) throws SQLException {
        try (var select = connection.prepareStatement(SELECT)) {
            select.setString(1, hash);
            select.setObject(2, now.atOffset(ZoneOffset.UTC));
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.of(new PendingSignOn(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4))) : Optional.empty();
            }
        }
    }

    /** How many sign-ins are waiting, expired or not (for tests and the curious). */
    public long count() {
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("select count(*) from pending_sign_on")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("counting single sign-ons in progress", e);
        }
    }

    private static void purge(Connection connection, Instant now) throws SQLException {
        try (var delete = connection.prepareStatement("delete from pending_sign_on where expires_at <= ?")) {
            delete.setObject(1, now.atOffset(ZoneOffset.UTC));
            delete.executeUpdate();
        }
    }
}
