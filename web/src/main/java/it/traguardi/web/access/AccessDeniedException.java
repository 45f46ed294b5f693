package it.traguardi.web.access;

/** The policy denied a request; the gate answers 403 with the reason. */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
