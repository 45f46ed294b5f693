package it.traguardi.web.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PendingUploadsTest {

    private static final Instant NOON = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void an_upload_is_found_by_its_token_until_it_expires() {
        var uploads = new PendingUploads(Clock.fixed(NOON, ZoneOffset.UTC));
        var token = uploads.keep("piano.tsv", new byte[] {1, 2}, "Parma");

        assertThat(token).hasSize(32).isNotEqualTo(uploads.keep("piano.tsv", new byte[] {1, 2}, "Parma"));
        assertThat(uploads.find(token)).hasValueSatisfying(u -> {
            assertThat(u.bytes()).containsExactly(1, 2);
            assertThat(u.entity()).isEqualTo("Parma");
        });
        assertThat(uploads.find("altro")).isEmpty();
    }

    @Test
    void an_expired_or_forgotten_upload_is_gone() {
        var now = new MovableClock(NOON);
        var uploads = new PendingUploads(now);
        var token = uploads.keep("piano.tsv", new byte[] {1}, "");
        var other = uploads.keep("piano.tsv", new byte[] {1}, "");

        uploads.forget(other);
        now.instant = NOON.plus(PendingUploads.TTL).plus(Duration.ofSeconds(1));

        assertThat(uploads.find(other)).isEmpty();
        assertThat(uploads.find(token)).isEmpty();
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
