package it.traguardi.web.plan.edit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploaded alberatura files waiting for the person to confirm them after the preview. The bytes
 * stay on the server under a random token (128 bits) for {@link #TTL}; the confirm form carries
 * only the token. Chosen over a hidden field so that the file is not sent twice, nor altered between
 * preview and confirm: what is saved is exactly what was previewed. A restart forgets pending
 * uploads, and the person uploads again.
 */
public final class PendingUploads {

    public static final Duration TTL = Duration.ofMinutes(30);
    private static final int MAX_PENDING = 100;

    /** An uploaded file with the choices made on the form. */
    public record Upload(String file, byte[] bytes, String entity, Instant expires) {
        public Upload {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    private final Map<String, Upload> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public PendingUploads(Clock clock) {
        this.clock = clock;
    }

    public String keep(String file, byte[] bytes, String entity) {
        var now = clock.instant();
        pending.values().removeIf(u -> u.expires().isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
        }
        var token = new byte[16];
        random.nextBytes(token);
        var key = HexFormat.of().formatHex(token);
        pending.put(key, new Upload(file, bytes, entity, now.plus(TTL)));
        return key;
    }

    /** The upload kept under the token, until it expires or is forgotten. */
    public Optional<Upload> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.get(token)).filter(u -> !u.expires().isBefore(clock.instant()));
    }

    /** Once saved, the upload is no longer needed. */
    public void forget(String token) {
        pending.remove(token);
    }
}
