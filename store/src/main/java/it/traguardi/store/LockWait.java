package it.traguardi.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Opens a pool, waiting while another process holds the H2 file's lock only for an instant. Two
 * commands started together on an empty data folder both create the same new file: H2 lets one take
 * its lock file and refuses the other ("Lock file recently modified", "Database may be already in
 * use") although, a moment later, the other could join it through the first one's automatic server.
 * Such refusals are retried until the patience runs out; any other failure is reported at once.
 */
final class LockWait {

    /** Long enough for a command starting beside another to find it serving the file. */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    /** H2's DATABASE_ALREADY_OPEN_1: the lock is held by another process. */
    private static final int ALREADY_OPEN = 90020;
    /** H2's ERROR_OPENING_DATABASE_1, which it gives also when the lock file is being written. */
    private static final int ERROR_OPENING = 8000;

    private LockWait() {
    }

    /**
     * A pool on {@code config}, tried again after a short random pause while the file is locked.
     *
     * @throws DatabaseUnavailableException when it cannot be opened; {@link DatabaseUnavailableException#inUse()}
     *     when the file was still locked by another process at the end of {@code patience}
     */
    static HikariDataSource pool(HikariConfig config, String url, Duration patience) {
        var deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                var locked = isLocked(e);
                if (!locked || System.nanoTime() - deadline >= 0) {
                    throw new DatabaseUnavailableException(url, e, locked);
                }
            }
            // random, so that processes started together do not keep colliding
            LockSupport.parkNanos(Duration.ofMillis(ThreadLocalRandom.current().nextLong(50, 300)).toNanos());
        }
    }

    /** Whether H2 refused the file because another process holds or is taking its lock. */
    static boolean isLocked(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isLockRefusal(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLockRefusal(SQLException sql) {
        var message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        return sql.getErrorCode() == ALREADY_OPEN
                || sql.getErrorCode() == ERROR_OPENING && message.contains("lock file");
    }
}
