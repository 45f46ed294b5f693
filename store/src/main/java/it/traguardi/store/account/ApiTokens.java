package it.traguardi.store.account;

import it.traguardi.core.account.AccountRules;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.store.Actor;
import it.traguardi.store.AuditScope;
import it.traguardi.store.StoreException;
import it.traguardi.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Token di accesso: personal access tokens for the API ({@code Authorization: Bearer}), created and
 * revoked by their owner, each with a name and an expiry. Only the SHA-256 of the secret is kept:
 * the secret is shown once, when the token is made.
 */
public final class ApiTokens {

    /** The prefix of every secret, so that one pasted in the wrong place is recognisable (and findable by scanners). */
    public static final String PREFIX = "trg_";
    /** The longest life a token may be given. */
    public static final int MAX_DAYS = 366;

    private static final String RESOLVE = """
            select t.id, u.id, u.login, u.display_name, u.administrator, u.disabled, u.password_hash
            from api_token t join app_user u on u.id = t.user_id
            where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.disabled = false""";

    private final DataSource dataSource;
    private final Clock clock;

    public ApiTokens(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Makes a token for the account valid for the days given; returns its secret, shown only now.
     *
     * @throws IllegalArgumentException for a name that breaks {@link AccountRules} or days outside 1 to {@value #MAX_DAYS}
     */
    public String create(long userId, String name, int days, Actor actor) {
        AccountRules.tokenNameProblem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p.key());
        });
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days " + days);
        }
        var secret = PREFIX + SecretTokens.newSecret();
        var now = clock.instant();
        Transactions.inTransaction(dataSource, "creating a token", connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into api_token (user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)""")) {
                insert.setLong(1, userId);
                insert.setString(2, name.strip());
                insert.setString(3, SecretTokens.sha256(secret));
                insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                insert.setObject(5, now.plus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            // its name and expiry, never its secret nor the secret's hash
            var state = new LinkedHashMap<String, String>();
            state.put("token", name.strip());
            state.put("scadenza", now.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS).toString());
            UserStore.audit(connection, actor, AuditScope.ARCHIVE, ChangeKind.TOKEN_CREATED,
                    UserStore.login(connection, userId), "", CompactJson.object(state));
            return null;
        });
        return secret;
    }

    /** The account of a token that is known, not revoked, not expired and whose account is enabled; notes its use. */
    public Optional<User> resolve(String secret) {
        var now = clock.instant();
        return Transactions.inTransaction(dataSource, "reading a token", connection -> {
            try (var select = connection.prepareStatement(RESOLVE)) {
                select.setString(1, SecretTokens.sha256(secret));
                select.setObject(2, now.atOffset(ZoneOffset.UTC));
                try (var rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<User>empty();
                    }
                    used(connection, rows.getLong(1), now);
                    return Optional.of(new User(rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getBoolean(5), rows.getBoolean(6), rows.getString(7) != null));
                }
            }
        });
    }

    /** The tokens of the account, newest first, revoked and expired ones included. */
    public List<ApiToken> of(long userId) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement("""
                select id, name, created_at, expires_at, revoked_at from api_token where user_id = ?
                order by created_at desc, id desc""")) {
            select.setLong(1, userId);
            try (var rows = select.executeQuery()) {
                var out = new ArrayList<ApiToken>();
                while (rows.next()) {
                    out.add(new ApiToken(rows.getLong(1), rows.getString(2), instant(rows.getObject(3, OffsetDateTime.class)),
                            instant(rows.getObject(4, OffsetDateTime.class)), rows.getObject(5) != null));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("listing the tokens of #" + userId, e);
        }
    }

    /** Revokes one of the account's own tokens; false when the account has no such token or it was revoked already. */
    public boolean revoke(long userId, long tokenId, Actor actor) {
        return Transactions.inTransaction(dataSource, "revoking a token", connection -> {
            try (var update = connection.prepareStatement(
                    "update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")) {
                update.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                update.setLong(2, tokenId);
                update.setLong(3, userId);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            UserStore.audit(connection, actor, AuditScope.ARCHIVE, ChangeKind.TOKEN_REVOKED,
                    UserStore.login(connection, userId), CompactJson.object(Map.of("token", name(connection, tokenId))), "");
            return true;
        });
    }

    private static String name(Connection connection, long tokenId) throws SQLException {
        try (var select = connection.prepareStatement("select name from api_token where id = ?")) {
            select.setLong(1, tokenId);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void used(Connection connection, long id, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("update api_token set last_used_at = ? where id = ?")) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }
}
