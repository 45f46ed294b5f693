package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two commands started together on an empty data folder both create the same H2 file; the one that
 * comes second finds the lock file being written by the other. A thread here plays that other
 * process, rewriting the lock file of a new database (H2 refuses a lock file changed in the last
 * two seconds, for up to four), so that the race happens every time.
 */
class LockWaitTest {

    @Test
    void a_new_h2_file_whose_lock_another_process_is_taking_opens_once_the_lock_is_free(@TempDir Path folder)
            throws InterruptedException {
        var other = new LockTaker(folder.resolve("traguardi.lock.db"), Duration.ofSeconds(5));
        other.start();

        try (var database = Database.open("jdbc:h2:file:" + folder.resolve("traguardi"))) {
            assertThat(database.migrationsApplied()).isPositive();
            assertThat(new PlanStore(database.dataSource()).list()).isEmpty();
        }
        other.join();
        assertThat(other.failure).isNull();
    }

    @Test
    void a_file_still_locked_when_the_patience_ends_is_reported_in_use(@TempDir Path folder)
            throws InterruptedException {
        var other = new LockTaker(folder.resolve("traguardi.lock.db"), Duration.ofSeconds(8));
        other.start();

        assertThatThrownBy(() -> Database.open("jdbc:h2:file:" + folder.resolve("traguardi"), Database.DEFAULT_POOL, Duration.ZERO))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.inUse()).isTrue();
                    assertThat(e.where()).isEqualTo("jdbc:h2:file:" + folder.resolve("traguardi"));
                    assertThat(e.reason()).containsIgnoringCase("lock");
                });
        other.interrupt();
        other.join();
    }

    @Test
    void a_database_that_cannot_be_reached_is_not_waited_for_nor_called_in_use() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/none?user=postgres&connectTimeout=2"))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> assertThat(e.inUse()).isFalse());
    }

    @Test
    void only_h2_refusals_for_its_lock_count_as_locked() {
        var locked = new java.sql.SQLException("Database may be already in use", "90020", 90020);
        var lockFile = new java.sql.SQLException("Error opening database: \"Lock file recently modified\"", "08000", 8000);
        var corrupt = new java.sql.SQLException("Error opening database: \"file corrupted\"", "08000", 8000);
        var refused = new java.sql.SQLException("Connection refused", "08001", 0);

        assertThat(LockWait.isLocked(new RuntimeException("pool", locked))).isTrue();
        assertThat(LockWait.isLocked(new RuntimeException("pool", lockFile))).isTrue();
        assertThat(LockWait.isLocked(new RuntimeException("pool", corrupt))).isFalse();
        assertThat(LockWait.isLocked(new RuntimeException("pool", refused))).isFalse();
    }

    /** Another process taking the lock: rewrites the lock file for a while, then gives it up. */
    private static final class LockTaker extends Thread {

        private final Path lock;
        private final Instant until;
        private volatile Throwable failure;

        LockTaker(Path lock, Duration during) {
            this.lock = lock;
            this.until = Instant.now().plus(during);
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (Instant.now().isBefore(until) && !isInterrupted()) {
                    Files.writeString(lock, "#FileLock\nid=" + UUID.randomUUID() + "\nmethod=file\n");
                    Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException e) {
                    failure = new UncheckedIOException(e);
                }
            }
        }
    }
}
