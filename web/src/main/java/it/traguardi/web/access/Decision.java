package it.traguardi.web.access;

import it.traguardi.core.i18n.Message;
import java.util.Objects;

/** The answer of an {@link AccessPolicy}: allowed, or denied with the reason shown to the user in their language. */
public sealed interface Decision {

    Decision ALLOW = new Allow();

    static Decision deny(String key, Object... args) {
        return new Deny(Message.of(key, args));
    }

    static Decision deny(Message reason) {
        return new Deny(reason);
    }

    record Allow() implements Decision {
    }

    record Deny(Message reason) implements Decision {
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
