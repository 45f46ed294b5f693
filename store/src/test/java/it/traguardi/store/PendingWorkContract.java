package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the work kept between two requests: pending uploads and edit
 * snapshots read back whole, bound to their entity, year and version, and gone once expired.
 */
abstract class PendingWorkContract {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofMinutes(30));

    PendingUploadStore uploads;
    EditSnapshots snapshots;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from pending_upload");
            statement.executeUpdate("delete from edit_snapshot");
        }
        uploads = new PendingUploadStore(database().dataSource());
        snapshots = new EditSnapshots(database().dataSource());
    }

    static PendingUploadStore.PendingFile file(String token, String text, Instant expires) {
        return new PendingUploadStore.PendingFile(token, "CCIAA di Modena", 2022, "alberatura ' ; drop table plan.tsv",
                text.getBytes(StandardCharsets.UTF_8), expires);
    }

    @Test
    void a_kept_upload_reads_back_whole_with_its_entity_year_and_name() {
        // a file larger than one page of the database and with every byte value: read back unchanged
        var bytes = new byte[3 * 1024 * 1024 + 7];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        uploads.keep(new PendingUploadStore.PendingFile("a1", "Camera \"Nord\"; --", 2023, "piano.tsv", bytes, LATER), NOW);

        var found = uploads.find("a1", NOW.plusSeconds(60)).orElseThrow();

        assertThat(found.entity()).isEqualTo("Camera \"Nord\"; --");
        assertThat(found.year()).isEqualTo(2023);
        assertThat(found.fileName()).isEqualTo("piano.tsv");
        assertThat(found.content()).isEqualTo(bytes);
        assertThat(found.expires()).isEqualTo(LATER);
    }

    @Test
    void an_upload_is_not_found_once_expired_nor_under_another_token_nor_once_forgotten() {
        uploads.keep(file("a1", "uno", LATER), NOW);
        uploads.keep(file("b2", "due", LATER), NOW);

        assertThat(uploads.find("a1", LATER)).isEmpty();
        assertThat(uploads.find("' or '1'='1", NOW)).isEmpty();
        uploads.forget("b2");
        assertThat(uploads.find("b2", NOW)).isEmpty();
    }

    @Test
    void keeping_a_file_deletes_the_expired_ones_and_held_counts_only_the_living() {
        uploads.keep(file("old", "vecchio", NOW.plusSeconds(1)), NOW);
        uploads.keep(file("new", "nuovo!", LATER.plusSeconds(60)), NOW);
        uploads.keep(file("newer", "ancora", LATER.plusSeconds(120)), LATER);

        // "old" expired at NOW+1s and was deleted when "newer" was kept at LATER
        assertThat(uploads.purge(LATER)).isZero();
        var held = uploads.held(LATER);
        // "nuovo!" (6 bytes) and "ancora" (6 bytes); the first to expire is "new"
        assertThat(held).isEqualTo(new PendingUploadStore.Held(2, 12, LATER.plusSeconds(60)));
        assertThat(uploads.purge(LATER.plusSeconds(90))).isEqualTo(1);
        assertThat(uploads.held(NOW.plus(Duration.ofDays(1)))).isEqualTo(new PendingUploadStore.Held(0, 0,
                NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void a_snapshot_is_kept_per_entity_year_and_version_and_written_once() {
        var first = "{\"7\":\"peso 30\"}".getBytes(StandardCharsets.UTF_8);
        snapshots.keep("CCIAA di Modena", 2022, 3, first, LATER, NOW);
        snapshots.keep("CCIAA di Modena", 2022, 3, "altro".getBytes(StandardCharsets.UTF_8), LATER, NOW);

        assertThat(snapshots.find("CCIAA di Modena", 2022, 3, NOW)).hasValueSatisfying(c -> assertThat(c).isEqualTo(first));
        assertThat(snapshots.find("CCIAA di Modena", 2022, 4, NOW)).isEmpty();
        assertThat(snapshots.find("CCIAA di Modena", 2023, 3, NOW)).isEmpty();
        assertThat(snapshots.find("CCIAA di Bologna", 2022, 3, NOW)).isEmpty();
        assertThat(snapshots.has("CCIAA di Modena", 2022, 3, LATER)).isFalse();
    }

    @Test
    void keeping_a_snapshot_deletes_the_expired_ones() throws SQLException {
        snapshots.keep("CCIAA di Modena", 2022, 1, new byte[] {1}, NOW.plusSeconds(1), NOW);
        snapshots.keep("CCIAA di Modena", 2022, 2, new byte[] {2}, LATER.plusSeconds(60), LATER);

        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select version from edit_snapshot")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(2);
            assertThat(row.next()).isFalse();
        }
    }
}
