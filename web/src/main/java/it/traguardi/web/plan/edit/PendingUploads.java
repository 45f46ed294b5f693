package it.traguardi.web.plan.edit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded alberatura files waiting for the person to confirm them after the preview. The bytes
 * stay on the server under a random token (128 bits) for {@link #TTL}; the confirm form carries
 * only the token. Chosen over a hidden field so that the file is not sent twice, nor altered between
 * preview and confirm: what is saved is exactly what was previewed. A restart forgets pending
 * uploads, and the person uploads again.
 *
 * <p>The memory they hold is bounded: at most {@code maxFiles} files and {@code maxBytes} bytes in
 * all. When a new file does not fit, it is refused with what is held and when room will be made
 * ({@link Kept.Full}); a waiting upload is never dropped to make room, so one person's previews
 * cannot silently cost another person the file they are about to confirm.
 */
public final class PendingUploads {

    public static final Duration TTL = Duration.ofMinutes(30);
    /** Sixteen files at the largest a request may bring (4 MiB), or a hundred ordinary ones. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final int MAX_FILES = 100;

    /** An uploaded file with the choices made on the form. */
    public record PendingUpload(String file, byte[] bytes, String entity, Instant expires) {
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

    private final Map<String, PendingUpload> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final long maxBytes;
    private final int maxFiles;
    private long heldBytes;

    public PendingUploads(Clock clock) {
        this(clock, MAX_BYTES, MAX_FILES);
    }

    public PendingUploads(Clock clock, long maxBytes, int maxFiles) {
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /** Keeps the file until it is confirmed or expires, if it fits. */
    public synchronized Kept keep(String file, byte[] bytes, String entity) {
        var now = clock.instant();
        for (var it = pending.values().iterator(); it.hasNext();) {
            var upload = it.next();
            if (expired(upload, now)) {
                it.remove();
                heldBytes -= upload.bytes.length;
            }
        }
        if (pending.size() >= maxFiles || heldBytes + bytes.length > maxBytes) {
            // insertion order: the first is the oldest, the first to expire
            var oldest = pending.values().stream().findFirst().map(PendingUpload::expires).orElse(now);
            return new Kept.Full(heldBytes, maxBytes, pending.size(), maxFiles, Duration.between(now, oldest));
        }
        var token = new byte[16];
        random.nextBytes(token);
        var key = HexFormat.of().formatHex(token);
        pending.put(key, new PendingUpload(file, bytes, entity, now.plus(TTL)));
        heldBytes += bytes.length;
        return new Kept.Token(key);
    }

    /** The upload kept under the token, until it expires or is forgotten. */
    public synchronized Optional<PendingUpload> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.get(token)).filter(u -> !expired(u, clock.instant()));
    }

    /** Once saved, the upload is no longer needed. */
    public synchronized void forget(String token) {
        var upload = pending.remove(token);
        if (upload != null) {
            heldBytes -= upload.bytes.length;
        }
    }

    private static boolean expired(PendingUpload upload, Instant now) {
        return upload.expires().isBefore(now);
    }
}
