package it.traguardi.store.account;

import java.time.Instant;
import java.util.Objects;

/** Token di accesso: a personal access token for the API, as its owner sees it listed (never its secret). */
public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, boolean revoked) {

    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether it still opens the API at the instant: not revoked, not expired. */
    public boolean active(Instant now) {
        return !revoked && expiresAt.isAfter(now);
    }
}
