package it.traguardi.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.core.audit.ChangeKind;
import it.traguardi.store.Actor;
import it.traguardi.store.AuditEntry;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.Database;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for accounts: users, grants, sessions, tokens and throttled sign-ins. */
abstract class AccountsContract {

    static final String PASSWORD = "cavallo batteria graffetta";
    static final String ADDRESS = "192.0.2.7";
    /** Who makes the changes of accounts in these tests, as the audit trail names them. */
    static final Actor ADMIN = new Actor("amministratore", "10.0.0.9");

    MovableClock clock;
    Accounts accounts;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from login_failure");
            statement.executeUpdate("delete from app_user");
            statement.executeUpdate("delete from pending_sign_on");
        }
        clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
        accounts = Accounts.on(database().dataSource(), clock);
    }

    private SignIn signIn(String login, String password) {
        return accounts.signIn(login, password, ADDRESS);
    }

    @Test
    void an_account_is_stored_in_lower_case_with_an_argon2id_hash_never_the_password() throws SQLException {
        var added = accounts.users().add("  M.Rossi ", "Mario Rossi", true, PASSWORD, ADMIN);

        assertThat(added).isEqualTo(new User(added.id(), "m.rossi", "Mario Rossi", true, false, true));
        assertThat(accounts.users().find("M.ROSSI")).contains(added);
        assertThat(accounts.users().list()).containsExactly(added);
        try (var connection = database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select password_hash from app_user")) {
            rows.next();
            // the standard encoding with the parameters of the brief: 19 MiB, 2 passes, 1 lane
            assertThat(rows.getString(1)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        }
    }

    @Test
    void a_login_is_taken_once_whatever_its_case() {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);

        assertThatThrownBy(() -> accounts.users().add("ROSSI", "Altro", false, PASSWORD, ADMIN))
                .isInstanceOf(AccountExistsException.class);
        assertThat(accounts.users().list()).hasSize(1);
    }

    @Test
    void bad_logins_names_and_passwords_are_refused_before_anything_is_written() {
        assertThatThrownBy(() -> accounts.users().add("ros si", "Mario", false, PASSWORD, ADMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("account.login.invalid");
        assertThatThrownBy(() -> accounts.users().add("rossi", "Mario", false, "corta", ADMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("account.password.short");
        assertThatThrownBy(() -> accounts.users().add("rossi", "Ma\u0000rio", false, PASSWORD, ADMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit.text.control");
        assertThatThrownBy(() -> accounts.users().add("r".repeat(201), "Mario", false, PASSWORD, ADMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit.text.too-long");
        assertThat(accounts.users().list()).isEmpty();
    }

    @Test
    void the_right_password_opens_a_session_that_resolves_to_its_account() {
        var user = accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);

        var signedIn = (SignIn.SignedIn) signIn("Rossi", PASSWORD);

        assertThat(signedIn.user()).isEqualTo(user);
        // 32 random bytes in URL-safe Base64 without padding
        assertThat(signedIn.sessionSecret()).hasSize(43);
        assertThat(accounts.sessions().resolve(signedIn.sessionSecret())).contains(user);
        assertThat(accounts.sessions().resolve(signedIn.sessionSecret() + "x")).isEmpty();
    }

    @Test
    void a_wrong_password_an_unknown_login_and_a_disabled_account_get_the_same_refusal() {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        accounts.users().add("bianchi", "Anna Bianchi", false, PASSWORD, ADMIN);
        accounts.users().setDisabled("bianchi", true, ADMIN);

        assertThat(signIn("rossi", PASSWORD + "!")).isEqualTo(new SignIn.Refused());
        assertThat(signIn("nessuno", PASSWORD)).isEqualTo(new SignIn.Refused());
        assertThat(signIn("bianchi", PASSWORD)).isEqualTo(new SignIn.Refused());
        assertThat(signIn("rossi", "x".repeat(10_000))).isEqualTo(new SignIn.Refused());
    }

    @Test
    void the_session_is_stored_only_as_its_sha256() throws SQLException {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        var secret = ((SignIn.SignedIn) signIn("rossi", PASSWORD)).sessionSecret();

        try (var connection = database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select token_hash, address from user_session")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(SecretTokens.sha256(secret)).hasSize(64);
            assertThat(rows.getString(2)).isEqualTo(ADDRESS);
        }
    }

    @Test
    void a_session_ends_after_eight_idle_hours_or_twelve_hours_in_all() {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        var idle = ((SignIn.SignedIn) signIn("rossi", PASSWORD)).sessionSecret();
        var busy = ((SignIn.SignedIn) signIn("rossi", PASSWORD)).sessionSecret();

        for (int hour = 1; hour <= 11; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(accounts.sessions().resolve(busy)).as("hour %d", hour).isPresent();
        }
        // the idle one was last seen 11 hours ago; the busy one every hour
        assertThat(accounts.sessions().resolve(idle)).isEmpty();
        clock.advance(Duration.ofMinutes(59));
        assertThat(accounts.sessions().resolve(busy)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.sessions().resolve(busy)).isEmpty();
        assertThat(accounts.sessions().sweep()).isEqualTo(2);
    }

    @Test
    void signing_out_disabling_and_a_new_password_end_the_sessions() {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        var first = ((SignIn.SignedIn) signIn("rossi", PASSWORD)).sessionSecret();
        var second = ((SignIn.SignedIn) signIn("rossi", PASSWORD)).sessionSecret();

        accounts.sessions().close(first);
        assertThat(accounts.sessions().resolve(first)).isEmpty();
        assertThat(accounts.sessions().resolve(second)).isPresent();

        assertThat(accounts.users().setPassword("rossi", "nuova password lunga", ADMIN)).isTrue();
        assertThat(accounts.sessions().resolve(second)).isEmpty();
        assertThat(signIn("rossi", PASSWORD)).isEqualTo(new SignIn.Refused());
        var third = ((SignIn.SignedIn) signIn("rossi", "nuova password lunga")).sessionSecret();

        assertThat(accounts.users().setDisabled("rossi", true, ADMIN)).isTrue();
        assertThat(accounts.sessions().resolve(third)).isEmpty();
        assertThat(accounts.users().setDisabled("nessuno", true, ADMIN)).isFalse();
    }

    @Test
    void five_failures_of_a_login_hold_it_back_even_with_the_right_password_until_the_window_passes() {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        for (int i = 0; i < LoginThrottle.PER_LOGIN; i++) {
            assertThat(signIn("rossi", "sbagliata " + i)).isEqualTo(new SignIn.Refused());
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(signIn("rossi", PASSWORD)).isEqualTo(new SignIn.Throttled());
        assertThat(signIn("ROSSI", PASSWORD)).isEqualTo(new SignIn.Throttled());
        // the first failure was 15 minutes ago when 11 more pass: it leaves the window, four remain
        clock.advance(Duration.ofMinutes(11));
        assertThat(signIn("rossi", PASSWORD)).isInstanceOf(SignIn.SignedIn.class);
        // success forgot the login's failures
        assertThat(accounts.throttle().throttled("rossi", ADDRESS)).isFalse();
    }

    @Test
    void twenty_failures_from_one_address_hold_back_every_login_from_it_but_not_from_elsewhere() {
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            accounts.throttle().failed("utente" + i, ADDRESS);
        }

        assertThat(signIn("rossi", PASSWORD)).isEqualTo(new SignIn.Throttled());
        assertThat(accounts.signIn("rossi", PASSWORD, "198.51.100.1")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void a_token_works_until_it_expires_or_is_revoked_and_is_stored_hashed() throws SQLException {
        var user = accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        var expiring = accounts.tokens().create(user.id(), "Script notturno", 1, ADMIN);
        var revoked = accounts.tokens().create(user.id(), "Foglio di calcolo", 90, ADMIN);

        assertThat(expiring).startsWith("trg_").hasSize(47);
        assertThat(accounts.tokens().resolve(expiring)).contains(user);
        assertThat(accounts.tokens().revoke(user.id(), accounts.tokens().of(user.id()).get(0).id(), ADMIN)).isTrue();
        assertThat(accounts.tokens().resolve(revoked)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(accounts.tokens().resolve(expiring)).isEmpty();
        assertThat(accounts.tokens().resolve("trg_sconosciuto")).isEmpty();
        assertThat(accounts.tokens().of(user.id())).extracting(ApiToken::name, ApiToken::revoked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Foglio di calcolo", true),
                        org.assertj.core.groups.Tuple.tuple("Script notturno", false));
        try (var connection = database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select token_hash from api_token order by id")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(SecretTokens.sha256(expiring));
        }
    }

    @Test
    void a_token_stops_working_while_its_account_is_disabled_and_only_its_owner_revokes_it() {
        var user = accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        var other = accounts.users().add("bianchi", "Anna Bianchi", false, PASSWORD, ADMIN);
        var token = accounts.tokens().create(user.id(), "Script", 90, ADMIN);
        var id = accounts.tokens().of(user.id()).get(0).id();

        assertThat(accounts.tokens().revoke(other.id(), id, ADMIN)).isFalse();
        accounts.users().setDisabled("rossi", true, ADMIN);
        assertThat(accounts.tokens().resolve(token)).isEmpty();
        accounts.users().setDisabled("rossi", false, ADMIN);
        assertThat(accounts.tokens().resolve(token)).map(User::login).contains("rossi");
        assertThatThrownBy(() -> accounts.tokens().create(user.id(), "Script", 367, ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void grants_are_kept_once_per_entity_and_role_even_before_the_entity_has_a_plan() {
        var user = accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        var modena = new Grant("CCIAA di Modena", Role.REFERENTE);

        assertThat(accounts.users().grant(user.id(), modena, ADMIN)).isTrue();
        assertThat(accounts.users().grant(user.id(), modena, ADMIN)).isFalse();
        assertThat(accounts.users().grant(user.id(), new Grant("CCIAA di Bologna", Role.VALUTATORE), ADMIN)).isTrue();
        assertThat(accounts.users().grants(user.id())).containsExactly(
                new Grant("CCIAA di Bologna", Role.VALUTATORE), modena);
        assertThat(accounts.users().revoke(user.id(), modena, ADMIN)).isTrue();
        assertThat(accounts.users().revoke(user.id(), modena, ADMIN)).isFalse();
        assertThat(accounts.users().grants(user.id())).containsExactly(new Grant("CCIAA di Bologna", Role.VALUTATORE));
    }

    @Test
    void only_an_enabled_administrator_counts_as_the_installation_having_one() {
        assertThat(accounts.users().anyAdministrator()).isFalse();
        accounts.users().add("rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        assertThat(accounts.users().anyAdministrator()).isFalse();
        accounts.users().add("admin", "Amministratore", true, PASSWORD, ADMIN);
        assertThat(accounts.users().anyAdministrator()).isTrue();
        accounts.users().setDisabled("admin", true, ADMIN);
        assertThat(accounts.users().anyAdministrator()).isFalse();
    }

    @Test
    void every_change_of_an_account_is_in_the_audit_trail_never_its_password_or_secret() {
        var audit = new AuditTrail(database().dataSource());
        long before = audit.count(AuditFilter.EVERYTHING);

        var user = accounts.users().add("Rossi", "Mario Rossi", false, PASSWORD, ADMIN);
        accounts.users().setPassword("rossi", "nuova password lunga", ADMIN);
        accounts.users().setDisabled("rossi", true, ADMIN);
        // already disabled: nothing changes, nothing is recorded
        accounts.users().setDisabled("rossi", true, ADMIN);
        accounts.users().setDisabled("rossi", false, ADMIN);
        accounts.users().grant(user.id(), new Grant("CCIAA di Modena", Role.REFERENTE), ADMIN);
        accounts.users().grant(user.id(), new Grant("CCIAA di Modena", Role.REFERENTE), ADMIN);
        accounts.users().revoke(user.id(), new Grant("CCIAA di Modena", Role.REFERENTE), ADMIN);
        accounts.users().revoke(user.id(), new Grant("CCIAA di Modena", Role.REFERENTE), ADMIN);
        var secret = accounts.tokens().create(user.id(), "Script notturno", 30, ADMIN);
        var token = accounts.tokens().of(user.id()).getFirst();
        accounts.tokens().revoke(user.id(), token.id(), ADMIN);
        accounts.tokens().revoke(user.id(), token.id(), ADMIN);

        var entries = audit.list(AuditFilter.EVERYTHING, before, 20, false);
        assertThat(entries).extracting(e -> e.change().kind()).containsExactly(ChangeKind.ACCOUNT_ADDED,
                ChangeKind.PASSWORD_CHANGED, ChangeKind.ACCOUNT_DISABLED, ChangeKind.ACCOUNT_ENABLED,
                ChangeKind.ROLE_GRANTED, ChangeKind.ROLE_REVOKED, ChangeKind.TOKEN_CREATED, ChangeKind.TOKEN_REVOKED);
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(ADMIN);
        assertThat(entries).extracting(e -> e.change().subject()).containsOnly("utente rossi");
        // accounts belong to the installation, a role to its entity
        assertThat(entries).extracting(e -> e.change().scope()).containsExactly(AuditScope.ARCHIVE, AuditScope.ARCHIVE,
                AuditScope.ARCHIVE, AuditScope.ARCHIVE, new AuditScope.OfEntity("CCIAA di Modena"),
                new AuditScope.OfEntity("CCIAA di Modena"), AuditScope.ARCHIVE, AuditScope.ARCHIVE);
        assertThat(entries.get(0).change().after())
                .isEqualTo("{\"utente\":\"rossi\",\"nome\":\"Mario Rossi\",\"amministratore\":\"no\"}");
        assertThat(entries.get(2).change().before()).isEqualTo("{\"disattivato\":\"no\"}");
        assertThat(entries.get(2).change().after()).isEqualTo("{\"disattivato\":\"sì\"}");
        assertThat(entries.get(4).change().after()).isEqualTo("{\"ente\":\"CCIAA di Modena\",\"ruolo\":\"referente\"}");
        assertThat(entries.get(6).change().after()).startsWith("{\"token\":\"Script notturno\",\"scadenza\":\"2026-04-01T08:00:00Z\"");
        assertThat(entries.get(7).change().before()).isEqualTo("{\"token\":\"Script notturno\"}");
        for (var entry : entries) {
            assertThat(entry.change().before() + entry.change().after() + entry.change().subject())
                    .doesNotContain(PASSWORD, "nuova password lunga", secret, "argon2", SecretTokens.sha256(secret));
        }
        assertThat(audit.verify()).isInstanceOf(ChainCheck.Intact.class);
    }

    @Test
    void a_pending_sign_on_is_taken_once_and_only_with_its_state() {
        var signOns = new PendingSignOns(database().dataSource(), clock);
        var pending = new PendingSignOns.PendingSignOn("nonce-1", "verifier-1", "https://traguardi.example/accesso/oidc/ritorno",
                "/piani/Modena/2022");
        signOns.begin("stato-casuale", pending);

        assertThat(signOns.take("un-altro-stato")).isEmpty();
        assertThat(signOns.take("stato-casuale")).contains(pending);
        // single use: the return replayed finds nothing, on any server of the database
        assertThat(signOns.take("stato-casuale")).isEmpty();
        assertThat(signOns.count()).isZero();
    }

    @Test
    void a_pending_sign_on_expires_after_ten_minutes_and_is_swept_by_the_next_one() throws SQLException {
        var signOns = new PendingSignOns(database().dataSource(), clock);
        var pending = new PendingSignOns.PendingSignOn("n", "v", "http://127.0.0.1/accesso/oidc/ritorno", "/");
        signOns.begin("vecchio", pending);
        signOns.begin("recente", pending);
        clock.advance(PendingSignOns.LIFE);

        assertThat(signOns.take("vecchio")).isEmpty();
        signOns.begin("nuovo", pending);
        // the expired "recente" went with the new row's write; only "nuovo" is left
        assertThat(signOns.count()).isEqualTo(1);
        try (var connection = database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select state_hash from pending_sign_on")) {
            rows.next();
            // kept as the SHA-256 of the state, never the state itself
            assertThat(rows.getString(1)).isEqualTo(SecretTokens.sha256("nuovo")).doesNotContain("nuovo");
        }
    }
}
