package it.traguardi.web.access;

import it.traguardi.core.i18n.Message;

/** The policy denied a request; the gate answers 403 with the reason, in the requester's language. */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Message reason;

    public AccessDeniedException(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
