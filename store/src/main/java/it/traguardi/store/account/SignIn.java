package it.traguardi.store.account;

import java.util.Objects;

/** Accesso: what an attempt to sign in with a login and a password came to. */
public sealed interface SignIn {

    /** The password was right: a session is open, its secret goes into the cookie. */
    record SignedIn(User user, String sessionSecret) implements SignIn {
        public SignedIn {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(sessionSecret, "sessionSecret");
        }
    }

    /**
     * Refused: an unknown login, a wrong password, a disabled account or one without a password are
     * all this one answer, so that nobody learns which logins exist or which accounts are disabled.
     */
    record Refused() implements SignIn {
    }

    /** Too many recent failures for the login or from the address: try again later. */
    record Throttled() implements SignIn {
    }
}
