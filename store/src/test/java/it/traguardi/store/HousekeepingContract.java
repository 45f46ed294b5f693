package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.LoginThrottle;
import it.traguardi.store.account.PendingSignOns;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the periodic housekeeping: remove each kind of expired row and
 * keep the live ones, and run at most once every {@link Housekeeping#EVERY} whichever node asks.
 */
abstract class HousekeepingContract {

    /** When the rows were written; the housekeeping runs nine hours later. */
    static final Instant START = Instant.parse("2026-12-05T00:00:00Z");
    static final Instant NOW = START.plus(Duration.ofHours(9));

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            for (var table : new String[] {"user_session", "pending_upload", "edit_snapshot", "pending_sign_on", "login_failure"}) {
                statement.executeUpdate("delete from " + table);
            }
            statement.executeUpdate("update housekeeping_lease set ran_at = timestamp with time zone '1970-01-01 00:00:00+00'");
        }
    }

    /**
     * Rows of every kind, some expired at {@link #NOW} and some live: 2 sessions idle for 9 hours
     * and 1 seen an hour ago; 1 upload and 1 edit snapshot expired and 1 of each live; 1 sign-on
     * begun at the start and 1 a minute ago; 2 failed sign-ins at the start and 1 a minute ago.
     */
    static void writeExpiredAndLive(DataSource dataSource) {
        var login = "u" + UUID.randomUUID().toString().substring(0, 8);
        var early = Accounts.on(dataSource, Clock.fixed(START, ZoneOffset.UTC));
        var user = early.users().add(login, "Prova", false, "parola segreta lunga", TestActors.TESTER);
        early.sessions().open(user.id(), "127.0.0.1");
        early.sessions().open(user.id(), "127.0.0.1");
        Accounts.on(dataSource, Clock.fixed(NOW.minus(Duration.ofHours(1)), ZoneOffset.UTC)).sessions().open(user.id(), "127.0.0.1");
        var uploads = new PendingUploadStore(dataSource);
        uploads.keep(upload("vecchio", NOW.minusSeconds(1)), START);
        uploads.keep(upload("nuovo", NOW.plusSeconds(1)), START);
        var snapshots = new EditSnapshots(dataSource);
        snapshots.keep("Modena", 2022, 1, bytes("v1"), NOW.minusSeconds(1), START);
        snapshots.keep("Modena", 2022, 2, bytes("v2"), NOW.plusSeconds(1), START);
        var pending = new PendingSignOns.PendingSignOn("n", "v", "http://127.0.0.1/accesso/oidc/ritorno", "/");
        // the live one first: beginning one removes those expired at its own clock
        new PendingSignOns(dataSource, Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC)).begin("recente", pending);
        new PendingSignOns(dataSource, Clock.fixed(START, ZoneOffset.UTC)).begin("vecchia", pending);
        new LoginThrottle(dataSource, Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC)).failed(login, "10.0.0.1");
        var failures = new LoginThrottle(dataSource, Clock.fixed(START, ZoneOffset.UTC));
        failures.failed(login, "10.0.0.1");
        failures.failed(login, "10.0.0.2");
    }

    private static PendingUploadStore.PendingFile upload(String token, Instant expires) {
        return new PendingUploadStore.PendingFile(token, "Modena", 2022, "piano.tsv", bytes(token), expires);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Housekeeping at(DataSource dataSource, Instant now, String node) {
        return new Housekeeping(dataSource, Clock.fixed(now, ZoneOffset.UTC), node);
    }

    static long rows(DataSource dataSource, String table) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void every_kind_of_expired_row_is_removed_and_every_live_one_kept() throws SQLException {
        var dataSource = database().dataSource();
        writeExpiredAndLive(dataSource);

        var outcome = at(dataSource, NOW, "nodo-a").runIfDue();

        assertThat(outcome).isEqualTo(new Housekeeping.Outcome.Purged(2, 1, 1, 1, 2));
        assertThat(rows(dataSource, "user_session")).isEqualTo(1);
        assertThat(rows(dataSource, "pending_upload")).isEqualTo(1);
        assertThat(rows(dataSource, "edit_snapshot")).isEqualTo(1);
        assertThat(rows(dataSource, "pending_sign_on")).isEqualTo(1);
        assertThat(rows(dataSource, "login_failure")).isEqualTo(1);
    }

    @Test
    void another_node_asking_within_the_interval_does_nothing_and_the_next_interval_runs_again() throws SQLException {
        var dataSource = database().dataSource();
        assertThat(at(dataSource, NOW, "nodo-a").runIfDue()).isEqualTo(new Housekeeping.Outcome.Purged(0, 0, 0, 0, 0));
        writeExpiredAndLive(dataSource);

        var soon = at(dataSource, NOW.plus(Housekeeping.EVERY).minusSeconds(1), "nodo-b").runIfDue();
        var kept = rows(dataSource, "user_session");
        var later = at(dataSource, NOW.plus(Housekeeping.EVERY), "nodo-b").runIfDue();

        assertThat(soon).isEqualTo(new Housekeeping.Outcome.NotDue());
        assertThat(kept).isEqualTo(3);
        // ten minutes on, the session seen an hour before NOW and the failure of a minute before are still
        // live; the upload, snapshot and sign-on that were live at NOW are not
        assertThat(later).isEqualTo(new Housekeeping.Outcome.Purged(2, 2, 2, 2, 2));
    }
}
