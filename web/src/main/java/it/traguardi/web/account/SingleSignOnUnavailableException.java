package it.traguardi.web.account;

import java.net.URI;
import java.util.Objects;

/**
 * The identity provider could not be used at start: its discovery document
 * ({@code /.well-known/openid-configuration}) could not be read, named another issuer, or lacks what
 * the authorization code flow with PKCE needs, or its signing keys could not be read. {@code serve}
 * says so in one line and stops (exit 69).
 */
public final class SingleSignOnUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final URI issuer;
    private final String reason;

    public SingleSignOnUnavailableException(URI issuer, String reason, Throwable cause) {
        super("the OpenID Connect issuer " + issuer + " cannot be used: " + reason, cause);
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The issuer as configured. */
    public URI issuer() {
        return issuer;
    }

    /** Why, in the words of the library or of the check that failed (technical, in English). */
    public String reason() {
        return reason;
    }
}
