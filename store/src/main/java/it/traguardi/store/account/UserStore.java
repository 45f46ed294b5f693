package it.traguardi.store.account;

import it.traguardi.core.account.AccountRules;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.value.Limits;
import it.traguardi.store.Actor;
import it.traguardi.store.AuditChain;
import it.traguardi.store.AuditChange;
import it.traguardi.store.AuditScope;
import it.traguardi.store.StoreException;
import it.traguardi.store.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Archivio degli utenti: accounts, their passwords (as Argon2id hashes) and their roles per entity.
 * Logins are stored {@linkplain AccountRules#normalizedLogin normalized}; every method takes them
 * as written and normalizes them itself. Every change is made by an {@link Actor} and lands in the
 * audit trail in its own transaction: accounts and passwords belong to the installation (an entry
 * with no entity), a role to the entity it is held in. A password or its hash is never recorded.
 */
public final class UserStore {

    private static final String COLUMNS = "id, login, display_name, administrator, disabled, password_hash";
    private static final String INSERT = """
            insert into app_user (login, display_name, password_hash, administrator, disabled, created_at, changed_at)
            values (?, ?, ?, ?, false, ?, ?)""";

    private final DataSource dataSource;
    private final Clock clock;

    public UserStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds an account with a password (hashed here).
     *
     * @throws AccountExistsException when the login is taken
     * @throws IllegalArgumentException when the login, name or password breaks {@link AccountRules}
     */
    public User add(String login, String displayName, boolean administrator, String password, Actor actor) {
        var normalized = valid(login);
        AccountRules.displayNameProblem(displayName).ifPresent(p -> refuse(p.key()));
        AccountRules.passwordProblem(password).ifPresent(p -> refuse(p.key()));
        var hash = PasswordHashing.hash(password);
        return Transactions.inTransaction(dataSource, "adding the account " + normalized, connection -> {
            if (find(connection, normalized).isPresent()) {
                throw new AccountExistsException(normalized);
            }
            try (var insert = connection.prepareStatement(INSERT)) {
                var now = clock.instant().atOffset(ZoneOffset.UTC);
                insert.setString(1, normalized);
                insert.setString(2, displayName.strip());
                insert.setString(3, hash);
                insert.setBoolean(4, administrator);
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
            var added = find(connection, normalized).orElseThrow();
            audit(connection, actor, AuditScope.ARCHIVE, ChangeKind.ACCOUNT_ADDED, added.login(), "",
                    CompactJson.object(described(added)));
            return added;
        });
    }

    /** The account with the login, in any case. */
    public Optional<User> find(String login) {
        return read("reading the account " + login, c -> find(c, AccountRules.normalizedLogin(login)));
    }

    /** The account with the id. */
    public Optional<User> byId(long id) {
        return read("reading the account #" + id, c -> one(c, "select " + COLUMNS + " from app_user where id = ?", id));
    }

    /** Every account, by login. */
    public List<User> list() {
        return read("listing the accounts", connection -> {
            try (var select = connection.prepareStatement("select " + COLUMNS + " from app_user order by login");
                    var rows = select.executeQuery()) {
                var out = new ArrayList<User>();
                while (rows.next()) {
                    out.add(user(rows));
                }
                return out;
            }
        });
    }

    /** Whether an enabled installation administrator exists: until one does, the server changes nothing. */
    public boolean anyAdministrator() {
        return read("looking for an administrator", connection -> {
            try (var select = connection.prepareStatement(
                    "select count(*) from app_user where administrator = true and disabled = false");
                    var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        });
    }

    /**
     * Disables or enables an account; disabling also ends its sessions (its tokens are refused while
     * it stays disabled). False when no account has the login.
     */
    public boolean setDisabled(String login, boolean disabled, Actor actor) {
        var normalized = AccountRules.normalizedLogin(login);
        return Transactions.inTransaction(dataSource, "changing the account " + normalized, connection -> {
            var user = find(connection, normalized);
            if (user.isEmpty()) {
                return false;
            }
            update(connection, "update app_user set disabled = ?, changed_at = ? where id = ?", disabled, user.get().id());
            if (disabled) {
                endSessions(connection, user.get().id());
            }
            if (user.get().disabled() != disabled) {
                audit(connection, actor, AuditScope.ARCHIVE, disabled ? ChangeKind.ACCOUNT_DISABLED
                        : ChangeKind.ACCOUNT_ENABLED, normalized, disabledState(!disabled), disabledState(disabled));
            }
            return true;
        });
    }

    private static String disabledState(boolean disabled) {
        return CompactJson.object(Map.of("disattivato", disabled ? "sì" : "no"));
    }

    /**
     * Sets a new password and ends every session of the account (a stolen session dies with the old
     * password). False when no account has the login.
     *
     * @throws IllegalArgumentException when the password breaks {@link AccountRules}
     */
    public boolean setPassword(String login, String password, Actor actor) {
        AccountRules.passwordProblem(password).ifPresent(p -> refuse(p.key()));
        var hash = PasswordHashing.hash(password);
        var normalized = AccountRules.normalizedLogin(login);
        return Transactions.inTransaction(dataSource, "changing the password of " + normalized, connection -> {
            var user = find(connection, normalized);
            if (user.isEmpty()) {
                return false;
            }
            update(connection, "update app_user set password_hash = ?, changed_at = ? where id = ?", hash, user.get().id());
            endSessions(connection, user.get().id());
            // that it changed, by whom and from where: never the password, nor its hash
            audit(connection, actor, AuditScope.ARCHIVE, ChangeKind.PASSWORD_CHANGED, normalized, "", "");
            return true;
        });
    }

    /** The password hash of an account that has one, for signing in. */
    Optional<String> passwordHash(String normalizedLogin) {
        return read("reading the password of " + normalizedLogin, connection -> {
            try (var select = connection.prepareStatement("select password_hash from app_user where login = ?")) {
                select.setString(1, normalizedLogin);
                try (var rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Gives the account a role in an entity (by the entity's name); false when it had it already. */
    public boolean grant(long userId, Grant grant, Actor actor) {
        valid(grant);
        return Transactions.inTransaction(dataSource, "granting " + grant, connection -> {
            if (grants(connection, userId).contains(grant)) {
                return false;
            }
            audit(connection, actor, new AuditScope.OfEntity(grant.entity()), ChangeKind.ROLE_GRANTED,
                    login(connection, userId), "", roleState(grant));
            try (var insert = connection.prepareStatement(
                    "insert into user_grant (user_id, entity_name, role_code, created_at) values (?, ?, ?, ?)")) {
                insert.setLong(1, userId);
                insert.setString(2, grant.entity());
                insert.setString(3, grant.role().code());
                insert.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** Takes a role in an entity from the account; false when it did not hold it. */
    public boolean revoke(long userId, Grant grant, Actor actor) {
        return Transactions.inTransaction(dataSource, "revoking " + grant, connection -> {
            try (var delete = connection.prepareStatement(
                    "delete from user_grant where user_id = ? and entity_name = ? and role_code = ?")) {
                delete.setLong(1, userId);
                delete.setString(2, grant.entity());
                delete.setString(3, grant.role().code());
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            audit(connection, actor, new AuditScope.OfEntity(grant.entity()), ChangeKind.ROLE_REVOKED,
                    login(connection, userId), roleState(grant), "");
            return true;
        });
    }

    private static String roleState(Grant grant) {
        var state = new LinkedHashMap<String, String>();
        state.put("ente", grant.entity());
        state.put("ruolo", grant.role().code());
        return CompactJson.object(state);
    }

    private static Map<String, String> described(User user) {
        var state = new LinkedHashMap<String, String>();
        state.put("utente", user.login());
        state.put("nome", user.displayName());
        state.put("amministratore", user.administrator() ? "sì" : "no");
        return state;
    }

    /**
     * Records a change of accounts in the caller's transaction; the subject names the account
     * ({@code utente mario.rossi}) so that the trail can be searched for it.
     */
    static void audit(Connection connection, Actor actor, AuditScope scope, ChangeKind kind, String login,
            String before, String after) throws SQLException {
        AuditChain.append(connection, actor, List.of(new AuditChange(scope, kind, "utente " + login, before, after, "")));
    }

    /** The login of an account by its id, for the audit trail; {@code #id} when there is none. */
    static String login(Connection connection, long userId) throws SQLException {
        return one(connection, "select " + COLUMNS + " from app_user where id = ?", userId).map(User::login)
                .orElse("#" + userId);
    }

    /** The roles the account holds, by entity then role. */
    public List<Grant> grants(long userId) {
        return read("reading the roles of #" + userId, connection -> grants(connection, userId));
    }

    private static List<Grant> grants(Connection connection, long userId) throws SQLException {
        try (var select = connection.prepareStatement(
                "select entity_name, role_code from user_grant where user_id = ? order by entity_name, role_code")) {
            select.setLong(1, userId);
            try (var rows = select.executeQuery()) {
                var out = new ArrayList<Grant>();
                while (rows.next()) {
                    Role.ofCode(rows.getString(2)).ifPresent(role -> add(out, rows, role));
                }
                return out;
            }
        }
    }

    private static void add(List<Grant> out, ResultSet rows, Role role) {
        try {
            out.add(new Grant(rows.getString(1), role));
        } catch (SQLException e) {
            throw new StoreException("reading a role", e);
        }
    }

    private static Optional<User> find(Connection connection, String normalizedLogin) throws SQLException {
        return one(connection, "select " + COLUMNS + " from app_user where login = ?", normalizedLogin);
    }

    private static Optional<User> one(Connection connection, String sql, Object key) throws SQLException {
        try (var select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        }
    }

    static User user(ResultSet row) throws SQLException {
        return new User(row.getLong("id"), row.getString("login"), row.getString("display_name"),
                row.getBoolean("administrator"), row.getBoolean("disabled"), row.getString("password_hash") != null);
    }

    private void update(Connection connection, String sql, Object value, long id) throws SQLException {
        try (var update = connection.prepareStatement(sql)) {
            update.setObject(1, value);
            update.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    static void endSessions(Connection connection, long userId) throws SQLException {
        try (var delete = connection.prepareStatement("delete from user_session where user_id = ?")) {
            delete.setLong(1, userId);
            delete.executeUpdate();
        }
    }

    private <T> T read(String operation, Transactions.Work<T> work) {
        try (var connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }

    private static String valid(String login) {
        var normalized = AccountRules.normalizedLogin(login);
        AccountRules.loginProblem(normalized).ifPresent(p -> refuse(p.key()));
        return normalized;
    }

    private static void valid(Grant grant) {
        if (grant.entity().isBlank()) {
            refuse("entity");
        }
        Limits.Text.ENTITY.problem(grant.entity()).ifPresent(p -> refuse(p.key()));
    }

    private static void refuse(String problem) {
        throw new IllegalArgumentException(problem);
    }
}
