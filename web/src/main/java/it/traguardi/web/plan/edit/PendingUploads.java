package it.traguardi.web.plan.edit;

import it.traguardi.store.PendingUploadStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Uploaded alberatura files waiting for the person to confirm them after the preview. The bytes
 * stay in the database ({@link PendingUploadStore}) under a random token (128 bits) for
 * {@link #TTL}, bound to the entity and year of the plan previewed; the confirm form carries only
 * the token. Chosen over a hidden field so that the file is not sent twice, nor altered between
 * preview and confirm: what is saved is exactly what was previewed. Any server on the same database
 * confirms what another previewed, and a restart loses nothing.
 *
 * <p>What they hold is bounded: at most {@code maxFiles} files and {@code maxBytes} bytes in all.
 * When a new file does not fit, it is refused with what is held and when room will be made
 * ({@link Kept.Full}); a waiting upload is never dropped to make room, so one person's previews
 * cannot silently cost another person the file they are about to confirm.
 */
public final class PendingUploads {

    public static final Duration TTL = Duration.ofMinutes(30);
    /** Sixteen files at the largest a request may bring (4 MiB), or a hundred ordinary ones. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final int MAX_FILES = 100;

    /** An uploaded file, bound to the entity and year of the plan it previewed. */
    public record PendingUpload(String file, byte[] bytes, String entity, int year, Instant expires) {
        public PendingUpload {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** What {@link #keep} did: kept the file under a token, or refused it because the store is full. */
    public sealed interface Kept {
        record Token(String token) implements Kept {
        }

        /** The store is full: what it holds, its limits, and how long until its oldest upload expires. */
        record Full(long heldBytes, long maxBytes, int files, int maxFiles, Duration retryAfter) implements Kept {
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PendingUploadStore store;
    private final Clock clock;
    private final long maxBytes;
    private final int maxFiles;

    public PendingUploads(PendingUploadStore store, Clock clock) {
        this(store, clock, MAX_BYTES, MAX_FILES);
    }

    public PendingUploads(PendingUploadStore store, Clock clock, long maxBytes, int maxFiles) {
        this.store = store;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /** Keeps the file of the entity's plan for the year until it is confirmed or expires, if it fits. */
    public Kept keep(String file, byte[] bytes, String entity, int year) {
        var now = clock.instant();
        var held = store.held(now);
        if (held.files() >= maxFiles || held.bytes() + bytes.length > maxBytes) {
            return new Kept.Full(held.bytes(), maxBytes, held.files(), maxFiles, Duration.between(now, held.firstExpiry()));
        }
        var token = new byte[16];
        RANDOM.nextBytes(token);
        var key = HexFormat.of().formatHex(token);
        store.keep(new PendingUploadStore.PendingFile(key, entity, year, file, bytes, now.plus(TTL)), now);
        return new Kept.Token(key);
    }

    /** The upload kept under the token, until it expires or is forgotten; a token not of our shape finds nothing. */
    public Optional<PendingUpload> find(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return store.find(token, clock.instant())
                .map(f -> new PendingUpload(f.fileName(), f.content(), f.entity(), f.year(), f.expires()));
    }

    /** Once saved, the upload is no longer needed. */
    public void forget(String token) {
        if (wellFormed(token)) {
            store.forget(token);
        }
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 32 && token.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
