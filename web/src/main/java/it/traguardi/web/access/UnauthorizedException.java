package it.traguardi.web.access;

/** The request carried an API token that is unknown, expired or revoked (or no usable Authorization); answered 401. */
public final class UnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException() {
        super("no valid token");
    }
}
