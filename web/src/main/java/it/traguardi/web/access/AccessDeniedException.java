package it.traguardi.web.access;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/**
 * The policy denied a request: the gate answers 403 with the reason, or, to someone not signed in,
 * the way to sign in (401 from the API).
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Message reason;

    private final boolean anonymous;

    public AccessDeniedException(Message reason, boolean anonymous) {
        super(reason.key());
        this.reason = Objects.requireNonNull(reason, "reason");
        this.anonymous = anonymous;
    }

    /** Why, in words for the user's language. */
    public Message reason() {
        return reason;
    }

    /** Whether the requester was not signed in, so that signing in may help. */
    public boolean anonymous() {
        return anonymous;
    }
}
