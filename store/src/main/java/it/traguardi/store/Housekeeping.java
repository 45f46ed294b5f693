package it.traguardi.store;

import it.traguardi.store.account.LoginThrottle;
import it.traguardi.store.account.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Pulizia periodica: removes the rows that have expired (sessions ended by time, pending uploads,
 * edit snapshots, pending single sign-ons, failed sign-ins out of the throttling window). Each store
 * already ignores what expired and removes some of it as it writes; this removes the rest on a
 * timer, so an installation that is only read does not keep them for ever.
 *
 * <p>Every node runs the timer; the work is done once across the nodes of one database, at most
 * every {@link #EVERY}: a node first moves the lease row's {@code ran_at} to now, which the update
 * allows only when the last run is at least {@link #EVERY} old, and purges in the same transaction.
 * A second node at the same moment waits for that row, then finds the run recent and skips; a node
 * that dies mid-purge rolls its claim back with its deletions. (V016_5__housekeeping_lease.sql.)
 */
public final class Housekeeping {

    /** How often the work is done across all nodes. */
    public static final Duration EVERY = Duration.ofMinutes(10);

    private static final String CLAIM = "update housekeeping_lease set ran_at = ?, ran_by = ? where id = 1 and ran_at <= ?";

    /** What one call did: purged (how many rows of each kind), or nothing because a run is recent. */
    public sealed interface Outcome {
        record Purged(int sessions, int uploads, int snapshots, int signOns, int failures) implements Outcome {
            public int total() {
                return sessions + uploads + snapshots + signOns + failures;
            }
        }

        /** Another node, or this one, ran less than {@link #EVERY} ago (or is running now). */
        record NotDue() implements Outcome {
        }
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final String node;

    /** {@code node} names this node in the lease row (host and process, for whoever looks). */
    public Housekeeping(DataSource dataSource, Clock clock, String node) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.node = Objects.requireNonNull(node, "node");
    }

    /** Purges if no node did in the last {@link #EVERY}; else does nothing. */
    public Outcome runIfDue() {
        var now = clock.instant();
        return Transactions.inTransaction(dataSource, "housekeeping", connection -> {
            if (!claim(connection, now)) {
                return new Outcome.NotDue();
            }
            return new Outcome.Purged(
                    delete(connection, "delete from user_session where expires_at <= ? or last_seen_at <= ?", now,
                            now.minus(Sessions.IDLE)),
                    delete(connection, "delete from pending_upload where expires_at <= ?", now),
                    delete(connection, "delete from edit_snapshot where expires_at <= ?", now),
                    delete(connection, "delete from pending_sign_on where expires_at <= ?", now),
                    delete(connection, "delete from login_failure where failed_at <= ?", now.minus(LoginThrottle.WINDOW)));
        });
    }

    private boolean claim(Connection connection, Instant now) throws SQLException {
        try (var claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, now.atOffset(ZoneOffset.UTC));
            claim.setString(2, node.length() > 200 ? node.substring(0, 200) : node);
            claim.setObject(3, now.minus(EVERY).atOffset(ZoneOffset.UTC));
            return claim.executeUpdate() == 1;
        }
    }

    private static int delete(Connection connection, String sql, Instant... instants) throws SQLException {
        try (var delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < instants.length; i++) {
                delete.setObject(i + 1, instants[i].atOffset(ZoneOffset.UTC));
            }
            return delete.executeUpdate();
        }
    }

    /** This process as a lease holder: host name and process id. */
    public static String thisNode() {
        var host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + ":" + ProcessHandle.current().pid();
    }
}
