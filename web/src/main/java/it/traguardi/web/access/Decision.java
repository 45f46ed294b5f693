package it.traguardi.web.access;

import java.util.Objects;

/** The answer of an {@link AccessPolicy}: allowed, or denied with the reason shown to the user. */
public sealed interface Decision {

    Decision ALLOW = new Allow();

    static Decision deny(String reason) {
        return new Deny(reason);
    }

    record Allow() implements Decision {
    }

    record Deny(String reason) implements Decision {
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
