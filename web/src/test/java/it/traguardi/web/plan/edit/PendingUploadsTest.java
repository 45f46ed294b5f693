package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.Database;
import it.traguardi.store.PendingUploadStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pending uploads on a real (H2) database: tokens, expiry, the bound on what they hold, the plan they are bound to. */
class PendingUploadsTest {

    private static final Instant NOON = Instant.parse("2026-01-15T12:00:00Z");

    @TempDir
    Path folder;
    private Database database;
    private PendingUploadStore store;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
        store = new PendingUploadStore(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_upload_is_found_by_its_token_until_it_expires() {
        var uploads = new PendingUploads(store, Clock.fixed(NOON, ZoneOffset.UTC));
        var token = token(uploads.keep("piano.tsv", new byte[] {1, 2}, "Parma", 2022));

        assertThat(token).hasSize(32).isNotEqualTo(token(uploads.keep("piano.tsv", new byte[] {1, 2}, "Parma", 2022)));
        assertThat(uploads.find(token)).hasValueSatisfying(u -> {
            assertThat(u.bytes()).containsExactly(1, 2);
            assertThat(u.entity()).isEqualTo("Parma");
            assertThat(u.year()).isEqualTo(2022);
        });
        assertThat(uploads.find("altro")).isEmpty();
        assertThat(uploads.find("' or 1=1 --")).isEmpty();
        assertThat(uploads.find(null)).isEmpty();
    }

    @Test
    void another_instance_on_the_same_database_finds_what_one_kept() {
        var one = new PendingUploads(store, Clock.fixed(NOON, ZoneOffset.UTC));
        var other = new PendingUploads(new PendingUploadStore(database.dataSource()), Clock.fixed(NOON.plusSeconds(60),
                ZoneOffset.UTC));
        var token = token(one.keep("piano.tsv", new byte[] {7}, "Parma", 2023));

        assertThat(other.find(token)).hasValueSatisfying(u -> assertThat(u.year()).isEqualTo(2023));
    }

    @Test
    void an_expired_or_forgotten_upload_is_gone() {
        var now = new MovableClock(NOON);
        var uploads = new PendingUploads(store, now);
        var token = token(uploads.keep("piano.tsv", new byte[] {1}, "", 2022));
        var other = token(uploads.keep("piano.tsv", new byte[] {1}, "", 2022));

        uploads.forget(other);
        now.instant = NOON.plus(PendingUploads.TTL).plus(Duration.ofSeconds(1));

        assertThat(uploads.find(other)).isEmpty();
        assertThat(uploads.find(token)).isEmpty();
    }

    @Test
    void a_full_store_refuses_the_new_file_and_keeps_every_waiting_one() {
        var now = new MovableClock(NOON);
        var uploads = new PendingUploads(store, now, 10, 3);
        var first = token(uploads.keep("a.tsv", new byte[4], "", 2022));
        now.instant = NOON.plusSeconds(60);
        var second = token(uploads.keep("b.tsv", new byte[4], "", 2022));

        // 8 of 10 bytes held: 3 more do not fit, whoever sends them
        var refused = uploads.keep("c.tsv", new byte[3], "", 2022);

        // the oldest upload expires 29 minutes from now: the time to wait
        assertThat(refused).isEqualTo(new PendingUploads.Kept.Full(8, 10, 2, 3, Duration.ofMinutes(29)));
        assertThat(uploads.find(first)).isPresent();
        assertThat(uploads.find(second)).isPresent();
    }

    @Test
    void a_full_count_refuses_even_a_small_file() {
        var uploads = new PendingUploads(store, Clock.fixed(NOON, ZoneOffset.UTC), 1000, 2);
        uploads.keep("a.tsv", new byte[1], "", 2022);
        uploads.keep("b.tsv", new byte[1], "", 2022);

        assertThat(uploads.keep("c.tsv", new byte[1], "", 2022)).isInstanceOf(PendingUploads.Kept.Full.class);
    }

    @Test
    void confirmed_and_expired_uploads_give_their_room_back() {
        var now = new MovableClock(NOON);
        var uploads = new PendingUploads(store, now, 10, 100);
        var confirmed = token(uploads.keep("a.tsv", new byte[6], "", 2022));
        uploads.keep("b.tsv", new byte[4], "", 2022);
        assertThat(uploads.keep("c.tsv", new byte[6], "", 2022)).isInstanceOf(PendingUploads.Kept.Full.class);

        uploads.forget(confirmed);
        var kept = uploads.keep("c.tsv", new byte[6], "", 2022);
        now.instant = NOON.plus(PendingUploads.TTL).plusSeconds(1);
        var afterExpiry = uploads.keep("d.tsv", new byte[10], "", 2022);

        assertThat(kept).isInstanceOf(PendingUploads.Kept.Token.class);
        // b and c expired: the whole 10 bytes are free again
        assertThat(afterExpiry).isInstanceOf(PendingUploads.Kept.Token.class);
    }

    private static String token(PendingUploads.Kept kept) {
        assertThat(kept).isInstanceOf(PendingUploads.Kept.Token.class);
        return ((PendingUploads.Kept.Token) kept).token();
    }

    private static final class MovableClock extends Clock {
        Instant instant;

        MovableClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
